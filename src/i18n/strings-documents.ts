import type { FORMER_KIND_IDS } from '../engine/questionnaire-schema';
import type { Language } from '../engine/language';
import type { SubjectWords } from '../engine/declarations';

/** German texts of the coat of arms and the Word documents (source of truth; English has the same shape). */
const de = {
  arms: {
    title: (w: SubjectWords) => `Wappen ${w.ofThe}`,
    alt: (municipality: string) => (municipality ? `Wappen: ${municipality}` : 'Wappen'),
    choose: 'Wappen hinzufügen (PNG, JPEG oder SVG, höchstens 200 KB)',
    hint: 'Erscheint auf dem Ergebnisblatt und in der Sitzungsvorlage und wird mit der Bewertung gespeichert und exportiert. Ein SVG wird in ein Bild umgewandelt.',
    remove: 'Wappen entfernen',
    added: (name: string) => `Das Wappen „${name}“ ist gespeichert.`,
    removed: 'Das Wappen ist entfernt.',
    tooLarge: (name: string, kb: number) =>
      `Die Datei „${name}“ ist zu groß (${kb} KB). Ein Wappen darf höchstens 200 KB groß sein.`,
    notImage: (name: string) => `Die Datei „${name}“ ist kein Bild im Format PNG, JPEG oder SVG.`,
    unreadable: (name: string) =>
      `Das Bild „${name}“ konnte nicht gelesen werden. Bitte speichern Sie es als PNG und versuchen Sie es erneut.`,
  },
  docx: {
    councilButton: 'Sitzungsvorlage als Word-Datei',
    reportButton: 'Ganzen Bericht als Word-Datei',
    buttonsLabel: 'Word-Dateien zum Bearbeiten',
    buttonsHint:
      'Für Word und LibreOffice. Die Sitzungsvorlage enthält Sachverhalt, Tabelle, Diagramm, Empfehlungen, Maßnahmenplan und einen Beschlussvorschlag, den die Verwaltung anpassen kann.',
    working: 'Die Word-Datei wird erstellt …',
    done: (name: string) => `Die Datei „${name}“ wurde erstellt.`,
    failed:
      'Die Word-Datei konnte nicht erstellt werden, weil ein Teil der App nicht geladen werden konnte. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.',
    buildFailed:
      'Die Word-Datei konnte nicht erstellt werden. Ihre Angaben sind unverändert gespeichert; bitte versuchen Sie es erneut oder nutzen Sie das Ergebnisblatt.',
    fileCouncil: 'sitzungsvorlage',
    fileReport: 'bericht',
    council: {
      gemeinde: 'Gemeinderat',
      markt: 'Marktgemeinderat',
      stadt: 'Stadtrat',
      'grosse-kreisstadt': 'Stadtrat',
      'kreisfreie-stadt': 'Stadtrat',
      landkreis: 'Kreistag',
      verwaltungsgemeinschaft: 'Gemeinschaftsversammlung',
    } satisfies Record<(typeof FORMER_KIND_IDS)[number], string>,
    councilTitle: 'Sitzungsvorlage',
    reportTitle: 'Bericht zur digitalen Reife',
    body: 'Gremium',
    meetingDate: 'Sitzung am',
    fillIn: '[bitte eintragen]',
    preparedOn: 'Vorlage erstellt am',
    round: 'Runde',
    subjectTitle: 'Betreff',
    subject: (label: string) =>
      `Ergebnis der Selbstbewertung zur digitalen Reife${label ? ` (${label})` : ''} und Maßnahmenplan`,
    factsTitle: 'Sachverhalt',
    /** `app`: the app's name while the questionnaire is open (its `appName`, "Digitalkompass Kommune"). */
    facts: (date: string, title: string, version: string, app: string) =>
      `Die Verwaltung hat am ${date} mit dem ${app} eine Selbstbewertung der digitalen Reife durchgeführt (Fragebogen „${title}“, Version ${version}). Jede Frage hat fünf beschriebene Stufen von 0 bis 4; ein Handlungsfeld erhält den gewichteten Mittelwert seiner Antworten in Punkten von 0 bis 100. „Weiß nicht“ und „nicht zutreffend“ senken den Wert nicht.`,
    basedOn: (text: string) => `Grundlage: ${text}.`,
    overall: (score: string, band: string) =>
      `Gesamtergebnis: ${score} von 100 Punkten, Reifegrad „${band}“.`,
    overallNone: 'Gesamtergebnis: noch kein Wert (keine Frage mit einer Stufe beantwortet).',
    chartTitle: 'Ist und Soll im Netzdiagramm',
    chartNote: 'Die Zahlen an den Achsen sind die Nummern der Handlungsfelder in der Tabelle.',
    gapsTitle: 'Die größten Abstände zum Ziel',
    gapItem: (field: string, current: string, target: string, gap: string) =>
      `${field}: Ist ${current}, Soll ${target}, Abstand ${gap} Punkte`,
    noGaps: 'Alle bewerteten Handlungsfelder erreichen ihr Ziel.',
    strengthsTitle: 'Die stärksten Handlungsfelder',
    reachedItem: (field: string, current: string, target: string) =>
      `${field}: Ist ${current}, Soll ${target}, Ziel erreicht`,
    measuresTitle: 'Empfohlene Maßnahmen',
    why: 'Warum',
    steps: 'Erste Schritte',
    decisionTitle: 'Beschlussvorschlag',
    decisionNote: 'Entwurf der Verwaltung – bitte vor der Sitzung prüfen und anpassen.',
    decision: (body: string) => [
      `Der ${body} nimmt das Ergebnis der Selbstbewertung zur digitalen Reife zur Kenntnis.`,
      `Der ${body} stimmt dem Maßnahmenplan zu und beauftragt die Verwaltung, die Maßnahmen umzusetzen.`,
      `Die Verwaltung berichtet dem ${body} bis [Datum] über den Stand der Maßnahmen und wiederholt die Selbstbewertung.`,
    ],
    madeWith: (date: string, app: string) => `Erstellt mit dem ${app} am ${date}.`,
    chartAlt: 'Netzdiagramm mit Ist und Soll je Handlungsfeld; die Werte stehen in der Tabelle.',
  },
};

