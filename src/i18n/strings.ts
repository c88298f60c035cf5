import type { MunicipalityKind } from '../engine/questionnaire-schema';
import type { PopulationClass, Regierungsbezirk } from '../engine/assessment';

export type Language = 'de' | 'en';

/** German UI strings; the source of truth for every text the app shows. */
const de = {
  appName: 'Digitalkompass Kommune',
  appTagline: 'Selbstbewertung der digitalen Reife für bayerische Kommunen',
  skipToContent: 'Zum Inhalt springen',
  language: 'Sprache',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  mainNav: 'Hauptnavigation',
  navStart: 'Start',
  navList: 'Alle Bewertungen',
  loading: 'Wird geladen …',
  start: {
    title: 'Wo steht Ihre Kommune bei der Digitalisierung?',
    intro:
      'Der Digitalkompass hilft Gemeinden, Märkten, Städten, Verwaltungsgemeinschaften und Landkreisen in Bayern, ihren digitalen Stand selbst einzuschätzen. Sie beantworten Fragen zu elf Handlungsfeldern, sehen Ihr Ergebnis je Handlungsfeld, legen Ziele fest und erhalten konkrete Empfehlungen.',
    duration:
      'Dauer: etwa 30 bis 45 Minuten. Sie können jederzeit unterbrechen – jede Antwort wird sofort gespeichert.',
    privacyTitle: 'Ihre Daten bleiben auf diesem Gerät',
    privacy:
      'Alle Angaben werden nur im Speicher dieses Browsers auf diesem Gerät abgelegt. Nichts wird an einen Server gesendet, es gibt kein Konto und keine Cookies.',
    privacyDelete:
      'Löschen: In der Liste „Alle Bewertungen“ lässt sich jede Bewertung einzeln löschen. Alternativ löschen Sie in den Browser-Einstellungen die Website-Daten dieser Seite.',
    basedOnTitle: 'Grundlage',
    newAssessment: 'Neue Bewertung beginnen',
    continueAssessment: 'Bewertung fortsetzen',
    continueHint: (name: string, percent: number) => `${name} – ${percent} % beantwortet`,
  },
  profile: {
    title: 'Angaben zur Kommune',
    intro:
      'Diese Angaben erscheinen auf dem Ergebnisblatt. Die Art der Kommune bestimmt, welche Fragen gestellt werden.',
    municipality: 'Name der Kommune',
    kind: 'Art der Kommune',
    regierungsbezirk: 'Regierungsbezirk',
    population: 'Einwohnerzahl',
    role: 'Ihre Funktion (z. B. Bürgermeisterin, Kämmerer, IT)',
    date: 'Datum der Bewertung',
    choose: 'Bitte wählen',
    submit: 'Weiter zu den Fragen',
    save: 'Angaben speichern',
    errorsTitle: 'Bitte prüfen Sie Ihre Angaben:',
    required: (label: string) => `„${label}“ fehlt.`,
  },
  kinds: {
    gemeinde: 'Gemeinde',
    markt: 'Markt',
    stadt: 'Stadt',
    'grosse-kreisstadt': 'Große Kreisstadt',
    'kreisfreie-stadt': 'Kreisfreie Stadt',
    landkreis: 'Landkreis',
    verwaltungsgemeinschaft: 'Verwaltungsgemeinschaft',
  } satisfies Record<MunicipalityKind, string>,
  bezirke: {
    oberbayern: 'Oberbayern',
    niederbayern: 'Niederbayern',
    oberpfalz: 'Oberpfalz',
    oberfranken: 'Oberfranken',
    mittelfranken: 'Mittelfranken',
    unterfranken: 'Unterfranken',
    schwaben: 'Schwaben',
  } satisfies Record<Regierungsbezirk, string>,
  populations: {
    'unter-1000': 'unter 1.000',
    '1000-2999': '1.000 bis 2.999',
    '3000-4999': '3.000 bis 4.999',
    '5000-9999': '5.000 bis 9.999',
    '10000-19999': '10.000 bis 19.999',
    '20000-49999': '20.000 bis 49.999',
    '50000-99999': '50.000 bis 99.999',
    'ab-100000': '100.000 und mehr',
  } satisfies Record<PopulationClass, string>,
  questionnaire: {
    fieldsNav: 'Handlungsfelder',
    progress: (answered: number, total: number) => `${answered} von ${total} Fragen beantwortet`,
    fieldState: (answered: number, total: number) => `${answered} von ${total}`,
    complete: 'vollständig',
    current: 'aktuelle Seite',
    editProfile: 'Angaben zur Kommune ändern',
    toResults: 'Zum Ergebnis',
  },
  survey: {
    level: { de: 'Stufe', en: 'Level' },
    dontKnow: { de: 'weiß nicht', en: "don't know" },
    notApplicable: { de: 'nicht zutreffend', en: 'not applicable' },
    note: { de: 'Notiz oder Nachweis (optional)', en: 'Note or evidence (optional)' },
  },
  results: {
    title: (name: string) => `Ergebnis: ${name}`,
    overall: 'Gesamtwert',
    outOf: 'von 100 Punkten',
    noScore: 'noch kein Wert',
    band: 'Reifegrad',
    fieldsTitle: 'Ergebnis je Handlungsfeld',
    field: 'Handlungsfeld',
    score: 'Punkte (Ist)',
    target: 'Ziel (Soll)',
    gap: 'Abstand',
    answered: 'beantwortet',
    recommendationsTitle: 'Empfehlungen',
    recommendationsIntro:
      'Geordnet nach Dringlichkeit: zuerst, wo der Abstand zum Ziel und das Gewicht am größten sind.',
    noRecommendations: 'Für die bisherigen Antworten gibt es keine Empfehlungen.',
    firstSteps: 'Erste Schritte',
    why: 'Warum',
    because: 'Weil',
    questionReason: (title: string, level: number) => `„${title}“ mit Stufe ${level} beantwortet`,
    fieldReason: (title: string, score: number) => `Handlungsfeld „${title}“ steht bei ${score} Punkten`,
    backToQuestions: 'Zurück zu den Fragen',
    counts: (scored: number, dontKnow: number, na: number, open: number) =>
      `${scored} bewertet, ${dontKnow} „weiß nicht“, ${na} „nicht zutreffend“, ${open} offen`,
  },
  errors: {
    questionnaireTitle: 'Der Fragebogen enthält Fehler',
    questionnaireIntro:
      'Der Fragebogen konnte nicht geladen werden. Bitte geben Sie diese Meldungen an die Person weiter, die ihn bereitgestellt hat:',
    notFound: 'Diese Bewertung gibt es nicht (mehr).',
    storageTitle: 'Speichern ist in diesem Browser nicht möglich',
    storage:
      'Ihre Eingaben bleiben erhalten, solange dieses Fenster geöffnet ist, werden aber nicht dauerhaft gespeichert. Sichern Sie Ihre Bewertung vor dem Schließen.',
  },
};

