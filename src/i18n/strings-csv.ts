import type { CsvLabels } from '../engine/csv-export';
import type { Language } from '../engine/language';
import type { Strings } from './strings';

/**
 * Column headers of the CSV of one assessment after the name and the profile fields (which the
 * questionnaire declares); the names in its cells come from the UI strings.
 */
const HEADERS = {
  de: {
    profile: ['Funktion', 'Datum', 'Runde', 'Art der Bewertung', 'Fragebogen', 'Version'],
    answers: ['Handlungsfeld', 'Frage-ID', 'Frage', 'Antwort', 'Stufentext', 'Notiz'],
    fields: ['Handlungsfeld', 'Ist (Punkte)', 'Soll (Stufe)', 'Soll (Punkte)', 'Abstand', 'bewertet'],
    open: 'offen',
    plan: ['Maßnahme', 'Empfehlung-ID', 'Verantwortlich', 'Fällig', 'Status', 'Notiz'],
  },
  en: {
    profile: ['Role', 'Date', 'Round', 'Kind of assessment', 'Questionnaire', 'Version'],
    answers: ['Field of action', 'Question ID', 'Question', 'Answer', 'Level description', 'Note'],
    fields: ['Field of action', 'Current (points)', 'Target (level)', 'Target (points)', 'Gap', 'rated'],
    open: 'open',
    plan: ['Measure', 'Recommendation ID', 'Owner', 'Due', 'Status', 'Note'],
  },
} satisfies Record<
  Language,
  { profile: string[]; answers: string[]; fields: string[]; open: string; plan: string[] }
>;

/** What the CSV of one assessment writes in `language`: the screen's names of kinds, regions, statuses … */
export function csvLabels(t: Strings, language: Language): CsvLabels {
  const h = HEADERS[language];
  const dontKnow = t.survey.dontKnow[language];
  const notApplicable = t.survey.notApplicable[language];
  return {
    lang: language,
    headers: {
      profile: h.profile,
      answers: h.answers,
      // The answers that do not count, by the names the questions give them.
      fields: [...h.fields, dontKnow, notApplicable, h.open],
      plan: h.plan,
    },
    statuses: t.plan.statuses,
    scopes: t.shortCheck.scopes,
    answers: { dontKnow, notApplicable },
  };
}
