import type * as z from 'zod/mini';
// With its extension: vite.config.ts loads this file too (tooling/vite/questionnaires.ts), and
// Vite's coming native config loader resolves no extensionless imports.
import {
  Questionnaire,
  type Condition,
  type Trigger,
  RecommendationCatalogue,
  SourceList,
  type Field,
  type Question,
  type Recommendation,
  type Source,
} from './questionnaire-schema.ts';
import { clip, valueProblem, type ValueProblem } from './value-problem.ts';
import { ShortCheck, shortCheckProblems } from './short-check.ts';
import { declarationsOf } from './declarations.ts';

/** A questionnaire together with its recommendation catalogue and sources, cross-checked. */
export interface QuestionnairePackage {
  questionnaire: Questionnaire;
  recommendations: Recommendation[];
  sources: Source[];
  /** The region's short check, when it wrote one (`short-check.json`). */
  shortCheck?: ShortCheck;
}

/** A raw file as read from disk or from an upload: its name (for messages) and parsed JSON. */
export interface RawFile {
  name: string;
  data: unknown;
}

/** The three files of a questionnaire package. */
export type PackageFileKind = 'questionnaire' | 'recommendations' | 'sources';
/** The documents an author writes: the package's three files and the mapping between versions. */
export type DocumentKind = PackageFileKind | 'migrations' | 'shortCheck';

/**
 * One step on the way to a place in a questionnaire document, in the author's terms: the field,
 * the question, the level … Numbers count from 1, levels from 0 as the author writes them.
 */
export type PlacePart =
  | { part: 'field' | 'question' | 'theme' | 'recommendation' | 'source'; id: string | null; number: number }
  | { part: 'band' | 'step' | 'condition'; number: number }
  | { part: 'level' | 'levelName'; level: number }
  | { part: 'migration'; from: string | null; to: string | null }
  | { part: 'mapping'; from: string | null }
  | { part: 'property'; name: string }
  | { part: 'language'; language: 'de' | 'en' };

/** A problem the cross-checks of a package find, beyond what each file's schema checks. */
export type PackageCheck =
  | { code: 'html' }
  | { code: 'otherQuestionnaire'; belongsTo: string; questionnaire: string }
  | { code: 'unknownFieldRef'; id: string }
  | { code: 'unknownQuestionRef'; id: string }
  | { code: 'firstStepTooLate'; id: string; level: number; points: number }
  | { code: 'laterStepAtZero'; id: string; kind: 'next-step' | 'keep-going' }
  | { code: 'unknownSource'; id: string }
  | { code: 'endedSource'; id: string }
  | { code: 'staleSource'; id: string; checked: string; months: number; asOf: string }
  | { code: 'mappedTwice'; id: string }
  | { code: 'questionNotInVersion'; id: string; version: string }
  | { code: 'fieldNotInVersion'; id: string; version: string }
  | { code: 'folderName'; id: string; folder: string }
  | { code: 'shortCheckTwice'; id: string }
  | { code: 'shortCheckMissesField'; id: string }
  | { code: 'shortCheckFieldHidden'; id: string; kind: string };

/** What is wrong at one place of a document: one of its schema's rules, or a cross-check. */
export type AuthorProblem = ValueProblem | PackageCheck;

/**
 * One problem of a questionnaire package for its author: the file and, where there is one, the
 * place (the technical `path` to find it in the file, and `place` in the author's terms).
 */
export type PackageError =
  | { code: 'notJson'; file: string; line: number | null; column: number | null }
  | { code: 'fileMissing'; file: string }
  | { code: 'notQuestionnaireFile'; file: string }
  | { code: 'missingFile'; kind: PackageFileKind; type: string }
  | { code: 'at'; file: string; path: string; place: PlacePart[]; problem: AuthorProblem };

/**
 * Why the app's catalogue cannot give a questionnaire at all (not built in, not loaded in this
 * browser, its file did not load or could not be checked), as a code the UI words.
 */
export type CatalogError =
  | { code: 'notAvailable'; id: string }
  | { code: 'loadFailed'; id: string }
  | { code: 'notLoaded'; id: string }
  | { code: 'checkFailed'; id: string };

/**
 * `warnings` are problems an author should fix but that do not stop the questionnaire from working,
 * e.g. a source that was last checked long before the questionnaire's as-of month.
 */
