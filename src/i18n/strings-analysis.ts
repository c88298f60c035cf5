import type { Language } from '../engine/language';
import { subjectWords, type SubjectWords } from '../engine/declarations';
import { FORMER_SUBJECT } from '../engine/former-declarations';
import type { Subject } from '../engine/questionnaire-schema';
import { formatDate } from './format';
import { de as ui } from './strings';

const deDate = (iso: string) => formatDate(iso, 'de');
const enDate = (iso: string) => formatDate(iso, 'en');
// A change with its sign spelled out, so it never depends on colour: +12, −5 (minus sign), ±0.
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');

/**
 * German strings of the compare, consolidate and region screens (source of truth; English has the
 * same shape), in the words of what the questionnaire assesses.
 */
const deFor = (w: AnalysisWords) => ({
  formatDate: deDate,
  signed,
  none: '–',
  dontKnow: ui.survey.dontKnow.de,
  notApplicable: ui.survey.notApplicable.de,
  level: (level: number, name: string) => `Stufe ${level} – ${name}`,
  points: 'Punkte',
  field: 'Handlungsfeld',
  overall: 'Gesamtwert',
  outOf: 'von 100 Punkten',
  noScore: 'kein Wert',
  fileErrors: (file: string) => `Datei „${file}“ konnte nicht gelesen werden:`,
  fromFile: 'aus Datei',
  compare: {
    sharedOnly: (n: number, of: number) =>
      `Eine der Runden ist ein Kurzcheck: verglichen werden nur die ${n} Fragen, die beide Runden gestellt haben (von ${of}). Punkte und geänderte Antworten beruhen auf diesen Fragen.`,
    title: 'Runden vergleichen',
    intro: `Sehen Sie, wie sich ${w.your} zwischen zwei Bewertungsrunden entwickelt hat: Punkte je Handlungsfeld, geänderte Antworten und erledigte Maßnahmen.`,
    choose: 'Runden auswählen',
    before: 'Frühere Runde (vorher)',
    after: 'Spätere Runde (nachher)',
    sameMunicipality: capital(w.same),
    otherMunicipalities: `Andere ${w.many}`,
    option: (municipality: string, round: string, date: string) => `${municipality} – ${round} (${date})`,
    noProfile: `(ohne Angaben ${w.aboutThe})`,
    swap: 'Runden tauschen',
    differentMunicipalities: `Achtung: Die beiden Runden gehören zu verschiedenen ${w.manyDative}. Der Vergleich zeigt dann keine Entwicklung.`,
    afterIsOlder: 'Hinweis: Die als „nachher“ gewählte Runde ist älter als die „vorher“ gewählte.',
    fileTitle: 'Runde aus einer Exportdatei laden',
    fileLabel: 'Exportdatei wählen',
    fileHint:
      'Die Runden aus der Datei erscheinen in den Auswahllisten oben. Sie werden nur verglichen, nicht in diesem Browser gespeichert.',
    fileLoaded: (n: number, file: string) =>
      n === 1 ? `Eine Runde aus „${file}“ geladen.` : `${n} Runden aus „${file}“ geladen.`,
    empty: `Für einen Vergleich brauchen Sie zwei Runden ${w.ofTheSame}. Legen Sie in „Alle Bewertungen“ eine neue Runde an.`,
    emptyFile: 'Sie können auch eine frühere Runde aus einer Exportdatei laden.',
    toList: 'Zu „Alle Bewertungen“',
    overallTitle: 'Gesamtwert',
    before_: 'Vorher',
    after_: 'Nachher',
    change: 'Veränderung',
    changeIn: (what: string) => `Veränderung: ${what} Punkte`,
    fieldsTitle: 'Veränderung je Handlungsfeld',
    fieldsIntro:
      'Punkte von 0 bis 100. Die Veränderung steht mit Vorzeichen da: „+“ heißt besser, „−“ heißt schlechter.',
    chartTitle: 'Vorher und nachher je Handlungsfeld',
    chartDescription: (parts: string) =>
      `Balkendiagramm mit den Punkten vorher und nachher je Handlungsfeld: ${parts}. Die Werte stehen auch in der Tabelle.`,
    chartPart: (field: string, before: string, after: string) =>
      `${field} vorher ${before}, nachher ${after}`,
    answersTitle: 'Geänderte Antworten',
    changedMeaning: 'bitte prüfen: Frage in der neuen Version geändert',
    answersNone: 'Keine Antwort hat sich geändert.',
    answersCount: (n: number) =>
      n === 1 ? 'Eine Antwort hat sich geändert.' : `${n} Antworten haben sich geändert.`,
    question: 'Frage',
    planTitle: 'Erledigte Maßnahmen',
    planNone: 'Seit der früheren Runde wurde keine Maßnahme als erledigt markiert.',
    /** `status`: the earlier status as the action plan names it (`plan.statuses`); null for a new measure. */
    planPrevious: (status: string | null) =>
      status === null ? 'neu aufgenommen und erledigt' : `vorher: ${status}`,
    error: 'Die beiden Runden lassen sich nicht vergleichen:',
    same: 'Bitte wählen Sie zwei verschiedene Runden.',
  },
  consolidate: {
    sharedOnly: (short: number, n: number) =>
      `${short === 1 ? 'Eine Person hat' : `${short} Personen haben`} einen Kurzcheck beantwortet: zusammengeführt werden nur die ${n} Fragen, die alle gestellt bekommen haben. Die gemeinsame Runde ist ein Kurzcheck und lässt sich vollständig fortsetzen.`,
    title: 'Antworten mehrerer Personen zusammenführen',
    intro:
      'Mehrere Personen (z. B. Bürgermeister/in, Kämmerei, IT) beantworten dieselbe Runde getrennt und exportieren ihre Datei. Hier sehen Sie die Antworten nebeneinander, die Fragen mit deutlich unterschiedlichen Einschätzungen und einen gemeinsamen Vorschlag (Median je Frage).',
    sourcesTitle: 'Antworten einlesen',
    fileLabel: 'Exportdateien der Beteiligten wählen',
    fileHint:
      'Sie können mehrere Dateien auf einmal wählen. Eine Datei darf eine oder mehrere Bewertungen enthalten.',
    filesRead: (n: number, records: number) =>
      `${n === 1 ? 'Eine Datei' : `${n} Dateien`} gelesen, ${records === 1 ? 'eine Bewertung' : `${records} Bewertungen`} übernommen.`,
    storedLegend: 'Gespeicherte Bewertungen aus diesem Browser hinzunehmen',
    storedNone: 'In diesem Browser sind keine Bewertungen gespeichert.',
    storedOption: (municipality: string, round: string, role: string) =>
      role ? `${municipality} – ${round} (${role})` : `${municipality} – ${round}`,
    respondentsTitle: 'Beteiligte',
    respondent: 'Person',
    municipality: w.heading,
    source: 'Herkunft',
    stored: 'gespeichert in diesem Browser',
    remove: 'Entfernen',
    removeLabel: (name: string) => `${name} entfernen`,
    empty:
      'Zum Zusammenführen brauchen Sie die Antworten von mindestens zwei Personen. Lesen Sie ihre Exportdateien ein oder wählen Sie gespeicherte Bewertungen.',
    differentMunicipalities: (names: string) =>
      `Achtung: Die Antworten stammen von verschiedenen ${w.manyDative} (${names}). Führen Sie nur Antworten zur selben Runde ${w.ofTheSame} zusammen.`,
    error: 'Die Antworten lassen sich nicht zusammenführen:',
    resultTitle: 'Gemeinsames Ergebnis',
    resultIntro:
      'Berechnet aus dem Vorschlag je Frage (Median der Stufen) und Ihren Festlegungen beim Gesprächsbedarf. Es ändert sich sofort, wenn Sie eine Antwort festlegen.',
    discussTitle: 'Gesprächsbedarf',
    discussIntro: (n: number) =>
      n === 1
        ? 'Bei einer Frage liegen die Einschätzungen zwei oder mehr Stufen auseinander. Besprechen Sie sie und legen Sie die gemeinsame Antwort fest.'
        : `Bei ${n} Fragen liegen die Einschätzungen zwei oder mehr Stufen auseinander. Besprechen Sie sie und legen Sie die gemeinsame Antwort fest.`,
    discussNone:
      'Kein Gesprächsbedarf: Bei allen Fragen liegen die Einschätzungen höchstens eine Stufe auseinander.',
    spread: (n: number) => (n === 1 ? 'Abweichung 1 Stufe' : `Abweichung ${n} Stufen`),
    suggested: 'Vorschlag (Median)',
    settled: 'Festgelegte Antwort',
    answers: 'Antworten',
    notes: 'Notizen',
    allTitle: 'Alle Antworten je Handlungsfeld',
    allIntro:
      'Je Frage die Antwort jeder Person, der gemeinsame Wert und wie weit die Einschätzungen auseinanderliegen.',
    joint: 'Gemeinsame Antwort',
    spreadColumn: 'Abweichung',
    spreadCell: (n: number) => (n === 1 ? '1 Stufe' : `${n} Stufen`),
    discussMark: 'Gesprächsbedarf',
    fieldSummary: (title: string, questions: number, discuss: number) =>
      discuss === 0
        ? `${title} – ${questions} Fragen`
        : `${title} – ${questions} Fragen, ${discuss} mit Gesprächsbedarf`,
    saveTitle: `Als Bewertung ${w.ofThe} speichern`,
    saveIntro: `Die gemeinsamen Antworten werden als neue, abgeschlossene Bewertung gespeichert. Angaben ${w.aboutThe} und Ziele stammen aus der ersten Datei; die Notizen aller Beteiligten werden übernommen.`,
    roundName: 'Name der Runde',
    roundDefault: (date: string) => `Gemeinsame Bewertung ${date}`,
    jointRole: (names: string) => `Gemeinsam: ${names}`,
    save: 'Speichern und Ergebnis ansehen',
  },
  region: {
    scopes: (short: number, full: number) =>
      `Darunter ${short} ${short === 1 ? 'Kurzcheck' : 'Kurzchecks'} und ${full} ${full === 1 ? 'vollständige Bewertung' : 'vollständige Bewertungen'}.`,
    sharedOnly: (n: number, of: number) =>
      `Alle Werte beruhen nur auf den ${n} Fragen, die alle Kurzchecks gestellt haben (von ${of}), auch bei den vollständigen Bewertungen.`,
    title: 'Regionale Übersicht',
    intro: `Für einen Verbund oder eine Region: Lesen Sie die Exportdateien vieler ${w.manyGenitive} ein und sehen Sie, wo die Region steht. Die Übersicht ist anonym; einzelne ${w.many} sind nur in der Rangliste zu sehen, wenn Sie sie ausdrücklich einschalten.`,
    sourcesTitle: 'Bewertungen einlesen',
    fileLabel: `Exportdateien der ${w.many} wählen`,
    fileHint: `Wählen Sie viele Dateien auf einmal oder einen ganzen Ordner. Je ${w.one} eine Bewertung.`,
    includeStored: 'Auch die in diesem Browser gespeicherten Bewertungen einbeziehen',
    progress: (n: number, m: number) => `Datei ${n} von ${m} wird gelesen …`,
    clear: 'Eingelesene Dateien verwerfen',
    summaryTitle: 'Eingelesen',
    filesRead: (n: number) => (n === 1 ? 'Eine Datei gelesen' : `${n} Dateien gelesen`),
    filesFailed: (n: number) =>
      n === 1 ? 'eine davon ließ sich nicht lesen' : `${n} davon ließen sich nicht lesen`,
    included: (n: number) => (n === 1 ? 'Eine Bewertung einbezogen' : `${n} Bewertungen einbezogen`),
    skipped: (n: number) => (n === 1 ? 'eine übersprungen' : `${n} übersprungen`),
    skippedNoProfile: (n: number) => `${n} ohne Angaben ${w.aboutThe}`,
    skippedOther: (n: number) => `${n} zu einem anderen Fragebogen`,
    skippedInvalid: (n: number) => `${n} mit ungültigen Antworten`,
    duplicates: (n: number) =>
      n === 1
        ? 'Eine Bewertung kam doppelt vor und zählt nur einmal.'
        : `${n} Bewertungen kamen doppelt vor und zählen nur einmal.`,
    filteredOut: (n: number) =>
      n === 1
        ? 'Eine weitere ist durch die Filter ausgeblendet.'
        : `${n} weitere sind durch die Filter ausgeblendet.`,
    errorsTitle: (n: number) => (n === 1 ? 'Fehler in einer Datei' : `Fehler in ${n} Dateien`),
    moreErrors: (n: number) => `… und ${n} weitere Dateien mit Fehlern`,
    empty: `Noch keine Bewertungen eingelesen. Wählen Sie die Exportdateien der ${w.many} oder einen ganzen Ordner.`,
    noneIncluded: 'Keine Bewertung passt zu den gewählten Filtern.',
    filtersTitle: 'Filter',
    filtersHint: 'Ohne Haken in einer Gruppe zählen alle.',
    fieldsTitle: 'Punkte je Handlungsfeld in der Region',
    fieldsIntro: `Punkte von 0 bis 100. Median: die Hälfte der ${w.many} liegt darüber, die Hälfte darunter. Die mittlere Hälfte der ${w.many} liegt zwischen Q1 und Q3. „Unter Soll“: so viele ${w.many} liegen unter ihrem eigenen Ziel.`,
    chartTitle: 'Verteilung der Punkte je Handlungsfeld',
    chartRange: 'Spannweite (Minimum bis Maximum)',
    chartMiddle: 'Mittlere Hälfte (Q1 bis Q3)',
    chartMedian: 'Median',
    chartDescription: (parts: string) =>
      `Diagramm der Punkteverteilung je Handlungsfeld: ${parts}. Die Werte stehen auch in der Tabelle.`,
    chartPart: (field: string, median: string, q1: string, q3: string) =>
      `${field} Median ${median}, mittlere Hälfte ${q1} bis ${q3}`,
    n: w.headingMany,
    median: 'Median',
    q1: 'Q1',
    q3: 'Q3',
    min: 'Min.',
    max: 'Max.',
    belowTarget: 'Unter Soll',
    recsTitle: 'Häufigste Empfehlungen in der Region',
    recsIntro: `Diese Empfehlungen gelten für besonders viele ${w.many} – der Ausgangspunkt für gemeinsame Projekte und geteilte Dienste.`,
    recsNone: `Für die einbezogenen ${w.many} gibt es keine Empfehlungen.`,
    withheldCell: (min: number) => `keine Zahlen: weniger als ${min} ${w.many} mit Wert (Anonymität)`,
    withheldNote: (min: number) =>
      `Anonym heißt anonym: Für eine Gruppe von weniger als ${min} ${w.many} zeigt die Übersicht keine Zahlen – auch nicht, wenn die Gruppe erst durch die Filter so klein wird. Sonst ließe sich ablesen, wie einzelne ${w.many} stehen. Die CSV-Datei folgt derselben Regel.`,
    recsWithheld: (min: number) =>
      `Keine Zahlen: Es sind weniger als ${min} ${w.many} einbezogen. So bleibt ${w.each} anonym.`,
    rankingPrintAll: (n: number) => `Beim Drucken stehen alle ${n} Zeilen der Rangliste auf dem Papier.`,
    recommendation: 'Empfehlung',
    recCount: (n: number, of: number) => `${n} von ${of}`,
    rankingTitle: 'Rangliste',
    showRanking: 'Rangliste mit Namen anzeigen',
    rankingHint: `Die Rangliste nennt einzelne ${w.many}. Schalten Sie sie nur ein, wenn alle Beteiligten damit einverstanden sind.`,
    rank: 'Rang',
    municipality: w.heading,
    showMore: (n: number) => `Weitere ${n} anzeigen`,
    shownOf: (shown: number, all: number) => `${shown} von ${all} angezeigt`,
    exportTitle: 'Weitergeben',
    csv: 'Als CSV-Datei speichern (für Excel)',
    csvFile: (date: string) => `regionale-uebersicht-${date}.csv`,
    print: 'Drucken',
    printHint: 'Tipp: Im Druckdialog „Als PDF speichern“ wählen.',
    printedOn: (date: string) => `Stand: ${date}`,
  },
  carryOver: {
    /** One line for several assessments of older questionnaire versions, worded like the notice for one. */
    summary: (records: number, from: readonly string[], to: string, toReview: number) =>
      `Die Antworten von ${records} Bewertungen wurden aus Version ${from.join(', ')} des Fragebogens in Version ${to} übernommen. ${
        toReview === 0
          ? 'Keine Antwort muss geprüft werden.'
          : toReview === 1
            ? '1 Antwort ist mit „bitte prüfen“ markiert, weil sich ihre Frage geändert hat.'
            : `${toReview} Antworten sind mit „bitte prüfen“ markiert, weil sich ihre Frage geändert hat.`
      }`,
    each: 'Einzeln anzeigen',
    notSaved:
      'Das gilt für diese Ansicht: Gespeicherte Bewertungen bleiben unverändert, bis sie geöffnet werden.',
    refusedTitle: (n: number) =>
      n === 1 ? 'Eine Bewertung wird nicht berücksichtigt' : `${n} Bewertungen werden nicht berücksichtigt`,
    name: (municipality: string, label: string) => `${municipality} – ${label}`,
  },
});

