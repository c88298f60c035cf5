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

/** A questionnaire together with its recommendation catalogue and sources, cross-checked. */
export interface QuestionnairePackage {
  questionnaire: Questionnaire;
  recommendations: Recommendation[];
  sources: Source[];
}

/** A raw file as read from disk or from an upload: its name (for messages) and parsed JSON. */
export interface RawFile {
  name: string;
  data: unknown;
}

/**
 * `warnings` are problems an author should fix but that do not stop the questionnaire from working,
 * e.g. a source that was last checked long before the questionnaire's as-of month.
 */
export type PackageResult =
  { ok: true; value: QuestionnairePackage; warnings: string[] } | { ok: false; errors: string[] };

/** How many months a source may have been checked before the questionnaire's as-of month. */
export const STALE_AFTER_MONTHS = 12;

/** Months from `from` to `to`, both "YYYY-MM". */
export function monthsBetween(from: string, to: string): number {
  const n = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return n(to) - n(from);
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

/** Renders a path like `fields[2].questions[0].levels` for messages. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(Wurzel)';
}

/** One German message per problem: "<Datei>: <Pfad>: <Problem>". */
export function formatIssues(file: string, error: z.core.$ZodError): string[] {
  return error.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`);
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

/** Every text in a validated document, with its path for messages. */
function textsOf(root: unknown): [string, string][] {
  const out: [string, string][] = [];
  const stack: [unknown, PropertyKey[]][] = [[root, []]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [value, path] = item;
    if (typeof value === 'string') out.push([formatPath(path), value]);
    else if (Array.isArray(value)) value.forEach((v, i) => stack.push([v, [...path, i]]));
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) stack.push([v, [...path, k]]);
  }
  return out;
}

/** Validates the three files of a questionnaire and checks their references to each other. */
export function parseQuestionnairePackage(files: {
  questionnaire: RawFile;
  recommendations: RawFile;
  sources: RawFile;
}): PackageResult {
  const errors: string[] = [];
  const q = Questionnaire.safeParse(files.questionnaire.data);
  const r = RecommendationCatalogue.safeParse(files.recommendations.data);
  const s = SourceList.safeParse(files.sources.data);
  if (!q.success) errors.push(...formatIssues(files.questionnaire.name, q.error));
  if (!r.success) errors.push(...formatIssues(files.recommendations.name, r.error));
  if (!s.success) errors.push(...formatIssues(files.sources.name, s.error));
  if (!q.success || !r.success || !s.success) return { ok: false, errors };

  // Texts are shown as plain text everywhere; the authoring guide forbids HTML. Checked here, so
  // the validator and a package loaded in the app refuse it alike.
  for (const [file, data] of [
    [files.questionnaire.name, q.data],
    [files.recommendations.name, r.data],
    [files.sources.name, s.data],
  ] as const)
    for (const [path, text] of textsOf(data))
      if (HTML.test(text))
        errors.push(
          `${file}: ${path}: Text enthält HTML („<“, „>“ oder &lt;/&gt;); erlaubt ist nur reiner Text`,
        );

  const { questions, fields } = indexQuestionnaire(q.data);
  const sources = new Map(s.data.sources.map((src) => [src.id, src]));
  const recFile = files.recommendations.name;
  if (r.data.questionnaireId !== q.data.id)
    errors.push(
      `${recFile}: questionnaireId: gehört zu „${r.data.questionnaireId}“, der Fragebogen heißt aber „${q.data.id}“`,
    );
  const seenSources = new Set<string>();
  s.data.sources.forEach((src, i) => {
    if (seenSources.has(src.id))
      errors.push(`${files.sources.name}: sources[${i}].id: Kennung „${src.id}“ ist doppelt`);
    seenSources.add(src.id);
  });
  const seen = new Set<string>();
  r.data.recommendations.forEach((rec, i) => {
    const at = `${recFile}: recommendations[${i}]`;
    if (seen.has(rec.id)) errors.push(`${at}.id: Kennung „${rec.id}“ ist doppelt`);
    seen.add(rec.id);
    if (!fields.has(rec.field)) errors.push(`${at}.field: Handlungsfeld „${rec.field}“ gibt es nicht`);
    rec.trigger.conditions.forEach((c, ci) => {
      if ('question' in c && !questions.has(c.question))
        errors.push(`${at}.trigger.conditions[${ci}].question: Frage „${c.question}“ gibt es nicht`);
      if ('field' in c && !fields.has(c.field))
        errors.push(`${at}.trigger.conditions[${ci}].field: Handlungsfeld „${c.field}“ gibt es nicht`);
    });
    if (rec.kind === 'first-step' && triggerFiresAt(rec.trigger, DONE_LEVEL, DONE_POINTS))
      errors.push(
        `${at}.trigger: „${rec.id}“ ist ein erster Schritt, würde aber auch noch erscheinen, wenn die Frage Stufe ${DONE_LEVEL} oder das Handlungsfeld ${DONE_POINTS} Punkte erreicht hat – dann ist der Schritt schon getan. Die Bedingung enger fassen (etwa „atOrBelow“: 2) oder die Empfehlung als nächsten Schritt („next-step“) einordnen.`,
      );
    if (rec.kind !== 'first-step' && triggerFiresAt(rec.trigger, 0, 0))
      errors.push(
        `${at}.trigger: „${rec.id}“ ist ${rec.kind === 'next-step' ? 'ein nächster Schritt' : 'eine Empfehlung zum Dranbleiben'}, würde aber schon erscheinen, wenn die Frage auf Stufe 0 steht oder das Handlungsfeld 0 Punkte hat – also bevor es etwas gibt, auf dem sie aufbaut. Eine Bedingung ergänzen, die erst ab Stufe 1 gilt (etwa „atOrAbove“: 1 mit „match“: „all“), oder die Empfehlung als ersten Schritt („first-step“) einordnen.`,
      );
    rec.references.forEach((ref, ri) => {
      const src = sources.get(ref);
      if (!src) errors.push(`${at}.references[${ri}]: Quelle „${ref}“ steht nicht in der Quellenliste`);
      else if (src.status === 'ended')
        errors.push(`${at}.references[${ri}]: „${ref}“ ist beendet und darf nicht empfohlen werden`);
    });
  });
  if (errors.length) return { ok: false, errors };
  const warnings: string[] = [];
  const asOf = q.data.asOf;
  if (asOf)
    s.data.sources.forEach((src, i) => {
      const age = monthsBetween(src.checked, asOf);
      if (age > STALE_AFTER_MONTHS)
        warnings.push(
          `${files.sources.name}: sources[${i}].checked: „${src.id}“ wurde zuletzt ${src.checked} geprüft, ${age} Monate vor dem inhaltlichen Stand ${asOf} des Fragebogens. Bitte Adresse und Status neu prüfen und „checked“ anpassen.`,
        );
    });
  return {
    ok: true,
    value: { questionnaire: q.data, recommendations: r.data.recommendations, sources: s.data.sources },
    warnings,
  };
}

/** The three documents of a questionnaire as plain JSON, e.g. for storing a loaded questionnaire. */
export interface QuestionnaireDocuments {
  questionnaire: unknown;
  recommendations: unknown;
  sources: unknown;
}

export const BUNDLE_TYPE = 'digitalkompass-questionnaire-bundle';

const TYPES = {
  questionnaire: 'digitalkompass-questionnaire',
  recommendations: 'digitalkompass-recommendations',
  sources: 'digitalkompass-sources',
} as const;

const typeOf = (data: unknown): unknown =>
  typeof data === 'object' && data !== null && 'type' in data ? data.type : undefined;

/**
 * Reads a questionnaire a person uploads: either one bundle file
 * `{ type: "digitalkompass-questionnaire-bundle", questionnaire, recommendations, sources }` or the three
 * files, recognised by their `type`. Validates everything; messages name the file and the path.
 */
export function readQuestionnaireUpload(
  files: { name: string; text: string }[],
):
  | { ok: true; value: QuestionnairePackage; documents: QuestionnaireDocuments }
  | { ok: false; errors: string[] } {
  const parsed: RawFile[] = [];
  const errors: string[] = [];
  for (const f of files) {
    try {
      parsed.push({ name: f.name, data: JSON.parse(f.text.replace(/^\uFEFF/, '')) as unknown });
    } catch (e) {
      errors.push(`${f.name}: kein gültiges JSON (${(e as Error).message})`);
    }
  }
  if (errors.length) return { ok: false, errors };
  const found: Partial<Record<keyof typeof TYPES, RawFile>> = {};
  for (const file of parsed) {
    const type = typeOf(file.data);
    if (type === BUNDLE_TYPE && typeof file.data === 'object' && file.data !== null) {
      const b = file.data as Record<string, unknown>;
      for (const key of Object.keys(TYPES) as (keyof typeof TYPES)[])
        found[key] = { name: `${file.name} › ${key}`, data: b[key] };
      continue;
    }
    const key = (Object.keys(TYPES) as (keyof typeof TYPES)[]).find((k) => TYPES[k] === type);
    if (!key)
      errors.push(
        `${file.name}: keine Fragebogen-Datei des Digitalkompass (Feld „type“ fehlt oder ist unbekannt)`,
      );
    else found[key] = file;
  }
  const names = {
    questionnaire: 'dem Fragebogen',
    recommendations: 'den Empfehlungen',
    sources: 'den Quellen',
  };
  for (const key of Object.keys(TYPES) as (keyof typeof TYPES)[])
    if (!found[key]) errors.push(`Es fehlt die Datei mit ${names[key]} (type „${TYPES[key]}“).`);
  if (errors.length || !found.questionnaire || !found.recommendations || !found.sources)
    return { ok: false, errors };
  const result = parseQuestionnairePackage({
    questionnaire: found.questionnaire,
    recommendations: found.recommendations,
    sources: found.sources,
  });
  if (!result.ok) return result;
  return {
    ok: true,
    value: result.value,
    documents: {
      questionnaire: found.questionnaire.data,
      recommendations: found.recommendations.data,
      sources: found.sources.data,
    },
  };
}
