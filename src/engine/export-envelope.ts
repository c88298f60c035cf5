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
import type { Questionnaire } from './questionnaire-schema';
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

/** Result of an import: the assessments, or German messages saying what is wrong and where. */
export type ImportResult =
  { ok: true; assessments: AssessmentRecord[]; fromVersion: number } | { ok: false; errors: string[] };

type MigrationResult = { ok: true; next: unknown } | { ok: false; error: z.core.$ZodError };
/** Validates data of one format version (messages in that version's terms) and lifts it one version. */
type Migration = (data: unknown) => MigrationResult;

function migration<S extends z.ZodMiniType>(schema: S, up: (data: z.infer<S>) => unknown): Migration {
  return (data) => {
    const parsed = schema.safeParse(data, { error: germanIssueMessage });
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
    return fail([
      'Die Datei konnte nicht gelesen werden: Beim Prüfen ist ein unerwarteter Fehler aufgetreten.',
    ]);
  }
}

function parseImportUnsafe(text: unknown): ImportResult {
  if (typeof text !== 'string') return fail(['Die Datei konnte nicht als Text gelesen werden.']);
  if (text.length > MAX_IMPORT_CHARS)
    return fail([
      `Die Datei ist zu groß (${decimalDe(text.length / 1024 / 1024)} MB). Eine Exportdatei darf höchstens 20 MB groß sein.`,
    ]);
  // Editors on Windows like to start a file with a byte order mark; JSON.parse does not.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail(['Die Datei ist leer.']);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    // The parser's own (English) words would not help here: say what it means.
    return fail([
      'Die Datei ist keine gültige Exportdatei des Digitalkompass: Ihr Inhalt ist kein lesbares JSON (vielleicht unvollständig gespeichert oder von Hand verändert).',
    ]);
  }
  if (!isPlainObject(raw))
    return fail([
      `Die Datei ist keine Exportdatei des Digitalkompass (erwartet ein JSON-Objekt, gefunden ${describeValue(raw)}).`,
    ]);
  const type = own(raw, 'type');
  if (type !== EXPORT_TYPE) {
    const what =
      type === 'digitalkompass-questionnaire' || type === 'digitalkompass-recommendations'
        ? ' Es ist eine Fragebogendatei, keine Bewertung.'
        : '';
    return fail([
      `Die Datei ist keine Exportdatei des Digitalkompass (Feld „type“: erwartet „${EXPORT_TYPE}“, gefunden ${describeValue(type)}).${what}`,
    ]);
  }
  const version = own(raw, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version))
    return fail([
      `Die Exportdatei hat keine gültige Formatversion (Feld „version“: erwartet eine ganze Zahl, gefunden ${describeValue(version)}).`,
    ]);
  if (version > EXPORT_FORMAT_VERSION)
    return fail([
      `Die Datei stammt aus einer neueren Version des Digitalkompass (Format ${version}). Bitte aktualisieren Sie die App.`,
    ]);
  if (version < EXPORT_FORMAT_VERSION && !MIGRATIONS[version])
    return fail([
      `Die Datei hat das Exportformat ${version}, das diese Version des Digitalkompass nicht lesen kann (unterstützt: 1 bis ${EXPORT_FORMAT_VERSION}).`,
    ]);

  // Zod silently drops "__proto__" keys; we refuse them so nothing is lost without a word.
  const structural = checkStructure(raw);
  if (structural.length) return fail(structural);

  let data: unknown = raw;
  for (let v = version; v < EXPORT_FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return fail([`Für das Exportformat ${v} fehlt eine Umwandlung.`]);
    const result = step(data);
    if (!result.ok) return fail(issueMessages(result.error, data));
    data = result.next;
  }
  const parsed = ExportEnvelope.safeParse(data, { error: germanIssueMessage });
  if (!parsed.success) return fail(issueMessages(parsed.error, data));

  const assessments = parsed.data.data.assessments;
  if (assessments.length === 0) return fail(['Die Datei enthält keine Bewertung.']);
  const errors: string[] = [];
  const firstIndex = new Map<string, number>();
  assessments.forEach((a, i) => {
    const first = firstIndex.get(a.id);
    if (first === undefined) firstIndex.set(a.id, i);
    else
      errors.push(
        `${assessmentName(i, a)} › id: Kennung „${clip(a.id, 60)}“ kommt in der Datei mehrfach vor (schon bei Bewertung ${first + 1}).`,
      );
  });
  if (errors.length) return fail(errors);
  return { ok: true, assessments, fromVersion: version };
}

