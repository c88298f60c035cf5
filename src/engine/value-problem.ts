// What is wrong with one value read from a file, as codes with parameters: the schema's checks
// (zod issues) translated, so that i18n can word them for people in German and English. Loaded by
// vite.config.ts through questionnaire-schema.ts: no imports but types.
import type * as z from 'zod/mini';

/** A value found in a file, as a message describes it (texts already clipped for display). */
export type FoundValue =
  | { type: 'nothing' }
  | { type: 'null' }
  | { type: 'text'; text: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'list' }
  | { type: 'object' }
  | { type: 'other'; name: string };

/** A fixed value a schema allows, for messages. */
export type AllowedValue = string | number | boolean | null;

/**
 * Messages a schema sets itself, as codes (the schema passes the code as its message and
 * `valueProblem` recognises it). Each names the rule in terms of the file's author.
 */
export const SCHEMA_MESSAGES = [
  'germanTextMissing',
  'englishTextMissing',
  'idCharacters',
  'themeId',
  'unusedLevel',
  'twoLevelsUsed',
  'oneChoice',
  'subjectWordMissing',
  'declarationMissing',
  'month',
  'fiveLevels',
  'fiveLevelNames',
  'oneTheme',
  'oneQuestion',
  'oneField',
  'oneCondition',
  'oneStep',
  'version',
  'levelRange',
  'httpsUrl',
  'checkedMissing',
  'checkedMonth',
  'firstBandAtZero',
  'bandsAscending',
  'municipalityMissing',
  'planTitleMissing',
  'dateFormat',
  'coatOfArmsPng',
] as const;
/** A message a schema sets itself. */
export type SchemaMessage = (typeof SCHEMA_MESSAGES)[number];

const SCHEMA_MESSAGE_SET: ReadonlySet<string> = new Set(SCHEMA_MESSAGES);

/** The code a schema passes as its message: checked by the compiler, recognised by `valueProblem`. */
export function schemaMessage(message: SchemaMessage): SchemaMessage {
  return message;
}

/** What one branch of a union would have accepted. */
export type UnionBranch =
  | { accepts: 'type'; expected: string }
  | { accepts: 'values'; values: AllowedValue[] }
  | { accepts: 'numberUpTo'; max: number }
  | { accepts: 'numberFrom'; min: number }
  | { accepts: 'date' }
  | { accepts: 'other'; problem: ValueProblem };

/** The lists a questionnaire declares that other values must come from. */
export const DECLARED_LISTS = ['kind', 'region', 'size', 'actor', 'effort', 'horizon'] as const;
/** One of those lists. */
export type DeclaredList = (typeof DECLARED_LISTS)[number];
const isDeclaredList = (value: unknown): value is DeclaredList =>
  DECLARED_LISTS.some((list) => list === value);

/** What is wrong with one value, translated from the schema's check. */
export type ValueProblem =
  | { code: 'missing' }
  | { code: 'wrongType'; expected: string; found: FoundValue }
  | { code: 'tooLong'; max: number; length: number | null }
  | { code: 'tooManyEntries'; max: number }
  | { code: 'numberTooLarge'; max: number; found: FoundValue }
  | { code: 'tooLarge'; max: number }
  | { code: 'empty' }
  | { code: 'tooShort'; min: number }
  | { code: 'tooFewEntries'; min: number }
  | { code: 'numberTooSmall'; min: number; found: FoundValue }
  | { code: 'tooSmall'; min: number }
  | { code: 'notTheValue'; expected: AllowedValue[]; found: FoundValue }
  | { code: 'notAllowed'; allowed: AllowedValue[]; found: FoundValue }
  | { code: 'notDate'; found: FoundValue }
  | { code: 'notDateTime'; found: FoundValue }
  | { code: 'badFormat'; format: string; found: FoundValue }
  | { code: 'unknownKeys'; keys: string[] }
  | { code: 'noBranch'; branches: UnionBranch[]; found: FoundValue }
  | { code: 'unknownTheme'; theme: string }
  | { code: 'duplicateId'; id: string }
  | { code: 'undeclared'; list: DeclaredList; value: string }
  | { code: 'rule'; rule: SchemaMessage; found: FoundValue }
  | { code: 'invalid'; found: FoundValue };

