import * as z from 'zod/mini';
import {
  AssessmentRecord,
  assessmentRecordFields,
  DONT_KNOW,
  newAssessmentRecord,
  NOT_APPLICABLE,
  Profile,
} from './assessment';
import { formatPath, indexQuestionnaire } from './questionnaire-package';
import { clip, foundValue, valueProblem, type FoundValue, type ValueProblem } from './value-problem';
import type { Questionnaire } from './questionnaire-schema';
import { declarationsOf, profileProblems } from './declarations';
import { migrationPath, upgradeAssessment, type MigrationList } from './questionnaire-migration';

/** The `type` every export file carries. */
export const EXPORT_TYPE = 'digitalkompass-export';
/** The export format this app writes; older formats are migrated on import. */
export const EXPORT_FORMAT_VERSION = 2;
/** The app named in `source.app`. */
export const EXPORT_APP = 'digitalkompass-kommune';
/** Larger texts are refused before parsing (counted in UTF-16 code units, close to bytes for JSON). */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;

const MAX_ERRORS = 20;
// Real exports are about six levels deep; anything far deeper is not ours and is refused early.
const MAX_DEPTH = 64;

/** The current export file: any number of assessments with everything the people entered. */
export const ExportEnvelope = z.strictObject({
  type: z.literal(EXPORT_TYPE),
  version: z.literal(EXPORT_FORMAT_VERSION),
  source: z.strictObject({ app: z.literal(EXPORT_APP), appVersion: z.string().check(z.maxLength(50)) }),
  exportedAt: z.iso.datetime(),
  data: z.strictObject({ assessments: z.array(AssessmentRecord) }),
});
/** The current export file. */
export type ExportEnvelope = z.infer<typeof ExportEnvelope>;

const recordFields = assessmentRecordFields();

/** Format 1, written by the pre-release: one assessment, no targets, no plan, no round name. */
const ExportV1 = z.strictObject({
  type: z.literal(EXPORT_TYPE),
  version: z.literal(1),
  appVersion: z.string().check(z.maxLength(50)),
  exportedAt: z.iso.datetime(),
  assessment: z.strictObject({
    id: recordFields.id,
    questionnaireId: recordFields.questionnaireId,
    questionnaireVersion: recordFields.questionnaireVersion,
    profile: z.nullable(Profile),
    answers: recordFields.answers,
    notes: recordFields.notes,
  }),
});
type ExportV1 = z.infer<typeof ExportV1>;

/**
 * Where in an export file a problem is: inside an assessment (numbered from 1, with the name of
 * its municipality when it has one) or elsewhere. `path` is the technical path, "" for the whole.
 */
export type ImportPlace =
  | { in: 'file'; path: string }
  | { in: 'assessment'; number: number; municipality: string | null; path: string };

/** Why an export file cannot be read, as a code with what a message needs to say it. */
export type ImportError =
  | { code: 'unexpected' }
  | { code: 'notText' }
  | { code: 'tooLarge'; megabytes: number; maxMegabytes: number }
  | { code: 'empty' }
  | { code: 'notJson' }
  | { code: 'notObject'; found: FoundValue }
  | { code: 'notExport'; expected: string; found: FoundValue; questionnaireFile: boolean }
  | { code: 'badFormatVersion'; found: FoundValue }
  | { code: 'newerFormat'; version: number }
  | { code: 'unsupportedFormat'; version: number; newest: number }
  | { code: 'missingFormatStep'; version: number }
  | { code: 'noAssessment' }
  | { code: 'duplicateId'; at: ImportPlace; id: string; first: number }
  | { code: 'tooDeep'; maxDepth: number }
  | { code: 'protoKey'; at: ImportPlace }
  | { code: 'invalid'; at: ImportPlace; problem: ValueProblem }
  | { code: 'moreErrors'; count: number };

/** Result of an import: the assessments, or codes saying what is wrong and where. */
export type ImportResult =
  { ok: true; assessments: AssessmentRecord[]; fromVersion: number } | { ok: false; errors: ImportError[] };

type MigrationResult = { ok: true; next: unknown } | { ok: false; error: z.core.$ZodError };
// The issues' inputs are kept: the messages say what was found.
const PARSE = { reportInput: true } as const;
/** Validates data of one format version (messages in that version's terms) and lifts it one version. */
type Migration = (data: unknown) => MigrationResult;

function migration<S extends z.ZodMiniType>(schema: S, up: (data: z.infer<S>) => unknown): Migration {
  return (data) => {
    const parsed = schema.safeParse(data, PARSE);
    return parsed.success ? { ok: true, next: up(parsed.data) } : { ok: false, error: parsed.error };
  };
}

/** "Bewertung vom 12.03.2026" from an ISO date or datetime. */
function labelFromDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `Bewertung vom ${d ?? ''}.${m ?? ''}.${y ?? ''}`;
}