/**
 * German messages for entries of an assessment the questionnaire does not know (answers, notes,
 * targets or questions to confirm with unknown ids) and for answers it does not allow.
 * Empty when the assessment fits the questionnaire.
 */
export function questionnaireMismatch(record: AssessmentRecord, questionnaire: Questionnaire): string[] {
  const messages: string[] = [];
  const { questions, fields } = indexQuestionnaire(questionnaire);
  const q = `im Fragebogen „${questionnaire.id}“ (Version ${questionnaire.version})`;
  if (record.questionnaireId !== questionnaire.id)
    messages.push(
      `Die Bewertung gehört zum Fragebogen „${clip(record.questionnaireId, 100)}“, geöffnet ist „${questionnaire.id}“.`,
    );
  for (const [id, value] of Object.entries(record.answers)) {
    const question = questions.get(id)?.question;
    const at = `answers › ${clip(id, 100)}`;
    if (!question) messages.push(`${at}: Frage „${clip(id, 100)}“ gibt es ${q} nicht`);
    else if (value === DONT_KNOW) {
      if (!question.allowDontKnow) messages.push(`${at}: die Frage bietet „weiß nicht“ nicht an`);
    } else if (value === NOT_APPLICABLE) {
      if (!question.allowNotApplicable) messages.push(`${at}: die Frage bietet „nicht zutreffend“ nicht an`);
    } else if (!Number.isInteger(value) || value < 0 || value > 4)
      messages.push(`${at}: ungültige Stufe ${JSON.stringify(value)} (erlaubt: 0 bis 4)`);
  }
  for (const id of Object.keys(record.notes))
    if (!questions.has(id))
      messages.push(`notes › ${clip(id, 100)}: Notiz zu einer Frage, die es ${q} nicht gibt`);
  for (const [id, level] of Object.entries(record.targets)) {
    if (!fields.has(id))
      messages.push(`targets › ${clip(id, 100)}: Handlungsfeld „${clip(id, 100)}“ gibt es ${q} nicht`);
    else if (!Number.isInteger(level) || level < 0 || level > 4)
      messages.push(`targets › ${clip(id, 100)}: ungültige Soll-Stufe ${level} (erlaubt: 0 bis 4)`);
  }
  record.toConfirm.forEach((id, i) => {
    if (!questions.has(id)) messages.push(`toConfirm[${i}]: Frage „${clip(id, 100)}“ gibt es ${q} nicht`);
  });
  return messages;
}

/** An imported assessment made to fit the open questionnaire, with what the person must be told. */
export type FitResult =
  | { ok: true; record: AssessmentRecord; notice: string | null; toReview: string[] }
  | { ok: false; errors: string[] };