export type PackageResult =
  { ok: true; value: QuestionnairePackage; warnings: PackageError[] } | { ok: false; errors: PackageError[] };

/** How many months a source may have been checked before the questionnaire's as-of month. */
export const STALE_AFTER_MONTHS = 12;

/** Months from `from` to `to`, both "YYYY-MM". */
export function monthsBetween(from: string, to: string): number {
  const n = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return n(to) - n(from);
}

/** How many sources were last checked in each month, newest month first. */
export function sourcesByCheckedMonth(sources: readonly Source[]): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.checked, (counts.get(s.checked) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => b.localeCompare(a)).map(([month, count]) => ({ month, count }));
}

/** How current a questionnaire's sources are: how many were last checked in which month, and against its as-of month. */
export interface SourceCheckCounts {
  months: { month: string; count: number }[];
  asOf: string | undefined;
  /** Checked before the as-of month: not checked again for it. */
  older: number;
  /** Checked more than `staleAfter` months before the as-of month: these get a warning. */
  stale: number;
  staleAfter: number;
}

/**
 * The counts behind the validator's line on the sources: which months, and how many were not
 * checked again for the as-of month or are old enough to be flagged (the wording is the CLI's).
 */
export function sourceCheckCounts(sources: readonly Source[], asOf: string | undefined): SourceCheckCounts {
  return {
    months: sourcesByCheckedMonth(sources),
    asOf,
    older: asOf ? sources.filter((s) => s.checked < asOf).length : 0,
    stale: asOf ? sources.filter((s) => monthsBetween(s.checked, asOf) > STALE_AFTER_MONTHS).length : 0,
    staleAfter: STALE_AFTER_MONTHS,
  };
}

/**
 * Whether the trigger fires when every question it names is at `level` and every field it names
 * scores `points`. Used to check what a kind of recommendation promises.
 */
export function triggerFiresAt(trigger: Trigger, level: number, points: number): boolean {
  const holds = (c: Condition): boolean => {
    if ('atOrBelow' in c) return level <= c.atOrBelow;
    if ('atOrAbove' in c) return level >= c.atOrAbove;
    if ('scoreBelow' in c) return points < c.scoreBelow;
    return points >= c.scoreAtLeast;
  };
  return trigger.match === 'all' ? trigger.conditions.every(holds) : trigger.conditions.some(holds);
}

/** The level and points at which a first step counts as done. */
const DONE_LEVEL = 3;
const DONE_POINTS = 75;

/** Renders a path like `fields[2].questions[0].levels` for messages; "" for the whole document. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

// Lists of named things, by the kind of thing (or document) that holds them.
const COLLECTIONS = new Map<string, Exclude<PlacePart['part'], 'property' | 'language'>>([
  ['questionnaire/fields', 'field'],
  ['questionnaire/themes', 'theme'],
  ['questionnaire/bands', 'band'],
  ['questionnaire/levelNames', 'levelName'],
  ['field/questions', 'question'],
  ['question/levels', 'level'],
  ['recommendations/recommendations', 'recommendation'],
  ['recommendation/steps', 'step'],
  ['trigger/conditions', 'condition'],
  ['sources/sources', 'source'],
  ['migrations/migrations', 'migration'],
  ['migration/questions', 'mapping'],
  ['shortCheck/questions', 'question'],
]);

function child(value: unknown, key: PropertyKey): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<PropertyKey, unknown>)[key]
    : undefined;
}

function ownText(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return null;
  const v: unknown = (value as Record<string, unknown>)[key];
  return typeof v === 'string' ? clip(v, 60) : null;
}

/** The place a path leads to in a document, in the author's terms (field, question, level …). */
export function placeOf(kind: DocumentKind, data: unknown, path: readonly PropertyKey[]): PlacePart[] {
  const parts: PlacePart[] = [];
  let context: string = kind;
  let value = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (key === undefined) break;
    if (typeof key !== 'string') {
      value = child(value, key);
      continue;
    }
    const collection = COLLECTIONS.get(`${context}/${key}`);
    if (collection && typeof next === 'number') {
      const item = child(child(value, key), next);
      const n = next + 1;
      if (collection === 'band' || collection === 'step' || collection === 'condition')
        parts.push({ part: collection, number: n });
      else if (collection === 'level' || collection === 'levelName')
        parts.push({ part: collection, level: next });
      else if (collection === 'migration')
        parts.push({ part: 'migration', from: ownText(item, 'from'), to: ownText(item, 'to') });
      else if (collection === 'mapping') parts.push({ part: 'mapping', from: ownText(item, 'from') });
      // A short check names its questions by id alone.
      else
        parts.push({
          part: collection,
          id: typeof item === 'string' ? clip(item, 60) : ownText(item, 'id'),
          number: n,
        });
      context = collection;
      value = item;
      i++;
      continue;
    }
    if (key === 'de' || key === 'en') parts.push({ part: 'language', language: key });
    else parts.push({ part: 'property', name: key });
    if (key === 'trigger') context = 'trigger';
    value = child(value, key);
  }
  return parts;
}