function migrateV1toV2(v1: ExportV1): z.input<typeof ExportEnvelope> {
  const a = v1.assessment;
  return {
    type: EXPORT_TYPE,
    version: 2,
    source: { app: EXPORT_APP, appVersion: v1.appVersion },
    exportedAt: v1.exportedAt,
    data: {
      assessments: [
        {
          ...newAssessmentRecord({
            id: a.id,
            questionnaireId: a.questionnaireId,
            questionnaireVersion: a.questionnaireVersion,
            label: labelFromDate(a.profile?.date ?? v1.exportedAt),
            now: v1.exportedAt,
          }),
          profile: a.profile,
          answers: a.answers,
          notes: a.notes,
        },
      ],
    },
  };
}

// From version N to N + 1. A format 3 adds one entry here and raises EXPORT_FORMAT_VERSION.
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migration(ExportV1, migrateV1toV2),
};

/** Builds the export file for these assessments. */
export function createExport(records: AssessmentRecord[], appVersion: string, now: Date): ExportEnvelope {
  return {
    type: EXPORT_TYPE,
    version: EXPORT_FORMAT_VERSION,
    source: { app: EXPORT_APP, appVersion },
    exportedAt: now.toISOString(),
    data: { assessments: [...records] },
  };
}

/** The export file as pretty-printed JSON (two spaces, final newline). */
export function serializeExport(envelope: ExportEnvelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Reads an export file of any supported format version. Never throws. */
export function parseImport(text: string): ImportResult {
  try {
    return parseImportUnsafe(text);
  } catch (e) {
    // Nothing below should throw; if something does, the person still gets a message, not a crash.
    console.warn('Import abgebrochen:', e);
    return fail([{ code: 'unexpected' }]);
  }
}

function parseImportUnsafe(text: unknown): ImportResult {
  if (typeof text !== 'string') return fail([{ code: 'notText' }]);
  if (text.length > MAX_IMPORT_CHARS)
    return fail([
      {
        code: 'tooLarge',
        megabytes: text.length / 1024 / 1024,
        maxMegabytes: MAX_IMPORT_CHARS / 1024 / 1024,
      },
    ]);
  // Editors on Windows like to start a file with a byte order mark; JSON.parse does not.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail([{ code: 'empty' }]);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    // The parser's own (English) words would not help here: say what it means.
    return fail([{ code: 'notJson' }]);
  }
  if (!isPlainObject(raw)) return fail([{ code: 'notObject', found: foundValue(raw) }]);
  const type = own(raw, 'type');
  if (type !== EXPORT_TYPE)
    return fail([
      {
        code: 'notExport',
        expected: EXPORT_TYPE,
        found: foundValue(type),
        questionnaireFile:
          type === 'digitalkompass-questionnaire' || type === 'digitalkompass-recommendations',
      },
    ]);
  const version = own(raw, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version))
    return fail([{ code: 'badFormatVersion', found: foundValue(version) }]);
  if (version > EXPORT_FORMAT_VERSION) return fail([{ code: 'newerFormat', version }]);
  if (version < EXPORT_FORMAT_VERSION && !MIGRATIONS[version])
    return fail([{ code: 'unsupportedFormat', version, newest: EXPORT_FORMAT_VERSION }]);

  // Zod silently drops "__proto__" keys; we refuse them so nothing is lost without a word.
  const structural = checkStructure(raw);
  if (structural.length) return fail(structural);

  let data: unknown = raw;
  for (let v = version; v < EXPORT_FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return fail([{ code: 'missingFormatStep', version: v }]);
    const result = step(data);
    if (!result.ok) return fail(issueErrors(result.error, data));
    data = result.next;
  }
  const parsed = ExportEnvelope.safeParse(data, PARSE);
  if (!parsed.success) return fail(issueErrors(parsed.error, data));

  const assessments = parsed.data.data.assessments;
  if (assessments.length === 0) return fail([{ code: 'noAssessment' }]);
  const errors: ImportError[] = [];
  const firstIndex = new Map<string, number>();
  assessments.forEach((a, i) => {
    const first = firstIndex.get(a.id);
    if (first === undefined) firstIndex.set(a.id, i);
    else
      errors.push({
        code: 'duplicateId',
        at: { in: 'assessment', number: i + 1, municipality: municipalityOf(a), path: 'id' },
        id: clip(a.id, 60),
        first: first + 1,
      });
  });
  if (errors.length) return fail(errors);
  return { ok: true, assessments, fromVersion: version };
}

/** The questionnaire an assessment was checked against, for messages. */
export interface QuestionnaireName {
  id: string;
  version: string;
}

/**
 * Why an assessment does not fit the questionnaire: `at` is where in the assessment
 * ("answers › strategie.ziele", "toConfirm[2]"), ids are clipped for display.
 */