/**
 * Decides what to do with an imported assessment and the questionnaire version it was made with:
 * the same version is checked as it is; an older one that the questionnaire's mapping knows is
 * carried over (answers whose question changed are marked "bitte prüfen") and the notice says so;
 * any other version is refused with a German message naming it.
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
  if (!steps) {
    const known = [...new Set((migrations?.migrations ?? []).map((m) => m.from))];
    const offer = known.length
      ? `Übernehmen lassen sich Antworten aus Version ${known.join(', ')} und aus der aktuellen Version ${questionnaire.version}.`
      : `Übernehmen lassen sich nur Antworten aus der aktuellen Version ${questionnaire.version}.`;
    return {
      ok: false,
      errors: [
        `Die Bewertung wurde mit Version „${clip(from, 50)}“ des Fragebogens „${questionnaire.id}“ erstellt. Diese Version kennt der Digitalkompass nicht. ${offer}`,
      ],
    };
  }
  const up = upgradeAssessment(record, steps, questionnaire);
  const errors = questionnaireMismatch(up.record, questionnaire);
  if (errors.length) return { ok: false, errors };
  const review =
    up.toReview.length === 0
      ? 'Keine Antwort muss geprüft werden.'
      : up.toReview.length === 1
        ? '1 Antwort ist mit „bitte prüfen“ markiert, weil sich ihre Frage geändert hat.'
        : `${up.toReview.length} Antworten sind mit „bitte prüfen“ markiert, weil sich ihre Frage geändert hat.`;
  const dropped = up.dropped.length
    ? ` ${up.dropped.length === 1 ? '1 Antwort passt' : `${up.dropped.length} Antworten passen`} zu keiner Frage der neuen Version mehr und wurde${up.dropped.length === 1 ? '' : 'n'} nicht übernommen.`
    : '';
  return {
    ok: true,
    record: up.record,
    notice: `Die Antworten wurden aus Version ${from} des Fragebogens in Version ${questionnaire.version} übernommen. ${review}${dropped}`,
    toReview: up.toReview,
  };
}

function fail(errors: string[]): ImportResult {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  return {
    ok: false,
    errors: [...errors.slice(0, MAX_ERRORS), `… und ${errors.length - MAX_ERRORS} weitere Fehler`],
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
function checkStructure(root: object): string[] {
  const errors: string[] = [];
  const stack: Node[] = [{ value: root, key: '', parent: null, depth: 0 }];
  for (let node = stack.pop(); node && errors.length <= MAX_ERRORS; node = stack.pop()) {
    if (node.depth > MAX_DEPTH)
      return [`Die Datei ist zu tief verschachtelt (mehr als ${MAX_DEPTH} Ebenen) und keine Exportdatei.`];
    const parent = node;
    const visit = (value: unknown, key: string | number) => {
      if (typeof value === 'object' && value !== null)
        stack.push({ value, key, parent, depth: parent.depth + 1 });
    };
    if (Array.isArray(parent.value)) parent.value.forEach(visit);
    else if (isPlainObject(parent.value))
      for (const [key, value] of Object.entries(parent.value)) {
        if (key === '__proto__') errors.push(`${where(pathOf(parent), root)}: unzulässiges Feld „__proto__“`);
        else visit(value, key);
      }
  }
  return errors;
}

function issueMessages(error: z.core.$ZodError, data: unknown): string[] {
  return error.issues.map((issue) => `${where(issue.path, data)}: ${issue.message}`);
}

const KEYED_RECORDS = new Set<PropertyKey>(['answers', 'notes', 'targets']);

/** "Bewertung 1 (Musterdorf) › answers › strategie.ziele", or the plain path outside an assessment. */
function where(path: readonly PropertyKey[], data: unknown): string {
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
  if (index === null) return formatPath(path);
  const head = assessmentName(index, assessment);
  if (!rest.length) return head;
  const [first, second, ...more] = rest;
  if (first !== undefined && second !== undefined && KEYED_RECORDS.has(first)) {
    // Question ids contain dots, so "answers.a.1" would be ambiguous.
    const tail = more.length ? ` › ${formatPath(more)}` : '';
    return `${head} › ${String(first)} › ${clip(String(second), 100)}${tail}`;
  }
  return `${head} › ${formatPath(rest)}`;
}

function assessmentName(index: number, assessment: unknown): string {
  const name = own(own(assessment, 'profile'), 'municipality');
  const label = typeof name === 'string' && name.trim() ? ` (${clip(name.trim(), 60)})` : '';
  return `Bewertung ${index + 1}${label}`;
}

const TYPE_NAMES = new Map<string, string>(
  Object.entries({
    string: 'Text',
    number: 'Zahl',
    int: 'ganze Zahl',
    boolean: 'Wahrheitswert (true/false)',
    array: 'Liste',
    object: 'Objekt',
    record: 'Objekt',
    null: 'null',
    literal: 'festen Wert',
    enum: 'einen der erlaubten Werte',
  }),
);

function typeName(expected: string): string {
  return TYPE_NAMES.get(expected) ?? expected;
}