/** The schema's issues of one document as problems for its author. */
export function packageIssues(file: RawFile, kind: DocumentKind, error: z.core.$ZodError): PackageError[] {
  return error.issues.map((issue) => at(file, kind, issue.path, valueProblem(issue)));
}

function at(
  file: RawFile,
  kind: DocumentKind,
  path: readonly PropertyKey[],
  problem: AuthorProblem,
): PackageError {
  return {
    code: 'at',
    file: file.name,
    path: formatPath(path),
    place: placeOf(kind, file.data, path),
    problem,
  };
}

/** Index of a questionnaire's questions and fields by id. */
export function indexQuestionnaire(q: Questionnaire): {
  questions: Map<string, { question: Question; field: Field }>;
  fields: Map<string, Field>;
} {
  const questions = new Map<string, { question: Question; field: Field }>();
  const fields = new Map<string, Field>();
  for (const field of q.fields) {
    fields.set(field.id, field);
    for (const question of field.questions) questions.set(question.id, { question, field });
  }
  return { questions, fields };
}

/** Plain text only: no HTML tags or entities. */
const HTML = /[<>]|&lt;|&gt;/i;

/** Every text in a validated document, with its path. */
function textsOf(root: unknown): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  const stack: [unknown, PropertyKey[]][] = [[root, []]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [value, path] = item;
    if (typeof value === 'string') out.push([path, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => stack.push([v, [...path, i]]));
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) stack.push([v, [...path, k]]);
  }
  return out;
}

// The issues' inputs are kept: the messages say what was found.
const PARSE = { reportInput: true } as const;

