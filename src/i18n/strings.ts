import type { PlanStatus } from '../engine/assessment';
import type { SubjectWords } from '../engine/declarations';
import type { RecoveryProblem } from '../store/safe-storage';
import { formatDate } from './format';

/** German UI strings; the source of truth for every text the app shows. */
const german = {
  appName: 'Digitalkompass Kommune',
  appTagline: 'Selbstbewertung der digitalen Reife für bayerische Kommunen',
  skipToContent: 'Zum Inhalt springen',
  language: 'Sprache',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  mainNav: 'Hauptnavigation',
  navStart: 'Start',
  navList: 'Alle Bewertungen',
  navCompare: 'Runden vergleichen',
  navConsolidate: 'Zusammenführen',
  navRegion: 'Region',
  navData: 'Sichern und laden',
  navQuestionnaires: 'Fragebögen',
  loading: 'Wird geladen …',
  /** Name of the scroll box around a table or chart while it is wider than the screen. */
  scrollBox: {
    table: (name: string) => `Tabelle: ${name}`,
    chart: (name: string) => `Diagramm: ${name}`,
  },
  start: {
    title: 'Wo steht Ihre Kommune bei der Digitalisierung?',
    intro:
      'Der Digitalkompass hilft Gemeinden, Märkten, Städten, Verwaltungsgemeinschaften und Landkreisen in Bayern, ihren digitalen Stand selbst einzuschätzen. Sie beantworten Fragen zu elf Handlungsfeldern, sehen Ihr Ergebnis je Handlungsfeld, legen Ziele fest und erhalten konkrete Empfehlungen.',
    duration: 'Sie können jederzeit unterbrechen – jede Antwort wird sofort gespeichert.',
    chooseTitle: 'Neue Bewertung beginnen',
    shortCheck: 'Kurzcheck (etwa 10 Minuten)',
    shortCheckWhen:
      'Für einen ersten Überblick, auch gemeinsam in der Sitzung: 15 Fragen, mindestens eine je Handlungsfeld, später ohne doppelte Eingabe zur vollständigen Bewertung ausbaubar.',
    fullAssessment: 'Vollständige Bewertung (30–45 Minuten)',
    fullAssessmentWhen:
      'Wenn Sie ein belastbares Ergebnis für Ziele, Maßnahmenplan und Gemeinderatsvorlage brauchen: alle Fragen aller elf Handlungsfelder.',
    privacyTitle: 'Ihre Daten bleiben auf diesem Gerät',
    privacy:
      'Alle Angaben werden nur im Speicher dieses Browsers auf diesem Gerät abgelegt. Nichts wird an einen Server gesendet, es gibt kein Konto und keine Cookies.',
    privacyDelete:
      'Löschen: In „Alle Bewertungen“ lässt sich jede Bewertung einzeln löschen, unter „Sichern und laden“ alle auf einmal. Alternativ löschen Sie in den Browser-Einstellungen die Website-Daten dieser Seite.',
    basedOnTitle: 'Grundlage',
    continueAssessment: 'Bewertung fortsetzen',
    continueHint: (name: string, percent: number) => `${name} – ${percent} % beantwortet`,
  },
  profile: {
    /** The words come from the questionnaire's subject and profile (engine/declarations.ts). */
    title: (w: SubjectWords) => `Angaben ${w.aboutThe}`,
    intro: (w: SubjectWords, withKind: boolean) =>
      `Diese Angaben erscheinen auf dem Ergebnisblatt.${withKind ? ` Die Art ${w.ofThe} bestimmt, welche Fragen gestellt werden.` : ''}`,
    municipality: (w: SubjectWords) => `Name ${w.ofThe}`,
    role: (hint: string | undefined) => (hint ? `Ihre Funktion (${hint})` : 'Ihre Funktion'),
    date: 'Datum der Bewertung',
    choose: 'Bitte wählen',
    submit: 'Weiter zu den Fragen',
    save: 'Angaben speichern',
    errorsTitle: 'Bitte prüfen Sie Ihre Angaben:',
    defaultLabel: (isoDate: string) => `Bewertung vom ${formatDate(isoDate, 'de')}`,
    required: (label: string) => `„${label}“ fehlt.`,
    tooLong: (label: string, max: number) => `„${label}“ ist zu lang (höchstens ${max} Zeichen).`,
    invalid: (label: string) => `„${label}“ ist ungültig.`,
  },
  questionnaire: {
    fieldsNav: 'Handlungsfelder',
    progress: (answered: number, total: number) => `${answered} von ${total} Fragen beantwortet`,
    fieldState: (answered: number, total: number) => `${answered} von ${total}`,
    complete: 'vollständig',
    current: 'aktuelle Seite',
    editProfile: (w: SubjectWords) => `Angaben ${w.aboutThe} ändern`,
    toResults: 'Zum Ergebnis',
    previous: 'Zurück',
    next: 'Weiter',
    toConfirmTitle: (n: number) =>
      n === 1
        ? 'Bitte prüfen: Eine Antwort auf dieser Seite wurde übernommen'
        : `Bitte prüfen: ${n} Antworten auf dieser Seite wurden übernommen`,
    toConfirmIntro:
      'Diese Antworten stammen aus der letzten Runde oder aus einer früheren Version des Fragebogens, deren Frage sich geändert hat. Ändern Sie, was nicht mehr stimmt, und bestätigen Sie den Rest.',
    confirmAll: 'Übrige Antworten dieser Seite bestätigen',
    confirmed: 'Die übernommenen Antworten dieser Seite sind bestätigt.',
    showResults: 'Zwischenergebnis ansehen',
  },
  /**
   * The labels SurveyJS shows, in both languages at once. The answers "weiß nicht" and "nicht
   * zutreffend" are named here once, for the screen, the print, the Word report and the CSV.
   */
  survey: {
    level: { de: 'Stufe', en: 'Level' },
    dontKnow: { de: 'weiß nicht', en: 'don’t know' },
    notApplicable: { de: 'nicht zutreffend', en: 'not applicable' },
    note: { de: 'Notiz oder Nachweis (optional)', en: 'Note or evidence (optional)' },
  },
  results: {
    title: (name: string) => `Ergebnis: ${name}`,
    contentAsOf: (month: string) => `Inhaltlicher Stand: ${month}`,
    overall: 'Gesamtwert',
    outOf: 'von 100 Punkten',
    noScore: 'noch kein Wert',
    noScoreHint: 'Beantworten Sie mindestens eine Frage mit einer Stufe, damit ein Wert entsteht.',
    band: 'Reifegrad',
    fieldsTitle: 'Ergebnis je Handlungsfeld',
    fieldsIntro:
      'Ist = erreichte Punkte, Soll = Ziel in Punkten (Zielstufe × 25). Die Zielstufe können Sie hier ändern; Abstände und Empfehlungen passen sich sofort an.',
    chartTitle: 'Ist und Soll im Überblick',
    chartDescription: (parts: string) =>
      `Netzdiagramm mit Ist- und Soll-Werten je Handlungsfeld: ${parts}. Die Werte stehen auch in der Tabelle.`,
    chartPart: (field: string, current: string, target: number) => `${field} ${current} von Soll ${target}`,
    current: 'Ist',
    field: 'Handlungsfeld',
    score: 'Ist (Punkte)',
    target: 'Soll (Punkte)',
    targetLevel: 'Zielstufe',
    targetLevelFor: (field: string) => `Zielstufe für ${field}`,
    gap: 'Abstand',
    reached: 'Ziel erreicht',
    answered: 'beantwortet',
    unclearTitle: 'Klärungsbedarf',
    unclearIntro:
      'Diese Fragen wurden mit „weiß nicht“ beantwortet. Sie zählen nicht mit. Klären Sie sie bis zur nächsten Runde.',
    unclearNone: 'Keine Frage wurde mit „weiß nicht“ beantwortet.',
    recommendationsTitle: 'Empfehlungen',
    recommendationsIntro:
      'Geordnet nach Dringlichkeit: zuerst, wo der Abstand zum Ziel und das Gewicht am größten sind.',
    noRecommendations: 'Für die bisherigen Antworten gibt es keine Empfehlungen.',
    noMatchingRecommendations: 'Keine Empfehlung passt zu diesem Filter.',
    filterField: 'Handlungsfeld',
    filterHorizon: 'Zeitraum',
    filterAll: 'alle',
    shown: (n: number, total: number) => `${n} von ${total} Empfehlungen angezeigt`,
    firstSteps: 'Erste Schritte',
    why: 'Warum',
    because: 'Anlass',
    effort: 'Aufwand',
    horizon: 'Zeitraum',
    actors: 'Wer handelt',
    references: 'Mehr dazu',
    /** The month a source's address and status were last checked, e.g. "November 2026". */
    sourceChecked: (month: string) => `zuletzt geprüft: ${month}`,
    addToPlan: 'In den Maßnahmenplan',
    inPlan: 'Im Maßnahmenplan',
    questionReason: (title: string, level: number) => `„${title}“ mit Stufe ${level} beantwortet`,
    fieldReason: (title: string, score: number) => `Handlungsfeld „${title}“ steht bei ${score} Punkten`,
    backToQuestions: 'Zurück zu den Fragen',
    explainLink: 'Wie wird gerechnet?',
    printLink: 'Ergebnisblatt drucken',
    counts: (scored: number, dontKnow: number, na: number, open: number) =>
      `${scored} bewertet, ${dontKnow} „weiß nicht“, ${na} „nicht zutreffend“, ${open} offen`,
  },
  shortCheck: {
    name: 'Kurzcheck',
    /** What kind of round it is, for the CSV, the list and the exports. */
    scopes: {
      short: 'Kurzcheck',
      continued: 'Vollständige Bewertung (begonnen als Kurzcheck)',
      full: 'Vollständige Bewertung',
    },
    profileNote: (n: number) =>
      `Kurzcheck: ${n} Fragen aus allen Handlungsfeldern. Jede Antwort zählt später unverändert in der vollständigen Bewertung.`,
    none: 'Für diesen Fragebogen gibt es keinen Kurzcheck.',
    startFull: 'Vollständige Bewertung beginnen',
    resultsTitle: (name: string) => `Ergebnis des Kurzchecks: ${name}`,
    resultsIntro: (asked: number, total: number) =>
      `Dies ist ein Kurzcheck: ${asked} der ${total} Fragen des Fragebogens. Jeder Wert beruht auf einer oder zwei Fragen seines Handlungsfelds und ist ein erster Anhaltspunkt; die vollständige Bewertung macht ihn belastbar.`,
    coverageTitle: 'Wie sicher ist jeder Wert?',
    coverageCaption: 'Handlungsfelder des Kurzchecks und wie viele ihrer Fragen beantwortet sind',
    asked: 'Beantwortet im Kurzcheck',
    certainty: 'Sicherheit',
    answeredOf: (answered: number, asked: number, ofField: number) =>
      `${answered} von ${asked} (das Handlungsfeld hat ${ofField} Fragen)`,
    certainties: {
      none: 'noch kein Wert',
      'first-hint': 'erster Anhaltspunkt',
      rough: 'grobe Einschätzung',
    },
    firstRecommendations: 'Erste Empfehlungen',
    noRecommendations: 'Für die Antworten des Kurzchecks gibt es noch keine Empfehlung.',
    continue: 'Vollständige Bewertung fortsetzen',
    continueHint: (answered: number, open: number) =>
      `Ihre ${answered} Antworten bleiben erhalten; es geht mit der ersten offenen Frage weiter (${open} Fragen offen).`,
    projector: 'Beamer-Ansicht',
    began: 'begonnen als Kurzcheck',
    continuedOn: (date: string) => `begonnen als Kurzcheck, vollständig fortgesetzt am ${date}`,
    sheetNote: (asked: number, total: number) =>
      `Kurzcheck: ${asked} der ${total} Fragen – jeder Wert ist ein erster Anhaltspunkt.`,
  },
  projector: {
    name: 'Beamer-Ansicht',
    open: 'In der Beamer-Ansicht beantworten',
    present: 'In der Beamer-Ansicht zeigen',
    hint: 'Pfeiltasten → und ← blättern weiter und zurück (auf einer Antwort wählen sie die Stufe), Esc verlässt die Ansicht.',
    fieldOf: (n: number, total: number, title: string) => `Handlungsfeld ${n} von ${total}: ${title}`,
    slideOf: (n: number, total: number) => `Folie ${n} von ${total}`,
    showResult: 'Ergebnis zeigen',
    backToQuestions: 'Zurück zu den Fragen',
    leave: 'Beamer-Ansicht verlassen (Esc)',
    current: 'Ist',
    target: 'Soll',
    points: (n: number) => `${n} Punkte`,
    answered: (answered: number, total: number) => `${answered} von ${total} Fragen beantwortet`,
  },
  plan: {
    title: 'Maßnahmenplan',
    intro:
      'Übernehmen Sie Empfehlungen oder schreiben Sie eigene Maßnahmen auf – mit Verantwortlichen, Termin und Stand. Der Plan wird mit der Bewertung gespeichert.',
    empty: 'Noch keine Maßnahme im Plan.',
    measure: 'Maßnahme',
    owner: 'Verantwortlich',
    due: 'Fällig bis',
    status: 'Stand',
    note: 'Notiz',
    remove: 'Entfernen',
    removeLabel: (title: string) => `Maßnahme „${title}“ entfernen`,
    addOwn: 'Eigene Maßnahme hinzufügen',
    ownTitle: 'Titel der eigenen Maßnahme',
    add: 'Hinzufügen',
    fromRecommendation: 'aus Empfehlung',
    statuses: { offen: 'offen', 'in-arbeit': 'in Arbeit', erledigt: 'erledigt' } satisfies Record<
      PlanStatus,
      string
    >,
    added: (title: string) => `„${title}“ steht jetzt im Maßnahmenplan.`,
  },
  list: {
    title: 'Alle Bewertungen',
    intro: 'Alle Bewertungen, die in diesem Browser gespeichert sind. Jede Runde ist eine eigene Bewertung.',
    empty: 'Noch keine Bewertung gespeichert.',
    municipality: 'Kommune',
    round: 'Runde',
    date: 'Datum',
    progress: 'Fortschritt',
    actions: 'Aktionen',
    noProfile: '(Angaben fehlen noch)',
    open: 'Fragebogen',
    results: 'Ergebnis',
    rename: 'Umbenennen',
    renameLabel: 'Neuer Name der Runde',
    nextRound: 'Neue Runde',
    nextRoundLabel: 'Name der neuen Runde',
    nextRoundHint: 'Die Antworten der bisherigen Runde werden übernommen und als „zu bestätigen“ markiert.',
    nextRoundDefault: (year: number) => `Runde ${year}`,
    create: 'Anlegen',
    save: 'Speichern',
    cancel: 'Abbrechen',
    delete: 'Löschen',
    deleteTitle: 'Bewertung löschen?',
    deleteText: (name: string) =>
      `Die Bewertung „${name}“ wird mit allen Antworten, Notizen und dem Maßnahmenplan endgültig aus diesem Browser gelöscht.`,
    deleteConfirm: 'Endgültig löschen',
    deleted: (name: string) => `„${name}“ wurde gelöscht.`,
    percent: (p: number) => `${p} %`,
    toConfirm: (n: number) => (n === 1 ? '1 Antwort zu bestätigen' : `${n} Antworten zu bestätigen`),
    newAssessment: 'Neue Bewertung beginnen',
  },
  questionnaires: {
    title: 'Fragebögen',
    intro:
      'Der bayerische Fragebogen ist eingebaut. Eine Region, ein Verband oder ein Landkreis kann einen eigenen Fragebogen mit Empfehlungen als Datei bereitstellen. Er wird geprüft und bleibt nur in diesem Browser.',
    builtIn: 'Eingebaut',
    loaded: 'Aus Datei geladen',
    none: 'Noch kein Fragebogen aus einer Datei geladen.',
    counts: (fields: number, questions: number, recs: number) =>
      `${fields} Handlungsfelder, ${questions} Fragen, ${recs} Empfehlungen`,
    version: (v: string) => `Version ${v}`,
    uploadLabel: 'Fragebogen-Datei(en) wählen',
    uploadHint:
      'Eine Paketdatei oder die drei Dateien questionnaire.json, recommendations.json und sources.json. Wie man sie schreibt, steht in der Autorenanleitung (questionnaires/README.md).',
    errorsTitle: 'Der Fragebogen kann nicht geladen werden:',
    builtInId: (id: string) =>
      `Die Kennung „${id}“ gehört zu einem eingebauten Fragebogen. Bitte wählen Sie eine andere Kennung.`,
    added: (title: string) => `„${title}“ wurde geladen und steht für neue Bewertungen bereit.`,
    replaced: (title: string) => `„${title}“ wurde durch die neue Fassung ersetzt.`,
    remove: 'Entfernen',
    removeLabel: (title: string) => `Fragebogen „${title}“ entfernen`,
    removeTitle: 'Fragebogen entfernen?',
    removeText: (n: number) =>
      n === 0
        ? 'Keine Bewertung nutzt diesen Fragebogen.'
        : `${n} Bewertungen nutzen diesen Fragebogen. Sie bleiben gespeichert, lassen sich aber erst wieder öffnen, wenn der Fragebogen erneut geladen ist.`,
    removeConfirm: 'Entfernen',
    removed: (title: string) => `„${title}“ wurde entfernt.`,
    start: 'Neue Bewertung mit diesem Fragebogen',
    choose: 'Fragebogen',
  },
  data: {
    title: 'Sichern und laden',
    intro:
      'Ihre Bewertungen liegen nur in diesem Browser. Sichern Sie sie als Datei, um sie auf einen anderen Rechner zu bringen, weiterzugeben oder aufzubewahren.',
    whereTitle: 'Wo Ihre Daten liegen',
    where:
      'Im lokalen Speicher dieses Browsers (localStorage, dazu eine zweite Kopie in IndexedDB, die einen Absturz übersteht) auf diesem Gerät, unter dieser Adresse. Andere Browser, andere Geräte und andere Personen sehen sie nicht. Löschen Sie die Browserdaten, sind die Bewertungen weg – sichern Sie sie vorher als Datei.',
    exportTitle: 'Sichern',
    exportAll: (n: number) =>
      n === 1 ? 'Die Bewertung als Datei sichern' : `Alle ${n} Bewertungen als Datei sichern`,
    exportNone: 'Es gibt noch keine Bewertung zum Sichern.',
    importTitle: 'Laden',
    importLabel: 'Exportdatei(en) des Digitalkompass wählen',
    importHint:
      'Dateien mit der Endung .json, die mit „Sichern“ erstellt wurden. Nichts wird geändert, bevor Sie bestätigen.',
    fileErrors: (name: string) => `Die Datei „${name}“ kann nicht geladen werden:`,
    unknownQuestionnaire: (id: string) =>
      `Der Fragebogen „${id}“ ist in dieser App nicht vorhanden. Laden Sie zuerst den passenden Fragebogen.`,
    previewTitle: 'Diese Bewertungen werden übernommen',
    previewIntro: 'Bitte prüfen Sie die Liste. Erst mit „Übernehmen“ wird etwas gespeichert.',
    exists: 'Gibt es schon',
    isNew: 'neu',
    keepBoth: 'Beide behalten',
    replace: 'Vorhandene ersetzen',
    conflictLabel: (name: string) => `Was soll mit der vorhandenen Bewertung „${name}“ geschehen?`,
    answers: 'Antworten',
    confirm: (n: number) => (n === 1 ? '1 Bewertung übernehmen' : `${n} Bewertungen übernehmen`),
    cancel: 'Verwerfen',
    imported: (n: number) =>
      n === 1 ? '1 Bewertung wurde übernommen.' : `${n} Bewertungen wurden übernommen.`,
    deleteTitle: 'Alles löschen',
    deleteIntro:
      'Entfernt alle Bewertungen aus diesem Browser. Sichern Sie vorher, was Sie behalten möchten.',
    deleteAll: 'Alle Bewertungen löschen',
    deleteConfirmTitle: 'Wirklich alle Bewertungen löschen?',
    deleteConfirmText: (n: number) =>
      n === 1
        ? 'Die Bewertung wird endgültig aus diesem Browser gelöscht.'
        : `${n} Bewertungen werden endgültig aus diesem Browser gelöscht.`,
    deleteConfirm: 'Endgültig löschen',
    deleted: 'Alle Bewertungen wurden gelöscht.',
    csv: 'Als Tabelle (CSV) herunterladen',
    exportOne: 'Als Datei sichern',
  },
  legal: {
    nav: 'Rechtliches',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    accessibility: 'Barrierefreiheit',
    operator: 'Betreiberangaben eintragen',
  },
  offline: {
    ready: 'Offline bereit',
    updateAvailable: 'Eine neue Version des Digitalkompass ist verfügbar. Ihre Antworten sind gespeichert.',
    updateNow: 'Jetzt aktualisieren',
  },
  files: {
    chooseFolder: 'Ganzen Ordner wählen',
    dropHint: 'Sie können Dateien auch hierher ziehen.',
    reading: 'Dateien werden gelesen …',
    readingProgress: (n: number, m: number) => `Dateien werden gelesen … (${n} von ${m})`,
    tooLarge: (names: string) => `Zu groß und deshalb nicht gelesen (mehr als 25 MB): ${names}`,
    unreadable: (names: string) =>
      `Nicht lesbar (vielleicht inzwischen verschoben oder gelöscht); bitte erneut wählen: ${names}`,
  },
  errors: {
    questionnaireTitle: 'Der Fragebogen enthält Fehler',
    questionnaireIntro:
      'Der Fragebogen konnte nicht geladen werden. Bitte geben Sie diese Meldungen an die Person weiter, die ihn bereitgestellt hat:',
    notFound: 'Diese Bewertung gibt es nicht (mehr).',
    crashTitle: 'Diese Ansicht konnte nicht angezeigt werden',
    crashIntro:
      'Ein Fehler in der App hat diese Ansicht abgebrochen. Ihre gespeicherten Bewertungen sind davon nicht betroffen. Sie können zum Start zurückkehren oder Ihre Daten vorsichtshalber als Datei sichern.',
    downloadCopy: 'Kopie der beschädigten Daten herunterladen',
    /** What happened to stored data that could not be taken over, and where its copy is. */
    recovery: (p: RecoveryProblem, keptAs: string) => {
      const kept = ` Eine Kopie liegt im Browser-Speicher unter „${keptAs}“.`;
      switch (p.code) {
        case 'newerVersion':
          return `Die gespeicherten Daten stammen aus einer neueren Version des Digitalkompass (Speicherformat ${p.version}).${kept}`;
        case 'unreadable':
          return `Die gespeicherten Daten sind nicht lesbar.${kept}`;
        case 'noMigrationPath':
          return `Kein Weg von Speicherformat ${p.from} zu ${p.from + 1}.${kept}`;
        case 'droppedEntries':
          return p.count === 1
            ? `1 gespeicherter Eintrag war beschädigt und wurde nicht geladen.${kept}`
            : `${p.count} gespeicherte Einträge waren beschädigt und wurden nicht geladen.${kept}`;
        case 'reshaped':
          return `Die gespeicherten Daten hatten eine unerwartete Form; die lesbaren Bewertungen wurden übernommen.${kept}`;
        case 'damaged':
          return `Die gespeicherten Daten waren beschädigt und nicht lesbar.${kept}`;
        case 'truncated':
          return `Die gespeicherten Daten waren unvollständig (wohl beim Speichern unterbrochen); die lesbaren Bewertungen wurden übernommen.${kept}`;
        case 'unexpectedShape':
          return `Die gespeicherten Daten hatten eine unerwartete Form und wurden nicht geladen.${kept}`;
      }
    },
    questionnaireMissing: 'Fragebogen nicht gefunden',
    backToStart: 'Zurück zum Start',
    downloadData: 'Gespeicherte Daten herunterladen',
    otherTab:
      'In einem anderen Fenster oder Tab wurde eine Bewertung geändert. Diese Ansicht zeigt jetzt den neuesten Stand.',
    dismiss: 'Hinweis schließen',
    storageTitle: 'Speichern ist in diesem Browser nicht möglich',
    storage:
      'Ihre Eingaben bleiben erhalten, solange dieses Fenster geöffnet ist, werden aber nicht dauerhaft gespeichert. Sichern Sie Ihre Bewertung vor dem Schließen.',
    storageFull: 'Der Speicher dieses Browsers ist voll.',
    storageBlocked:
      'Dieser Browser erlaubt der Seite nicht, Daten zu speichern (zum Beispiel im privaten Modus oder durch eine Einstellung).',
    saveNow: 'Jetzt als Datei sichern',
    saveFailed:
      'Die Sicherung konnte nicht vorbereitet werden, weil ein Teil der App nicht geladen werden konnte. Bitte prüfen Sie die Internetverbindung und versuchen Sie es erneut; lassen Sie dieses Fenster bis dahin geöffnet.',
  },
};

export type Strings = typeof german;

export const de: Strings = german;