/** The strings of the analysis screens (compare, consolidate, region). */
export type AnalysisStrings = ReturnType<typeof deFor>;

const enFor = (w: AnalysisWords): AnalysisStrings => ({
  formatDate: enDate,
  signed,
  none: '–',
  dontKnow: ui.survey.dontKnow.en,
  notApplicable: ui.survey.notApplicable.en,
  level: (level: number, name: string) => `Level ${level} – ${name}`,
  points: 'points',
  field: 'Field',
  overall: 'Overall score',
  outOf: 'out of 100 points',
  noScore: 'no score',
  fileErrors: (file: string) => `File “${file}” could not be read:`,
  fromFile: 'from file',
  compare: {
    sharedOnly: (n: number, of: number) =>
      `One of the rounds is a short check: only the ${n} questions both rounds asked are compared (of ${of}). Points and changed answers rest on these questions.`,
    title: 'Compare rounds',
    intro: `See how ${w.your} developed between two assessment rounds: points per field, changed answers and completed measures.`,
    choose: 'Choose rounds',
    before: 'Earlier round (before)',
    after: 'Later round (after)',
    sameMunicipality: capital(w.same),
    otherMunicipalities: `Other ${w.many}`,
    option: (municipality: string, round: string, date: string) => `${municipality} – ${round} (${date})`,
    noProfile: `(no ${w.one} details)`,
    swap: 'Swap rounds',
    differentMunicipalities: `Note: the two rounds belong to different ${w.many}, so the comparison shows no development.`,
    afterIsOlder: 'Note: the round chosen as “after” is older than the one chosen as “before”.',
    fileTitle: 'Load a round from an export file',
    fileLabel: 'Choose export file',
    fileHint:
      'The rounds from the file appear in the lists above. They are only compared, not stored in this browser.',
    fileLoaded: (n: number, file: string) =>
      n === 1 ? `One round loaded from “${file}”.` : `${n} rounds loaded from “${file}”.`,
    empty: `To compare, you need two rounds ${w.ofTheSame}. Start a new round in “All assessments”.`,
    emptyFile: 'You can also load an earlier round from an export file.',
    toList: 'To “All assessments”',
    overallTitle: 'Overall score',
    before_: 'Before',
    after_: 'After',
    change: 'Change',
    changeIn: (what: string) => `Change: ${what} points`,
    fieldsTitle: 'Change per field',
    fieldsIntro: 'Points from 0 to 100. The change carries its sign: “+” means better, “−” means worse.',
    chartTitle: 'Before and after per field',
    chartDescription: (parts: string) =>
      `Bar chart of the points before and after per field: ${parts}. The values are also in the table.`,
    chartPart: (field: string, before: string, after: string) => `${field} before ${before}, after ${after}`,
    answersTitle: 'Changed answers',
    changedMeaning: 'please check: question changed in the new version',
    answersNone: 'No answer changed.',
    answersCount: (n: number) => (n === 1 ? 'One answer changed.' : `${n} answers changed.`),
    question: 'Question',
    planTitle: 'Completed measures',
    planNone: 'No measure has been marked as done since the earlier round.',
    planPrevious: (status: string | null) => (status === null ? 'added and done' : `before: ${status}`),
    error: 'The two rounds cannot be compared:',
    same: 'Please choose two different rounds.',
  },
  consolidate: {
    sharedOnly: (short: number, n: number) =>
      `${short === 1 ? 'One person' : `${short} people`} answered a short check: only the ${n} questions everyone was asked are merged. The joint round is a short check and can be continued in full.`,
    title: 'Consolidate several respondents',
    intro:
      'Several people (e.g. mayor, treasury, IT) answer the same round separately and export their files. Here you see their answers side by side, the questions where their views differ clearly and a joint suggestion (median per question).',
    sourcesTitle: 'Read answers',
    fileLabel: 'Choose the respondents’ export files',
    fileHint: 'You can choose several files at once. A file may contain one or more assessments.',
    filesRead: (n: number, records: number) =>
      `${n === 1 ? 'One file' : `${n} files`} read, ${records === 1 ? 'one assessment' : `${records} assessments`} taken over.`,
    storedLegend: 'Add assessments stored in this browser',
    storedNone: 'No assessments are stored in this browser.',
    storedOption: (municipality: string, round: string, role: string) =>
      role ? `${municipality} – ${round} (${role})` : `${municipality} – ${round}`,
    respondentsTitle: 'Respondents',
    respondent: 'Person',
    municipality: w.heading,
    source: 'Source',
    stored: 'stored in this browser',
    remove: 'Remove',
    removeLabel: (name: string) => `Remove ${name}`,
    empty:
      'To consolidate, you need the answers of at least two people. Read their export files or choose stored assessments.',
    differentMunicipalities: (names: string) =>
      `Note: the answers come from different ${w.many} (${names}). Only consolidate answers to the same round ${w.ofTheSame}.`,
    error: 'The answers cannot be consolidated:',
    resultTitle: 'Joint result',
    resultIntro:
      'Calculated from the suggestion per question (median of the levels) and what you settled for the disagreements. It changes as soon as you settle an answer.',
    discussTitle: 'To discuss',
    discussIntro: (n: number) =>
      n === 1
        ? 'For one question the views lie two or more levels apart. Discuss it and settle the joint answer.'
        : `For ${n} questions the views lie two or more levels apart. Discuss them and settle the joint answers.`,
    discussNone: 'Nothing to discuss: for every question the views lie at most one level apart.',
    spread: (n: number) => (n === 1 ? 'Difference 1 level' : `Difference ${n} levels`),
    suggested: 'Suggestion (median)',
    settled: 'Settled answer',
    answers: 'Answers',
    notes: 'Notes',
    allTitle: 'All answers per field',
    allIntro: 'Per question each person’s answer, the joint value and how far the views lie apart.',
    joint: 'Joint answer',
    spreadColumn: 'Difference',
    spreadCell: (n: number) => (n === 1 ? '1 level' : `${n} levels`),
    discussMark: 'to discuss',
    fieldSummary: (title: string, questions: number, discuss: number) =>
      discuss === 0
        ? `${title} – ${questions} questions`
        : `${title} – ${questions} questions, ${discuss} to discuss`,
    saveTitle: `Save as the ${w.one}’s assessment`,
    saveIntro:
      'The joint answers are saved as a new, completed assessment. Municipality details and targets come from the first file; everyone’s notes are kept.',
    roundName: 'Name of the round',
    roundDefault: (date: string) => `Joint assessment ${date}`,
    jointRole: (names: string) => `Joint: ${names}`,
    save: 'Save and view result',
  },
  region: {
    scopes: (short: number, full: number) =>
      `Among them ${short} short ${short === 1 ? 'check' : 'checks'} and ${full} full ${full === 1 ? 'assessment' : 'assessments'}.`,
    sharedOnly: (n: number, of: number) =>
      `Every figure rests only on the ${n} questions all short checks asked (of ${of}), also for the full assessments.`,
    title: 'Regional overview',
    intro: `For an association or a region: read the export files of many ${w.many} and see where the region stands. The overview is anonymous; single ${w.many} appear only in the ranking, and only if you switch it on.`,
    sourcesTitle: 'Read assessments',
    fileLabel: `Choose the ${w.manyGenitive} export files`,
    fileHint: `Choose many files at once or a whole folder. One assessment per ${w.one}.`,
    includeStored: 'Also include the assessments stored in this browser',
    progress: (n: number, m: number) => `Reading file ${n} of ${m} …`,
    clear: 'Discard the files read',
    summaryTitle: 'Read',
    filesRead: (n: number) => (n === 1 ? 'One file read' : `${n} files read`),
    filesFailed: (n: number) =>
      n === 1 ? 'one of them could not be read' : `${n} of them could not be read`,
    included: (n: number) => (n === 1 ? 'One assessment included' : `${n} assessments included`),
    skipped: (n: number) => (n === 1 ? 'one skipped' : `${n} skipped`),
    skippedNoProfile: (n: number) => `${n} without ${w.one} details`,
    skippedOther: (n: number) => `${n} for another questionnaire`,
    skippedInvalid: (n: number) => `${n} with invalid answers`,
    duplicates: (n: number) =>
      n === 1
        ? 'One assessment appeared twice and counts once.'
        : `${n} assessments appeared twice and count once.`,
    filteredOut: (n: number) =>
      n === 1 ? 'One more is hidden by the filters.' : `${n} more are hidden by the filters.`,
    errorsTitle: (n: number) => (n === 1 ? 'Errors in one file' : `Errors in ${n} files`),
    moreErrors: (n: number) => `… and ${n} more files with errors`,
    empty: `No assessments read yet. Choose the ${w.manyGenitive} export files or a whole folder.`,
    noneIncluded: 'No assessment matches the chosen filters.',
    filtersTitle: 'Filters',
    filtersHint: 'With nothing ticked in a group, all count.',
    fieldsTitle: 'Points per field in the region',
    fieldsIntro: `Points from 0 to 100. Median: half of the ${w.many} lie above, half below. The middle half lies between Q1 and Q3. “Below target”: how many ${w.many} are below their own target.`,
    chartTitle: 'Spread of points per field',
    chartRange: 'Range (minimum to maximum)',
    chartMiddle: 'Middle half (Q1 to Q3)',
    chartMedian: 'Median',
    chartDescription: (parts: string) =>
      `Chart of the spread of points per field: ${parts}. The values are also in the table.`,
    chartPart: (field: string, median: string, q1: string, q3: string) =>
      `${field} median ${median}, middle half ${q1} to ${q3}`,
    n: 'Municipalities',
    median: 'Median',
    q1: 'Q1',
    q3: 'Q3',
    min: 'Min.',
    max: 'Max.',
    belowTarget: 'Below target',
    recsTitle: 'Most common recommendations in the region',
    recsIntro: `These recommendations apply to especially many ${w.many} – the starting point for joint projects and shared services.`,
    recsNone: `There are no recommendations for the included ${w.many}.`,
    withheldCell: (min: number) => `no figures: fewer than ${min} ${w.many} with a value (anonymity)`,
    withheldNote: (min: number) =>
      `Anonymous means anonymous: for a group of fewer than ${min} ${w.many} the overview shows no figures – also when the filters make the group that small. Otherwise one could read off how single ${w.many} stand. The CSV file follows the same rule.`,
    recsWithheld: (min: number) =>
      `No figures: fewer than ${min} ${w.many} are included. This keeps ${w.each} anonymous.`,
    rankingPrintAll: (n: number) => `When printed, all ${n} rows of the ranking are on paper.`,
    recommendation: 'Recommendation',
    recCount: (n: number, of: number) => `${n} of ${of}`,
    rankingTitle: 'Ranking',
    showRanking: 'Show ranking with names',
    rankingHint: `The ranking names single ${w.many}. Only switch it on if everyone involved agrees.`,
    rank: 'Rank',
    municipality: w.heading,
    showMore: (n: number) => `Show ${n} more`,
    shownOf: (shown: number, all: number) => `${shown} of ${all} shown`,
    exportTitle: 'Share',
    csv: 'Save as CSV file (for Excel)',
    csvFile: (date: string) => `regionale-uebersicht-${date}.csv`,
    print: 'Print',
    printHint: 'Tip: choose “Save as PDF” in the print dialog.',
    printedOn: (date: string) => `As of: ${date}`,
  },
  carryOver: {
    summary: (records: number, from: readonly string[], to: string, toReview: number) =>
      `The answers of ${records} assessments were carried over from version ${from.join(', ')} of the questionnaire to version ${to}. ${
        toReview === 0
          ? 'No answer needs checking.'
          : toReview === 1
            ? '1 answer is marked “please check” because its question changed.'
            : `${toReview} answers are marked “please check” because their questions changed.`
      }`,
    each: 'Show each',
    notSaved: 'This applies to this view: stored assessments stay unchanged until they are opened.',
    refusedTitle: (n: number) => (n === 1 ? 'One assessment is left out' : `${n} assessments are left out`),
    name: (municipality: string, label: string) => `${municipality} – ${label}`,
  },
});