export type MismatchError =
  | { code: 'otherQuestionnaire'; questionnaireId: string; open: string }
  | { code: 'unknownQuestion'; at: string; id: string; questionnaire: QuestionnaireName }
  | { code: 'dontKnowNotOffered'; at: string }
  | { code: 'notApplicableNotOffered'; at: string }
  | { code: 'invalidLevel'; at: string; value: string }
  | { code: 'noteForUnknownQuestion'; at: string; questionnaire: QuestionnaireName }
  | { code: 'unknownField'; at: string; id: string; questionnaire: QuestionnaireName }
  | { code: 'invalidTargetLevel'; at: string; level: number }
  | { code: 'unusedLevel'; at: string; level: number }
  | { code: 'undeclaredChoice'; at: string; value: string; questionnaire: QuestionnaireName }
  | { code: 'missingChoice'; at: string; questionnaire: QuestionnaireName }
  | { code: 'unknownVersion'; version: string; questionnaireId: string; current: string; known: string[] };

/**
 * Entries of an assessment the questionnaire does not know (answers, notes, targets or questions
 * to confirm with unknown ids) and answers it does not allow. Empty when the assessment fits.
 */
export function questionnaireMismatch(
  record: AssessmentRecord,
  questionnaire: Questionnaire,
): MismatchError[] {
  const errors: MismatchError[] = [];
  const { questions, fields } = indexQuestionnaire(questionnaire);
  const name: QuestionnaireName = { id: questionnaire.id, version: questionnaire.version };
  if (record.questionnaireId !== questionnaire.id)
    errors.push({
      code: 'otherQuestionnaire',
      questionnaireId: clip(record.questionnaireId, 100),
      open: questionnaire.id,
    });
  for (const [id, value] of Object.entries(record.answers)) {
    const question = questions.get(id)?.question;
    const at = `answers › ${clip(id, 100)}`;
    if (!question) errors.push({ code: 'unknownQuestion', at, id: clip(id, 100), questionnaire: name });
    else if (value === DONT_KNOW) {
      if (!question.allowDontKnow) errors.push({ code: 'dontKnowNotOffered', at });
    } else if (value === NOT_APPLICABLE) {
      if (!question.allowNotApplicable) errors.push({ code: 'notApplicableNotOffered', at });
    } else if (!Number.isInteger(value) || value < 0 || value > 4)
      errors.push({ code: 'invalidLevel', at, value: JSON.stringify(value) });
    else if (question.unusedLevels?.includes(value)) errors.push({ code: 'unusedLevel', at, level: value });
  }
  // The profile's kind, region and size class must be choices the questionnaire declares.
  if (record.profile)
    for (const p of profileProblems(declarationsOf(questionnaire).profile, record.profile)) {
      const at = `profile › ${p.key}`;
      errors.push(
        p.code === 'missing'
          ? { code: 'missingChoice', at, questionnaire: name }
          : { code: 'undeclaredChoice', at, value: clip(p.value, 100), questionnaire: name },
      );
    }
  for (const id of Object.keys(record.notes))
    if (!questions.has(id))
      errors.push({ code: 'noteForUnknownQuestion', at: `notes › ${clip(id, 100)}`, questionnaire: name });
  for (const [id, level] of Object.entries(record.targets)) {
    const at = `targets › ${clip(id, 100)}`;
    if (!fields.has(id)) errors.push({ code: 'unknownField', at, id: clip(id, 100), questionnaire: name });
    else if (!Number.isInteger(level) || level < 0 || level > 4)
      errors.push({ code: 'invalidTargetLevel', at, level });
  }
  record.toConfirm.forEach((id, i) => {
    if (!questions.has(id))
      errors.push({ code: 'unknownQuestion', at: `toConfirm[${i}]`, id: clip(id, 100), questionnaire: name });
  });
  return errors;
}

/** What the person is told when answers were carried over from an older questionnaire version. */
export interface CarryOverNotice {
  from: string;
  to: string;
  /** How many answers are marked "bitte prüfen". */
  toReview: number;
  /** How many answers fit no question of the new version. */
  dropped: number;
}

/** An imported assessment made to fit the open questionnaire, with what the person must be told. */
export type FitResult =
  | { ok: true; record: AssessmentRecord; notice: CarryOverNotice | null; toReview: string[] }
  | { ok: false; errors: MismatchError[] };

/**
 * Decides what to do with an imported assessment and the questionnaire version it was made with:
 * the same version is checked as it is; an older one that the questionnaire's mapping knows is
 * carried over (answers whose question changed are marked "bitte prüfen") and the notice says so;
 * any other version is refused, naming it.
 */