/** Validates the three files of a questionnaire and checks their references to each other. */
export function parseQuestionnairePackage(files: {
  questionnaire: RawFile;
  recommendations: RawFile;
  sources: RawFile;
}): PackageResult {
  const errors: PackageError[] = [];
  const q = Questionnaire.safeParse(files.questionnaire.data, PARSE);
  const r = RecommendationCatalogue.safeParse(files.recommendations.data, PARSE);
  const s = SourceList.safeParse(files.sources.data, PARSE);
  if (!q.success) errors.push(...packageIssues(files.questionnaire, 'questionnaire', q.error));
  if (!r.success) errors.push(...packageIssues(files.recommendations, 'recommendations', r.error));
  if (!s.success) errors.push(...packageIssues(files.sources, 'sources', s.error));
  if (!q.success || !r.success || !s.success) return { ok: false, errors };

  // Texts are shown as plain text everywhere; the authoring guide forbids HTML. Checked here, so
  // the validator and a package loaded in the app refuse it alike.
  for (const [file, kind, data] of [
    [files.questionnaire, 'questionnaire', q.data],
    [files.recommendations, 'recommendations', r.data],
    [files.sources, 'sources', s.data],
  ] as const)
    for (const [path, text] of textsOf(data))
      if (HTML.test(text)) errors.push(at(file, kind, path, { code: 'html' }));

  const { questions, fields } = indexQuestionnaire(q.data);
  const sources = new Map(s.data.sources.map((src) => [src.id, src]));
  const recFile = files.recommendations;
  const rec = (path: PropertyKey[], problem: AuthorProblem) =>
    errors.push(at(recFile, 'recommendations', path, problem));
  if (r.data.questionnaireId !== q.data.id)
    rec(['questionnaireId'], {
      code: 'otherQuestionnaire',
      belongsTo: r.data.questionnaireId,
      questionnaire: q.data.id,
    });
  const seenSources = new Set<string>();
  s.data.sources.forEach((src, i) => {
    if (seenSources.has(src.id))
      errors.push(at(files.sources, 'sources', ['sources', i, 'id'], { code: 'duplicateId', id: src.id }));
    seenSources.add(src.id);
  });
  const seen = new Set<string>();
  // Who acts, effort and time frame must be words the questionnaire declares, the themes its themes.
  const { vocabularies } = declarationsOf(q.data);
  const declared = (list: 'actor' | 'effort' | 'horizon', words: readonly { id: string }[]) => {
    const ids = new Set(words.map((w) => w.id));
    return (path: PropertyKey[], value: string) => {
      if (!ids.has(value)) rec(path, { code: 'undeclared', list, value: clip(value, 60) });
    };
  };
  const actor = declared('actor', vocabularies.actors);
  const effort = declared('effort', vocabularies.efforts);
  const horizon = declared('horizon', vocabularies.horizons);
  const themeIds = new Set(q.data.themes.map((th) => th.id));
  r.data.recommendations.forEach((recommendation, i) => {
    const base = ['recommendations', i];
    const { id } = recommendation;
    recommendation.actors.forEach((a, ai) => actor([...base, 'actors', ai], a));
    effort([...base, 'effort'], recommendation.effort);
    horizon([...base, 'horizon'], recommendation.horizon);
    recommendation.themes.forEach((th, ti) => {
      if (!themeIds.has(th)) rec([...base, 'themes', ti], { code: 'unknownTheme', theme: clip(th, 60) });
    });
    if (seen.has(id)) rec([...base, 'id'], { code: 'duplicateId', id });
    seen.add(id);
    if (!fields.has(recommendation.field))
      rec([...base, 'field'], { code: 'unknownFieldRef', id: recommendation.field });
    recommendation.trigger.conditions.forEach((c, ci) => {
      const condition = [...base, 'trigger', 'conditions', ci];
      if ('question' in c && !questions.has(c.question))
        rec([...condition, 'question'], { code: 'unknownQuestionRef', id: c.question });
      if ('field' in c && !fields.has(c.field))
        rec([...condition, 'field'], { code: 'unknownFieldRef', id: c.field });
    });
    if (
      recommendation.kind === 'first-step' &&
      triggerFiresAt(recommendation.trigger, DONE_LEVEL, DONE_POINTS)
    )
      rec([...base, 'trigger'], { code: 'firstStepTooLate', id, level: DONE_LEVEL, points: DONE_POINTS });
    if (recommendation.kind !== 'first-step' && triggerFiresAt(recommendation.trigger, 0, 0))
      rec([...base, 'trigger'], { code: 'laterStepAtZero', id, kind: recommendation.kind });
    recommendation.references.forEach((ref, ri) => {
      const src = sources.get(ref);
      if (!src) rec([...base, 'references', ri], { code: 'unknownSource', id: ref });
      else if (src.status === 'ended') rec([...base, 'references', ri], { code: 'endedSource', id: ref });
    });
  });
  if (errors.length) return { ok: false, errors };
  const warnings: PackageError[] = [];
  const asOf = q.data.asOf;
  if (asOf)
    s.data.sources.forEach((src, i) => {
      const months = monthsBetween(src.checked, asOf);
      if (months > STALE_AFTER_MONTHS)
        warnings.push(
          at(files.sources, 'sources', ['sources', i, 'checked'], {
            code: 'staleSource',
            id: src.id,
            checked: src.checked,
            months,
            asOf,
          }),
        );
    });
  return {
    ok: true,
    value: { questionnaire: q.data, recommendations: r.data.recommendations, sources: s.data.sources },
    warnings,
  };
}