export type Strings = typeof de;

/** English UI strings (same shape as German). */
const en: Strings = {
  appName: 'Digital Compass for Municipalities',
  appTagline: 'Self-assessment of digital maturity for Bavarian municipalities',
  skipToContent: 'Skip to content',
  language: 'Language',
  switchLanguage: 'Deutsch',
  switchLanguageLabel: 'Auf Deutsch umschalten',
  mainNav: 'Main navigation',
  navStart: 'Start',
  navList: 'All assessments',
  loading: 'Loading …',
  start: {
    title: 'Where does your municipality stand in digitalisation?',
    intro:
      'The Digital Compass helps municipalities, market towns, towns, administrative associations and districts in Bavaria to assess their digital status themselves. You answer questions on eleven fields of action, see your result per field, set targets and receive concrete recommendations.',
    duration:
      'Duration: about 30 to 45 minutes. You can pause at any time – every answer is saved immediately.',
    privacyTitle: 'Your data stays on this device',
    privacy:
      'Everything you enter is stored only in this browser on this device. Nothing is sent to a server; there is no account and there are no cookies.',
    privacyDelete:
      'Deleting: each assessment can be deleted in the list “All assessments”. Alternatively, delete this site’s data in the browser settings.',
    basedOnTitle: 'Basis',
    newAssessment: 'Start a new assessment',
    continueAssessment: 'Continue assessment',
    continueHint: (name: string, percent: number) => `${name} – ${percent} % answered`,
  },
  profile: {
    title: 'About the municipality',
    intro:
      'These details appear on the result sheet. The kind of municipality decides which questions are asked.',
    municipality: 'Name of the municipality',
    kind: 'Kind of municipality',
    regierungsbezirk: 'Administrative region (Regierungsbezirk)',
    population: 'Population',
    role: 'Your role (e.g. mayor, treasurer, IT)',
    date: 'Date of the assessment',
    choose: 'Please choose',
    submit: 'Continue to the questions',
    save: 'Save details',
    errorsTitle: 'Please check your entries:',
    required: (label: string) => `“${label}” is missing.`,
  },
  kinds: {
    gemeinde: 'Municipality (Gemeinde)',
    markt: 'Market town (Markt)',
    stadt: 'Town (Stadt)',
    'grosse-kreisstadt': 'Major district town (Große Kreisstadt)',
    'kreisfreie-stadt': 'District-free city (kreisfreie Stadt)',
    landkreis: 'District (Landkreis)',
    verwaltungsgemeinschaft: 'Administrative association (Verwaltungsgemeinschaft)',
  },
  bezirke: de.bezirke,
  populations: {
    'unter-1000': 'under 1,000',
    '1000-2999': '1,000 to 2,999',
    '3000-4999': '3,000 to 4,999',
    '5000-9999': '5,000 to 9,999',
    '10000-19999': '10,000 to 19,999',
    '20000-49999': '20,000 to 49,999',
    '50000-99999': '50,000 to 99,999',
    'ab-100000': '100,000 and more',
  },
  questionnaire: {
    fieldsNav: 'Fields of action',
    progress: (answered: number, total: number) => `${answered} of ${total} questions answered`,
    fieldState: (answered: number, total: number) => `${answered} of ${total}`,
    complete: 'complete',
    current: 'current page',
    editProfile: 'Change municipality details',
    toResults: 'To the result',
  },
  survey: de.survey,
  results: {
    title: (name: string) => `Result: ${name}`,
    overall: 'Overall score',
    outOf: 'out of 100 points',
    noScore: 'no score yet',
    band: 'Maturity',
    fieldsTitle: 'Result per field of action',
    field: 'Field of action',
    score: 'Points (current)',
    target: 'Target',
    gap: 'Gap',
    answered: 'answered',
    recommendationsTitle: 'Recommendations',
    recommendationsIntro: 'Ordered by urgency: first where the gap to the target and the weight are largest.',
    noRecommendations: 'There are no recommendations for the answers so far.',
    firstSteps: 'First steps',
    why: 'Why',
    because: 'Because',
    questionReason: (title: string, level: number) => `“${title}” answered with level ${level}`,
    fieldReason: (title: string, score: number) => `Field “${title}” stands at ${score} points`,
    backToQuestions: 'Back to the questions',
    counts: (scored: number, dontKnow: number, na: number, open: number) =>
      `${scored} rated, ${dontKnow} “don't know”, ${na} “not applicable”, ${open} open`,
  },
  errors: {
    questionnaireTitle: 'The questionnaire contains errors',
    questionnaireIntro:
      'The questionnaire could not be loaded. Please pass these messages on to whoever provided it:',
    notFound: 'This assessment does not exist (any more).',
    storageTitle: 'Saving is not possible in this browser',
    storage:
      'Your entries are kept while this window stays open but are not stored permanently. Save your assessment before closing.',
  },
};

export const strings: Record<Language, Strings> = { de, en };