// Control characters and bidi overrides would garble a message shown to people.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Shortens a text from a file for a message and makes control characters visible. */
export function clip(text: string, max: number): string {
  const clean = text.replace(UNSAFE_CHARS, '\uFFFD');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** A value from a file, described for a message. */
export function foundValue(value: unknown): FoundValue {
  if (value === undefined) return { type: 'nothing' };
  if (value === null) return { type: 'null' };
  if (typeof value === 'string') return { type: 'text', text: clip(value, 40) };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (Array.isArray(value)) return { type: 'list' };
  if (typeof value === 'object') return { type: 'object' };
  return { type: 'other', name: typeof value };
}

function allowedValues(values: readonly unknown[]): AllowedValue[] {
  return values.map((v) =>
    typeof v === 'string'
      ? clip(v, 40)
      : typeof v === 'number' || typeof v === 'boolean' || v === null
        ? v
        : String(v),
  );
}

function branchOf(issue: z.core.$ZodIssue): UnionBranch {
  switch (issue.code) {
    case 'invalid_type':
      return { accepts: 'type', expected: issue.expected };
    case 'invalid_value':
      return { accepts: 'values', values: allowedValues(issue.values) };
    case 'too_big':
      if (issue.origin === 'number') return { accepts: 'numberUpTo', max: Number(issue.maximum) };
      break;
    case 'too_small':
      if (issue.origin === 'number') return { accepts: 'numberFrom', min: Number(issue.minimum) };
      break;
    case 'invalid_format':
      if (issue.format === 'date') return { accepts: 'date' };
      break;
  }
  return { accepts: 'other', problem: valueProblem(issue) };
}

/**
 * One of zod's issues as a code with parameters. A message the schema set itself (a
 * `SchemaMessage`) wins, as it does in zod. Needs the issue's input: parse with `reportInput`.
 */
export function valueProblem(issue: z.core.$ZodIssue): ValueProblem {
  const input: unknown = issue.input;
  const found = foundValue(input);
  if (issue.code === 'custom') {
    const params: Record<string, unknown> = issue.params ?? {};
    if (issue.message === 'unknownTheme') return { code: 'unknownTheme', theme: String(params.theme) };
    if (issue.message === 'duplicateId') return { code: 'duplicateId', id: String(params.id) };
    if (issue.message === 'undeclared' && isDeclaredList(params.list))
      return { code: 'undeclared', list: params.list, value: clip(String(params.value), 60) };
  }
  if (SCHEMA_MESSAGE_SET.has(issue.message))
    return { code: 'rule', rule: issue.message as SchemaMessage, found };
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? { code: 'missing' }
        : { code: 'wrongType', expected: issue.expected, found };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string')
        return { code: 'tooLong', max, length: typeof input === 'string' ? input.length : null };
      if (issue.origin === 'array') return { code: 'tooManyEntries', max };
      if (issue.origin === 'number') return { code: 'numberTooLarge', max, found };
      return { code: 'tooLarge', max };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min === 1 ? { code: 'empty' } : { code: 'tooShort', min };
      if (issue.origin === 'array') return { code: 'tooFewEntries', min };
      if (issue.origin === 'number') return { code: 'numberTooSmall', min, found };
      return { code: 'tooSmall', min };
    }
    case 'invalid_value':
      if (input === undefined) return { code: 'missing' };
      return issue.values.length === 1
        ? { code: 'notTheValue', expected: allowedValues(issue.values), found }
        : { code: 'notAllowed', allowed: allowedValues(issue.values), found };
    case 'invalid_format':
      if (issue.format === 'date') return { code: 'notDate', found };
      if (issue.format === 'datetime') return { code: 'notDateTime', found };
      return { code: 'badFormat', format: issue.format, found };
    case 'unrecognized_keys':
      return { code: 'unknownKeys', keys: issue.keys.map((k) => clip(k, 60)) };
    case 'invalid_union': {
      if (input === undefined) return { code: 'missing' };
      const branches = issue.errors.flatMap((branch) => (branch[0] ? [branchOf(branch[0])] : []));
      return { code: 'noBranch', branches, found };
    }
    default:
      return { code: 'invalid', found };
  }
}
