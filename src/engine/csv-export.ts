import {
  DONT_KNOW,
  NOT_APPLICABLE,
  PLAN_STATUSES,
  type AnswerValue,
  type Answers,
  type AssessmentRecord,
  type PopulationClass,
  type Regierungsbezirk,
} from './assessment';
import { computeGaps } from './gaps';
import type { QuestionnairePackage } from './questionnaire-package';
import type { MunicipalityKind, Question } from './questionnaire-schema';
import { isQuestionVisible, scoreAssessment } from './score';

/** Languages the CSV headers and labels come in. */
export type CsvLanguage = 'de' | 'en';

type Labels = Readonly<Record<CsvLanguage, string>>;

const KIND_LABELS = {
  gemeinde: { de: 'Gemeinde', en: 'Municipality' },
  markt: { de: 'Markt', en: 'Market town' },
  stadt: { de: 'Stadt', en: 'Town' },
  'grosse-kreisstadt': { de: 'Große Kreisstadt', en: 'Major district town' },
  'kreisfreie-stadt': { de: 'Kreisfreie Stadt', en: 'District-free city' },
  landkreis: { de: 'Landkreis', en: 'District' },
  verwaltungsgemeinschaft: { de: 'Verwaltungsgemeinschaft', en: 'Administrative association' },
} satisfies Record<MunicipalityKind, Labels>;

const BEZIRK_LABELS = {
  oberbayern: { de: 'Oberbayern', en: 'Upper Bavaria' },
  niederbayern: { de: 'Niederbayern', en: 'Lower Bavaria' },
  oberpfalz: { de: 'Oberpfalz', en: 'Upper Palatinate' },
  oberfranken: { de: 'Oberfranken', en: 'Upper Franconia' },
  mittelfranken: { de: 'Mittelfranken', en: 'Middle Franconia' },
  unterfranken: { de: 'Unterfranken', en: 'Lower Franconia' },
  schwaben: { de: 'Schwaben', en: 'Swabia' },
} satisfies Record<Regierungsbezirk, Labels>;

const POPULATION_LABELS = {
  'unter-1000': { de: 'unter 1.000', en: 'under 1,000' },
  '1000-2999': { de: '1.000 bis 2.999', en: '1,000 to 2,999' },
  '3000-4999': { de: '3.000 bis 4.999', en: '3,000 to 4,999' },
  '5000-9999': { de: '5.000 bis 9.999', en: '5,000 to 9,999' },
  '10000-19999': { de: '10.000 bis 19.999', en: '10,000 to 19,999' },
  '20000-49999': { de: '20.000 bis 49.999', en: '20,000 to 49,999' },
  '50000-99999': { de: '50.000 bis 99.999', en: '50,000 to 99,999' },
  'ab-100000': { de: '100.000 und mehr', en: '100,000 and more' },
} satisfies Record<PopulationClass, Labels>;

const STATUS_LABELS = {
  offen: { de: 'offen', en: 'open' },
  'in-arbeit': { de: 'in Arbeit', en: 'in progress' },
  erledigt: { de: 'erledigt', en: 'done' },
} satisfies Record<(typeof PLAN_STATUSES)[number], Labels>;

const ANSWER_LABELS = {
  [DONT_KNOW]: { de: 'weiß nicht', en: "don't know" },
  [NOT_APPLICABLE]: { de: 'nicht zutreffend', en: 'not applicable' },
} satisfies Record<typeof DONT_KNOW | typeof NOT_APPLICABLE, Labels>;

const HEADERS = {
  profile: {
    de: [
      'Kommune',
      'Art',
      'Regierungsbezirk',
      'Einwohner',
      'Funktion',
      'Datum',
      'Runde',
      'Fragebogen',
      'Version',
    ],
    en: [
      'Municipality',
      'Type',
      'Administrative region',
      'Population',
      'Role',
      'Date',
      'Round',
      'Questionnaire',
      'Version',
    ],
  },
  answers: {
    de: ['Handlungsfeld', 'Frage-ID', 'Frage', 'Antwort', 'Stufentext', 'Notiz'],
    en: ['Field of action', 'Question ID', 'Question', 'Answer', 'Level description', 'Note'],
  },
  fields: {
    de: [
      'Handlungsfeld',
      'Ist (Punkte)',
      'Soll (Stufe)',
      'Soll (Punkte)',
      'Abstand',
      'bewertet',
      'weiß nicht',
      'nicht zutreffend',
      'offen',
    ],
    en: [
      'Field of action',
      'Current (points)',
      'Target (level)',
      'Target (points)',
      'Gap',
      'rated',
      "don't know",
      'not applicable',
      'open',
    ],
  },
  plan: {
    de: ['Maßnahme', 'Empfehlung-ID', 'Verantwortlich', 'Fällig', 'Status', 'Notiz'],
    en: ['Measure', 'Recommendation ID', 'Owner', 'Due', 'Status', 'Note'],
  },
} satisfies Record<string, Record<CsvLanguage, string[]>>;

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
  lang: CsvLanguage,
): string {
  const q = pkg.questionnaire;
  const profile = record.profile;
  const kind = profile?.kind;

  const profileRows: Cell[][] = [
    HEADERS.profile[lang],
    [
      profile?.municipality ?? '',
      profile ? KIND_LABELS[profile.kind][lang] : '',
      profile ? BEZIRK_LABELS[profile.regierungsbezirk][lang] : '',
      profile ? POPULATION_LABELS[profile.population][lang] : '',
      profile?.role ?? '',
      profile?.date ?? '',
      record.label,
      q.title[lang],
      q.version,
    ],
  ];

  const questions = new Map<string, Question>();
  const answerRows: Cell[][] = [HEADERS.answers[lang]];
  for (const field of q.fields)
    for (const question of field.questions) {
      questions.set(question.id, question);
      if (!isQuestionVisible(question, kind)) continue;
      const answer: AnswerValue | undefined = own(record.answers, question.id);
      const answerCell: Cell =
        answer === undefined ? null : typeof answer === 'number' ? answer : ANSWER_LABELS[answer][lang];
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
  const fieldRows: Cell[][] = [HEADERS.fields[lang]];
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
    HEADERS.plan[lang],
    ...record.plan.map((p): Cell[] => [
      p.title,
      p.recommendationId ?? '',
      p.owner,
      p.due,
      STATUS_LABELS[p.status][lang],
      p.note,
    ]),
  ];

  const lines = [profileRows, answerRows, fieldRows, planRows]
    .map((rows) => rows.map((row) => row.map(renderCell).join(';')))
    .flatMap((section, i) => (i === 0 ? section : ['', ...section]));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