export function fitToQuestionnaire(
  record: AssessmentRecord,
  questionnaire: Questionnaire,
  migrations: MigrationList | null,
): FitResult {
  if (record.questionnaireId !== questionnaire.id)
    return { ok: false, errors: questionnaireMismatch(record, questionnaire) };
  const from = record.questionnaireVersion;
  if (from === questionnaire.version) {
    const errors = questionnaireMismatch(record, questionnaire);
    return errors.length ? { ok: false, errors } : { ok: true, record, notice: null, toReview: [] };
  }
  const steps = migrations ? migrationPath(migrations, from, questionnaire.version) : null;
  if (!steps)
    return {
      ok: false,
      errors: [
        {
          code: 'unknownVersion',
          version: clip(from, 50),
          questionnaireId: questionnaire.id,
          current: questionnaire.version,
          known: [...new Set((migrations?.migrations ?? []).map((m) => m.from))],
        },
      ],
    };
  const up = upgradeAssessment(record, steps, questionnaire);
  const errors = questionnaireMismatch(up.record, questionnaire);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    record: up.record,
    notice: { from, to: questionnaire.version, toReview: up.toReview.length, dropped: up.dropped.length },
    toReview: up.toReview,
  };
}

function fail(errors: ImportError[]): ImportResult {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  return {
    ok: false,
    errors: [...errors.slice(0, MAX_ERRORS), { code: 'moreErrors', count: errors.length - MAX_ERRORS }],
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of parsed JSON, never one inherited from Object.prototype. */
function own(value: unknown, key: string | number): unknown {
  if (Array.isArray(value)) return typeof key === 'number' ? value[key] : undefined;
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[String(key)] : undefined;
}

/** A container in the parsed JSON and how we got there (the path is rebuilt only for messages). */
interface Node {
  value: object;
  key: string | number;
  parent: Node | null;
  depth: number;
}

function pathOf(node: Node | null): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let n = node; n?.parent; n = n.parent) path.unshift(n.key);
  return path;
}

/**
 * Walks the parsed JSON without recursion (a deeply nested file must not overflow the stack):
 * refuses "__proto__" keys and absurd nesting.
 */
function checkStructure(root: object): ImportError[] {
  const errors: ImportError[] = [];
  const stack: Node[] = [{ value: root, key: '', parent: null, depth: 0 }];
  for (let node = stack.pop(); node && errors.length <= MAX_ERRORS; node = stack.pop()) {
    if (node.depth > MAX_DEPTH) return [{ code: 'tooDeep', maxDepth: MAX_DEPTH }];
    const parent = node;
    const visit = (value: unknown, key: string | number) => {
      if (typeof value === 'object' && value !== null)
        stack.push({ value, key, parent, depth: parent.depth + 1 });
    };
    if (Array.isArray(parent.value)) parent.value.forEach(visit);
    else if (isPlainObject(parent.value))
      for (const [key, value] of Object.entries(parent.value)) {
        if (key === '__proto__') errors.push({ code: 'protoKey', at: where(pathOf(parent), root) });
        else visit(value, key);
      }
  }
  return errors;
}

function issueErrors(error: z.core.$ZodError, data: unknown): ImportError[] {
  return error.issues.map((issue) => ({
    code: 'invalid',
    at: where(issue.path, data),
    problem: valueProblem(issue),
  }));
}

const KEYED_RECORDS = new Set<PropertyKey>(['answers', 'notes', 'targets']);

/** Assessment 1 (Musterdorf) at "answers › strategie.ziele", or the plain path outside an assessment. */
function where(path: readonly PropertyKey[], data: unknown): ImportPlace {
  let index: number | null = null;
  let rest: readonly PropertyKey[] = path;
  let assessment: unknown;
  if (path[0] === 'data' && path[1] === 'assessments' && typeof path[2] === 'number') {
    index = path[2];
    rest = path.slice(3);
    assessment = own(own(own(data, 'data'), 'assessments'), index);
  } else if (path[0] === 'assessment') {
    index = 0;
    rest = path.slice(1);
    assessment = own(data, 'assessment');
  }
  if (index === null) return { in: 'file', path: formatPath(path) };
  const at = { in: 'assessment', number: index + 1, municipality: municipalityOf(assessment) } as const;
  const [first, second, ...more] = rest;
  if (first !== undefined && second !== undefined && KEYED_RECORDS.has(first)) {
    // Question ids contain dots, so "answers.a.1" would be ambiguous.
    const tail = more.length ? ` › ${formatPath(more)}` : '';
    return { ...at, path: `${String(first)} › ${clip(String(second), 100)}${tail}` };
  }
  return { ...at, path: formatPath(rest) };
}

/** The municipality an assessment in the file names, clipped; null when it names none. */
function municipalityOf(assessment: unknown): string | null {
  const name = own(own(assessment, 'profile'), 'municipality');
  return typeof name === 'string' && name.trim() ? clip(name.trim(), 60) : null;
}
