import type { Language } from '../engine/language';
import { formatDate } from './format';
import { de as ui } from './strings';

/** German strings of the printed result sheet (source of truth; English has the same shape). */
const de = {
  print: 'Drucken / als PDF speichern',
  printHint:
    'Tipp: Im Druckdialog „Als PDF speichern“ wählen. Das Blatt ist für A4 hochkant gemacht und passt auf höchstens zwei Seiten.',
  withAppendix: 'Anhang mit allen Antworten und Notizen drucken',
  backToResults: 'Zurück zum Ergebnis',
  toolbar: 'Druckoptionen',
  sheetTitle: 'Ergebnisblatt Digitale Reife',
  date: 'Datum der Bewertung',
  round: 'Runde',
  overall: 'Gesamtwert',
  outOf: 'von 100 Punkten',
  noScore: 'noch kein Wert',
  band: 'Reifegrad',
  fieldsTitle: 'Ergebnis je Handlungsfeld',
  field: 'Handlungsfeld',
  current: 'Ist',
  target: 'Soll',
  gap: 'Abstand',
  reached: 'erreicht',
  runningHead: (name: string) => `Ergebnisblatt ${name}`.trim(),
  pageWord: 'Seite ',
  ofWord: ' von ',
  pointsNote:
    'Alle Werte in Punkten von 0 bis 100; „–“: kein Wert, weil keine Frage mit einer Stufe beantwortet ist.',
  chartAlt: (summary: string) =>
    `Netzdiagramm mit Ist und Soll je Handlungsfeld. Die Werte stehen auch in der Tabelle: ${summary}.`,
  chartSummaryItem: (field: string, current: string, target: number) =>
    `${field} Ist ${current}, Soll ${target}`,
  currentLabel: 'Ist',
  targetLabel: 'Soll',
  recsTitle: (shown: number, all: number) =>
    shown < all ? `Die ${shown} wichtigsten Empfehlungen (von ${all})` : 'Empfehlungen',
  noRecs: 'Für die bisherigen Antworten gibt es keine Empfehlungen.',
  firstSteps: 'Erste Schritte',
  effort: 'Aufwand',
  horizon: 'Zeitrahmen',
  actors: 'Wer handelt',
  planTitle: 'Maßnahmenplan',
  noPlan: 'Es ist noch kein Maßnahmenplan angelegt.',
  measure: 'Maßnahme',
  owner: 'Zuständig',
  due: 'Bis',
  status: 'Stand',
  clarifyTitle: 'Klärungsbedarf',
  clarifyIntro: 'Diese Fragen wurden mit „weiß nicht“ beantwortet und zählen noch nicht mit:',
  noClarify: 'Keine Frage wurde mit „weiß nicht“ beantwortet.',
  appendixTitle: 'Anhang: alle Antworten und Notizen',
  note: 'Notiz',
  level: (level: number, name: string) => `Stufe ${level} (${name})`,
  dontKnow: ui.survey.dontKnow.de,
  notApplicable: ui.survey.notApplicable.de,
  unanswered: 'nicht beantwortet',
  footer: (title: string, version: string) => `${title}, Fragebogen Version ${version}`,
  basedOn: 'Grundlage',
  contentAsOf: (month: string) => `Inhaltlicher Stand: ${month}`,
  printedOn: (date: string) => `Gedruckt am ${date}`,
  /** TT.MM.JJJJ from an ISO date. */
  formatDate: (iso: string) => formatDate(iso, 'de'),
  counts: (scored: number, dontKnow: number, na: number, open: number) =>
    `${scored} Fragen bewertet, ${dontKnow} „weiß nicht“, ${na} „nicht zutreffend“, ${open} offen`,
};

export type PrintStrings = typeof de;

/** English strings of the printed result sheet. */
const en: PrintStrings = {
  print: 'Print / save as PDF',
  printHint:
    'Tip: choose “Save as PDF” in the print dialog. The sheet is made for A4 portrait and fits on at most two pages.',
  withAppendix: 'Print an appendix with all answers and notes',
  backToResults: 'Back to the result',
  toolbar: 'Print options',
  sheetTitle: 'Digital maturity result sheet',
  date: 'Date of assessment',
  round: 'Round',
  overall: 'Overall score',
  outOf: 'out of 100 points',
  noScore: 'no score yet',
  band: 'Maturity',
  fieldsTitle: 'Result per field of action',
  field: 'Field of action',
  current: 'Current',
  target: 'Target',
  gap: 'Gap',
  reached: 'reached',
  runningHead: (name: string) => `Result sheet ${name}`.trim(),
  pageWord: 'Page ',
  ofWord: ' of ',
  pointsNote:
    'All values in points from 0 to 100; “–”: no value because no question was answered with a level.',
  chartAlt: (summary: string) =>
    `Radar chart of current and target values per field. The values are also in the table: ${summary}.`,
  chartSummaryItem: (field: string, current: string, target: number) =>
    `${field} current ${current}, target ${target}`,
  currentLabel: 'Current',
  targetLabel: 'Target',
  recsTitle: (shown: number, all: number) =>
    shown < all ? `The ${shown} most important recommendations (of ${all})` : 'Recommendations',
  noRecs: 'There are no recommendations for the answers so far.',
  firstSteps: 'First steps',
  effort: 'Effort',
  horizon: 'Time frame',
  actors: 'Who acts',
  planTitle: 'Action plan',
  noPlan: 'No action plan has been set up yet.',
  measure: 'Measure',
  owner: 'Responsible',
  due: 'Due',
  status: 'Status',
  clarifyTitle: 'Open questions',
  clarifyIntro: 'These questions were answered “don’t know” and do not count yet:',
  noClarify: 'No question was answered “don’t know”.',
  appendixTitle: 'Appendix: all answers and notes',
  note: 'Note',
  level: (level: number, name: string) => `Level ${level} (${name})`,
  dontKnow: ui.survey.dontKnow.en,
  notApplicable: ui.survey.notApplicable.en,
  unanswered: 'not answered',
  footer: (title: string, version: string) => `${title}, questionnaire version ${version}`,
  basedOn: 'Based on',
  contentAsOf: (month: string) => `Content as of ${month}`,
  printedOn: (date: string) => `Printed on ${date}`,
  formatDate: (iso: string) => formatDate(iso, 'en'),
  counts: (scored: number, dontKnow: number, na: number, open: number) =>
    `${scored} questions rated, ${dontKnow} “don’t know”, ${na} “not applicable”, ${open} open`,
};

/** Strings of the result sheet by language. */
export const printStrings: Record<Language, PrintStrings> = { de, en };