/** A short check read and checked against its questionnaire, or its problems for the author. */
export function parseShortCheck(
  file: RawFile,
  questionnaire: Questionnaire,
): { ok: true; value: ShortCheck } | { ok: false; errors: PackageError[] } {
  const parsed = ShortCheck.safeParse(file.data, PARSE);
  if (!parsed.success) return { ok: false, errors: packageIssues(file, 'shortCheck', parsed.error) };
  const errors = shortCheckProblems(questionnaire, parsed.data).map((p): PackageError => {
    switch (p.code) {
      case 'otherQuestionnaire':
        return at(file, 'shortCheck', ['questionnaireId'], p);
      case 'unknownQuestionRef':
      case 'shortCheckTwice':
        return at(file, 'shortCheck', ['questions', p.index], { code: p.code, id: p.id });
      default:
        return at(file, 'shortCheck', ['questions'], p);
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data };
}

/** The three documents of a questionnaire as plain JSON, e.g. for storing a loaded questionnaire. */
export interface QuestionnaireDocuments {
  questionnaire: unknown;
  recommendations: unknown;
  sources: unknown;
  /** The short check, when the upload had one. */
  shortCheck?: unknown;
}

/** The `type` of a file that holds all three documents of a questionnaire. */
export const BUNDLE_TYPE = 'digitalkompass-questionnaire-bundle';

const TYPES = {
  questionnaire: 'digitalkompass-questionnaire',
  recommendations: 'digitalkompass-recommendations',
  sources: 'digitalkompass-sources',
} as const;

/** The `type` of a short-check file (optional in an upload, see readQuestionnaireUpload). */
const SHORT_CHECK_TYPE = 'digitalkompass-short-check';

const typeOf = (data: unknown): unknown =>
  typeof data === 'object' && data !== null && 'type' in data ? data.type : undefined;

/** Line and column of a JSON syntax error, counted from 1, where the parser says where it is. */
export function jsonErrorPlace(text: string, error: unknown): { line: number | null; column: number | null } {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  // A text cut off ends where the parser stopped: at its end.
  const position = /end of JSON input/.test(message)
    ? text.length
    : Number(/position (\d+)/.exec(message)?.[1]);
  if (Number.isNaN(position)) return { line: null, column: null };
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads a questionnaire a person uploads: either one bundle file
 * `{ type: "digitalkompass-questionnaire-bundle", questionnaire, recommendations, sources, shortCheck? }`
 * or the three files (and a short check), recognised by their `type`. Validates everything;
 * problems name the file and the place.
 */
export function readQuestionnaireUpload(
  files: { name: string; text: string }[],
):
  | { ok: true; value: QuestionnairePackage; documents: QuestionnaireDocuments }
  | { ok: false; errors: PackageError[] } {
  const parsed: RawFile[] = [];
  const errors: PackageError[] = [];
  for (const f of files) {
    const text = f.text.replace(/^\uFEFF/, '');
    try {
      parsed.push({ name: f.name, data: JSON.parse(text) as unknown });
    } catch (e) {
      errors.push({ code: 'notJson', file: f.name, ...jsonErrorPlace(text, e) });
    }
  }
  if (errors.length) return { ok: false, errors };
  const found: Partial<Record<keyof typeof TYPES, RawFile>> = {};
  let shortCheck: RawFile | undefined;
  for (const file of parsed) {
    const type = typeOf(file.data);
    if (type === BUNDLE_TYPE && typeof file.data === 'object' && file.data !== null) {
      const b = file.data as Record<string, unknown>;
      for (const key of Object.keys(TYPES) as (keyof typeof TYPES)[])
        found[key] = { name: `${file.name} › ${key}`, data: b[key] };
      if (Object.hasOwn(b, 'shortCheck'))
        shortCheck = { name: `${file.name} › shortCheck`, data: b.shortCheck };
      continue;
    }
    if (type === SHORT_CHECK_TYPE) {
      shortCheck = file;
      continue;
    }
    const key = (Object.keys(TYPES) as (keyof typeof TYPES)[]).find((k) => TYPES[k] === type);
    if (!key) errors.push({ code: 'notQuestionnaireFile', file: file.name });
    else found[key] = file;
  }
  for (const key of Object.keys(TYPES) as (keyof typeof TYPES)[])
    if (!found[key]) errors.push({ code: 'missingFile', kind: key, type: TYPES[key] });
  if (errors.length || !found.questionnaire || !found.recommendations || !found.sources)
    return { ok: false, errors };
  const result = parseQuestionnairePackage({
    questionnaire: found.questionnaire,
    recommendations: found.recommendations,
    sources: found.sources,
  });
  if (!result.ok) return result;
  const documents: QuestionnaireDocuments = {
    questionnaire: found.questionnaire.data,
    recommendations: found.recommendations.data,
    sources: found.sources.data,
  };
  if (!shortCheck) return { ok: true, value: result.value, documents };
  const checked = parseShortCheck(shortCheck, result.value.questionnaire);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { ...result.value, shortCheck: checked.value },
    documents: { ...documents, shortCheck: shortCheck.data },
  };
}
