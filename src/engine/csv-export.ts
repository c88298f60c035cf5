import { roundScope, type RoundScope } from './short-check';
import {
  DONT_KNOW,
  NOT_APPLICABLE,
  type AnswerValue,
  type Answers,
  type AssessmentRecord,
  type PlanStatus,
} from './assessment';
import { choiceLabel, declarationsOf, declaredProfileFields, subjectWords } from './declarations';
import { computeGaps } from './gaps';
import type { QuestionnairePackage } from './questionnaire-package';
import type { Question } from './questionnaire-schema';
import { isQuestionVisible, scoreAssessment } from './score';

/** The language of the questionnaire's texts in the CSV. */
export type CsvLanguage = 'de' | 'en';

/**
 * Every word the CSV writes that is neither the questionnaire's (what is assessed, its profile
 * fields and their choices) nor the person's own: the column headers and the names of statuses
 * and answers. They come from the UI strings (src/i18n/strings-csv.ts), so the file says what the
 * screen says.
 */
export interface CsvLabels {
  /** Which of the questionnaire's texts go into the file. */
  lang: CsvLanguage;
  /** `profile`: the headers after the name and the declared profile fields (role, date …). */
  headers: { profile: string[]; answers: string[]; fields: string[]; plan: string[] };
  statuses: Readonly<Record<PlanStatus, string>>;
  answers: Readonly<Record<typeof DONT_KNOW | typeof NOT_APPLICABLE, string>>;
  /** Short check, full assessment, or full assessment begun as a short check. */
  scopes: Readonly<Record<RoundScope, string>>;
}

/** A number with one decimal place, written with a decimal comma. */
interface Decimal {
  decimal: number;
}
/** Text is escaped against formula injection; numbers are written as they are; null is empty. */
type Cell = string | number | Decimal | null;

// A cell starting with one of these is taken as a formula by Excel and LibreOffice.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV: formula characters defused with an apostrophe, quoted per RFC 4180 when needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A score with one decimal place and a decimal comma, e.g. 62.5 → "62,5"; -0.04 → "0,0". */
export function formatDecimalDe(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return (rounded === 0 ? 0 : rounded).toFixed(1).replace('.', ',');
}

function renderCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') return formatDecimalDe(cell.decimal);
  return csvCell(cell);
}

function decimal(value: number | null): Decimal | null {
  return value === null ? null : { decimal: value };
}

/** Only answers the questionnaire can score; the rest is reported by questionnaireMismatch. */
function scorableAnswers(questions: Map<string, Question>, answers: Answers): Answers {
  // No prototype: the scoring looks answers up by question id, and "constructor" is a valid id.
  const out: Answers = Object.create(null);
  for (const [id, value] of Object.entries(answers)) {
    const q = questions.get(id);
    const ok =
      q !== undefined &&
      (value === DONT_KNOW
        ? q.allowDontKnow
        : value === NOT_APPLICABLE
          ? q.allowNotApplicable
          : Number.isInteger(value) && value >= 0 && value <= 4);
    if (ok) out[id] = value;
  }
  return out;
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * One assessment as CSV for German spreadsheets: UTF-8 BOM, semicolons, CRLF, decimal comma.
 * Four sections with a header row each, separated by an empty line: profile, answers (questions
 * visible for the municipality's kind), fields (Ist/Soll/gap) and the action plan.
 * The number format stays German in both languages because the separators are German.
 */
export function assessmentToCsv(
  pkg: QuestionnairePackage,
  record: AssessmentRecord,
  labels: CsvLabels,
): string {
  const { lang, headers } = labels;
  const q = pkg.questionnaire;
  const profile = record.profile;
  const kind = profile?.kind;

  const declarations = declarationsOf(q);
  const profileFields = declaredProfileFields(declarations.profile);
  const profileRows: Cell[][] = [
    [
      subjectWords(declarations.subject, lang).heading,
      ...profileFields.map(({ field }) => field.shortLabel[lang]),
      ...headers.profile,
    ],
    [
      profile?.municipality ?? '',
      ...profileFields.map(({ key, field }) => choiceLabel(field.choices, profile?.[key], lang)),
      profile?.role ?? '',
      profile?.date ?? '',
      record.label,
      labels.scopes[roundScope(record)],
      q.title[lang],
      q.version,
    ],
  ];

  const questions = new Map<string, Question>();
  const answerRows: Cell[][] = [headers.answers];
  for (const field of q.fields)
    for (const question of field.questions) {
      questions.set(question.id, question);
      if (!isQuestionVisible(question, kind)) continue;
      const answer: AnswerValue | undefined = own(record.answers, question.id);
      const answerCell: Cell =
        answer === undefined ? null : typeof answer === 'number' ? answer : labels.answers[answer];
      const descriptor = typeof answer === 'number' ? (question.levels[answer]?.[lang] ?? '') : '';
      answerRows.push([
        field.title[lang],
        question.id,
        question.title[lang],
        answerCell,
        descriptor,
        own(record.notes, question.id) ?? '',
      ]);
    }

  const score = scoreAssessment(q, scorableAnswers(questions, record.answers), kind);
  const gaps = computeGaps(q, score, record.targets);
  const fieldRows: Cell[][] = [headers.fields];
  for (const field of q.fields) {
    const fs = score.fields.find((f) => f.fieldId === field.id);
    const gap = gaps.find((g) => g.fieldId === field.id);
    fieldRows.push([
      field.title[lang],
      decimal(fs?.score ?? null),
      gap?.targetLevel ?? null,
      decimal(gap?.target ?? null),
      decimal(gap?.gap ?? null),
      fs?.scored ?? 0,
      fs?.dontKnow ?? 0,
      fs?.notApplicable ?? 0,
      fs?.unanswered ?? 0,
    ]);
  }

  const planRows: Cell[][] = [
    headers.plan,
    ...record.plan.map((p): Cell[] => [
      p.title,
      p.recommendationId ?? '',
      p.owner,
      p.due,
      labels.statuses[p.status],
      p.note,
    ]),
  ];

  const lines = [profileRows, answerRows, fieldRows, planRows]
    .map((rows) => rows.map((row) => row.map(renderCell).join(';')))
    .flatMap((section, i) => (i === 0 ? section : ['', ...section]));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