/** The word forms these screens need beyond the common ones. */
interface AnalysisWords extends SubjectWords {
  /** "Kommunen" after "verschiedenen" (dative plural), "Teams". */
  manyDative: string;
  /** "vieler Kommunen" / "municipalities’": the genitive plural. */
  manyGenitive: string;
  /** "derselben Kommune", "desselben Teams" / "of the same municipality". */
  ofTheSame: string;
}

const SAME_GENITIVE = { f: 'derselben', m: 'desselben', n: 'desselben' } as const;

function analysisWords(subject: Subject, lang: Language): AnalysisWords {
  const w = subjectWords(subject, lang);
  if (lang === 'en')
    return { ...w, manyDative: w.many, manyGenitive: `${w.many}’`, ofTheSame: `of the same ${w.one}` };
  const { gender, plural } = subject.de;
  const genitive = subject.de.genitive ?? subject.de.singular;
  // A plural ending in -n takes no further -n in the dative ("Kommunen", "Teams").
  const dative = /[ns]$/.test(plural) ? plural : `${plural}n`;
  return {
    ...w,
    manyDative: dative,
    manyGenitive: plural,
    ofTheSame: `${SAME_GENITIVE[gender]} ${genitive}`,
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Strings of the analysis screens in `lang`, in the words of what `subject` names. */
export function analysisStringsFor(lang: Language, subject: Subject): AnalysisStrings {
  return (lang === 'de' ? deFor : enFor)(analysisWords(subject, lang));
}

/** Strings of the analysis screens by language, for Bavarian municipalities (no questionnaire chosen yet). */
export const analysisStrings: Record<Language, AnalysisStrings> = {
  de: analysisStringsFor('de', FORMER_SUBJECT),
  en: analysisStringsFor('en', FORMER_SUBJECT),
};