/** What a value is, for messages: "Text „abc“", "Zahl 7", "Liste" … */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nichts';
  if (value === null) return 'null';
  if (typeof value === 'string') return `Text „${clip(value, 40)}“`;
  if (typeof value === 'number') return `Zahl ${String(value)}`;
  if (typeof value === 'boolean') return `Wahrheitswert ${String(value)}`;
  if (Array.isArray(value)) return 'eine Liste';
  if (typeof value === 'object') return 'ein Objekt';
  return typeof value;
}

function quoteValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 10).map((v) => (typeof v === 'string' ? `„${clip(v, 40)}“` : String(v)));
  return shown.join(', ') + (values.length > 10 ? ', …' : '');
}

/** A short description of what one branch of a union would have accepted. */
function describeAllowed(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeName(issue.expected);
    case 'invalid_value':
      return quoteValues(issue.values);
    case 'too_big':
      return issue.origin === 'number' ? `Zahl bis ${String(issue.maximum)}` : issue.message;
    case 'too_small':
      return issue.origin === 'number' ? `Zahl ab ${String(issue.minimum)}` : issue.message;
    case 'invalid_format':
      return issue.format === 'date' ? 'Datum JJJJ-MM-TT' : issue.message;
    default:
      return issue.message;
  }
}

/** Zod's issues in plain German. Messages set on a schema itself still win (zod asks them first). */
function germanIssueMessage(issue: z.core.$ZodRawIssue): string {
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'fehlt';
      return `erwartet ${typeName(issue.expected)}, gefunden ${describeValue(input)}`;
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string')
        return `zu lang: höchstens ${max} Zeichen erlaubt, gefunden ${typeof input === 'string' ? input.length : '?'}`;
      if (issue.origin === 'array') return `zu viele Einträge: höchstens ${max} erlaubt`;
      if (issue.origin === 'number')
        return `zu groß: höchstens ${max} erlaubt, gefunden ${describeValue(input)}`;
      return `zu groß: höchstens ${max}`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'darf nicht leer sein' : `zu kurz: mindestens ${min} Zeichen`;
      if (issue.origin === 'array') return `zu wenige Einträge: mindestens ${min} nötig`;
      if (issue.origin === 'number')
        return `zu klein: mindestens ${min} erlaubt, gefunden ${describeValue(input)}`;
      return `zu klein: mindestens ${min}`;
    }
    case 'invalid_value':
      if (input === undefined) return 'fehlt';
      return issue.values.length === 1
        ? `erwartet ${quoteValues(issue.values)}, gefunden ${describeValue(input)}`
        : `ungültiger Wert ${describeValue(input)}; erlaubt sind: ${quoteValues(issue.values)}`;
    case 'invalid_format':
      if (issue.format === 'date')
        return `erwartet ein Datum im Format JJJJ-MM-TT, gefunden ${describeValue(input)}`;
      if (issue.format === 'datetime')
        return `erwartet Datum und Uhrzeit im ISO-Format (z. B. 2026-03-01T09:30:00Z), gefunden ${describeValue(input)}`;
      return `ungültiges Format (${issue.format}), gefunden ${describeValue(input)}`;
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `unbekanntes Feld „${clip(issue.keys[0] ?? '', 60)}“`
        : `unbekannte Felder ${quoteValues(issue.keys)}`;
    case 'invalid_union': {
      if (input === undefined) return 'fehlt';
      const allowed = [
        ...new Set(issue.errors.map((branch) => (branch[0] ? describeAllowed(branch[0]) : ''))),
      ].filter(Boolean);
      return `ungültiger Wert ${describeValue(input)}; erlaubt: ${allowed.join(' oder ')}`;
    }
    case 'custom':
      return issue.message ?? 'ungültiger Wert';
    default:
      return `ungültiger Wert ${describeValue(input)}`;
  }
}

// Control characters and bidi overrides would garble a message shown to people.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Shortens a text from the file for a message and makes control characters visible. */
function clip(text: string, max: number): string {
  const clean = text.replace(UNSAFE_CHARS, '\uFFFD');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

function decimalDe(n: number): string {
  return n.toFixed(1).replace('.', ',');
}