export type DocumentStrings = typeof de;

/** English texts of the coat of arms and the Word documents. */
const en: DocumentStrings = {
  arms: {
    title: () => 'Coat of arms',
    alt: (municipality) => (municipality ? `Coat of arms: ${municipality}` : 'Coat of arms'),
    choose: 'Add a coat of arms (PNG, JPEG or SVG, at most 200 KB)',
    hint: 'Shown on the result sheet and in the council paper, and stored and exported with the assessment. An SVG is turned into a picture.',
    remove: 'Remove coat of arms',
    added: (name) => `The coat of arms “${name}” is saved.`,
    removed: 'The coat of arms is removed.',
    tooLarge: (name, kb) =>
      `The file “${name}” is too large (${kb} KB). A coat of arms may be at most 200 KB.`,
    notImage: (name) => `The file “${name}” is not a PNG, JPEG or SVG image.`,
    unreadable: (name) => `The image “${name}” could not be read. Please save it as a PNG and try again.`,
  },
  docx: {
    councilButton: 'Council paper as a Word file',
    reportButton: 'Whole report as a Word file',
    buttonsLabel: 'Word files to edit',
    buttonsHint:
      'For Word and LibreOffice. The council paper holds the facts, the table, the chart, the recommendations, the action plan and a draft resolution the administration can adapt.',
    working: 'The Word file is being made …',
    done: (name) => `The file “${name}” was made.`,
    failed:
      'The Word file could not be made because part of the app could not be loaded. Please check the connection and try again.',
    buildFailed:
      'The Word file could not be made. What you entered is saved unchanged; please try again or use the result sheet.',
    fileCouncil: 'council-paper',
    fileReport: 'report',
    council: {
      gemeinde: 'municipal council',
      markt: 'market council',
      stadt: 'town council',
      'grosse-kreisstadt': 'town council',
      'kreisfreie-stadt': 'city council',
      landkreis: 'district council',
      verwaltungsgemeinschaft: 'joint assembly',
    },
    councilTitle: 'Council paper (Sitzungsvorlage)',
    reportTitle: 'Digital maturity report',
    body: 'Body',
    meetingDate: 'Meeting on',
    fillIn: '[please fill in]',
    preparedOn: 'Prepared on',
    round: 'Round',
    subjectTitle: 'Subject',
    subject: (label) =>
      `Result of the digital maturity self-assessment${label ? ` (${label})` : ''} and action plan`,
    factsTitle: 'Facts',
    facts: (date, title, version, app) =>
      `On ${date} the administration carried out a self-assessment of digital maturity with ${app} (questionnaire “${title}”, version ${version}). Each question has five described levels from 0 to 4; a field of action gets the weighted mean of its answers in points from 0 to 100. “Don’t know” and “not applicable” do not lower the score.`,
    basedOn: (text) => `Based on: ${text}.`,
    overall: (score, band) => `Overall result: ${score} out of 100 points, maturity “${band}”.`,
    overallNone: 'Overall result: no score yet (no question answered with a level).',
    chartTitle: 'Current and target in the radar chart',
    chartNote: 'The numbers on the axes are the numbers of the fields in the table.',
    gapsTitle: 'The largest gaps to the target',
    gapItem: (field, current, target, gap) =>
      `${field}: current ${current}, target ${target}, gap ${gap} points`,
    noGaps: 'Every rated field reaches its target.',
    strengthsTitle: 'The strongest fields',
    reachedItem: (field, current, target) => `${field}: current ${current}, target ${target}, target reached`,
    measuresTitle: 'Recommended measures',
    why: 'Why',
    steps: 'First steps',
    decisionTitle: 'Draft resolution',
    decisionNote: 'Draft by the administration – please check and adapt before the meeting.',
    decision: (body) => [
      `The ${body} takes note of the result of the digital maturity self-assessment.`,
      `The ${body} approves the action plan and instructs the administration to carry out the measures.`,
      `The administration reports to the ${body} by [date] on the state of the measures and repeats the self-assessment.`,
    ],
    madeWith: (date, app) => `Made with ${app} on ${date}.`,
    chartAlt: 'Radar chart of current and target per field; the values are in the table.',
  },
};

/** Texts of the coat of arms and the Word documents by language. */
export const documentStrings: Record<Language, DocumentStrings> = { de, en };
