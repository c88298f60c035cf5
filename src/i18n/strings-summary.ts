import type { Language } from '../engine/language';

/**
 * German strings of the results screen's summary ("Auf einen Blick"), its collapsed list of
 * recommendations and its Word documents block (source of truth; English has the same shape).
 */
const de = {
  title: 'Auf einen Blick',
  strongestTitle: 'Am stärksten',
  weakestTitle: 'Größte Abstände zum Ziel',
  noFields: 'Noch kein Handlungsfeld mit einem Wert.',
  needsTwoFields: 'Erst ab zwei Handlungsfeldern mit einem Wert.',
  /** One field against its target, as a screen reader reads it and as it stands on screen. */
  standing: (current: number, target: number) => `Ist ${current} · Soll ${target}`,
  gap: (gap: number) => `Abstand ${gap}`,
  reached: 'Ziel erreicht',
  topTitle: (n: number) => (n === 1 ? 'Die dringendste Empfehlung' : `Die ${n} dringendsten Empfehlungen`),
  topNone: 'Für die bisherigen Antworten gibt es keine Empfehlungen.',
  allRecommendations: (n: number) => (n === 1 ? 'Die Empfehlung im Einzelnen' : `Alle ${n} Empfehlungen`),
  openTitle: 'Offene Fragen',
  openCount: (n: number, fields: number) =>
    n === 1
      ? '1 Frage mit „weiß nicht“ beantwortet'
      : `${n} Fragen in ${fields === 1 ? 'einem Handlungsfeld' : `${fields} Handlungsfeldern`} mit „weiß nicht“ beantwortet`,
  openNone: 'Keine Frage mit „weiß nicht“ beantwortet.',
  openShow: 'Zu den offenen Fragen',
  /** The disclosure of one recommendation; the title is for screen readers, which hear many of them. */
  details: 'Erste Schritte, Begründung und Quellen',
  detailsFor: (title: string) => `: ${title}`,
  filterOption: (field: string, n: number) => `${field} (${n})`,
  documentsTitle: 'Für die Sitzung',
  documentsIntro:
    'Sitzungsvorlage und Bericht zum Bearbeiten in Word oder LibreOffice, mit derselben Auswahl wie „Auf einen Blick“ und dem Maßnahmenplan; das Ergebnisblatt zum Drucken steht oben unter „Ergebnisblatt drucken“.',
};

/** The shape of the summary strings. */
export type SummaryStrings = typeof de;

/** English strings of the results screen's summary. */
const en: SummaryStrings = {
  title: 'At a glance',
  strongestTitle: 'Strongest',
  weakestTitle: 'Largest gaps to the target',
  noFields: 'No field has a score yet.',
  needsTwoFields: 'Only once two fields have a score.',
  standing: (current, target) => `current ${current} · target ${target}`,
  gap: (gap) => `gap ${gap}`,
  reached: 'target reached',
  topTitle: (n) => (n === 1 ? 'The most urgent recommendation' : `The ${n} most urgent recommendations`),
  topNone: 'There are no recommendations for the answers so far.',
  allRecommendations: (n) => (n === 1 ? 'The recommendation in full' : `All ${n} recommendations`),
  openTitle: 'Open questions',
  openCount: (n, fields) =>
    n === 1
      ? '1 question answered “don’t know”'
      : `${n} questions in ${fields === 1 ? 'one field' : `${fields} fields`} answered “don’t know”`,
  openNone: 'No question answered “don’t know”.',
  openShow: 'Go to the open questions',
  details: 'First steps, reasons and sources',
  detailsFor: (title) => `: ${title}`,
  filterOption: (field, n) => `${field} (${n})`,
  documentsTitle: 'For the council meeting',
  documentsIntro:
    'The council paper and the report to edit in Word or LibreOffice, with the same selection as “At a glance” and the action plan; the result sheet for printing is under “Print result sheet” at the top.',
};

/** Summary strings by language. */
export const summaryStrings: Record<Language, SummaryStrings> = { de, en };
