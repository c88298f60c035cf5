import type { Language } from '../engine/language';
import type { SubjectWords } from '../engine/declarations';

// Small counts are written as words ("einem von fünf Reifegraden").
const COUNT_WORDS: Record<Language, Partial<Record<number, string>>> = {
  de: { 2: 'zwei', 3: 'drei', 4: 'vier', 5: 'fünf', 6: 'sechs', 7: 'sieben', 8: 'acht' },
  en: { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight' },
};

/** German strings of the page "Wie wird gerechnet?" (source of truth; English has the same shape). */
const de = {
  title: 'Wie wird gerechnet?',
  intro: (name: string) =>
    `Diese Seite erklärt in einfachen Worten, wie aus den Antworten ${name ? `von ${name} ` : ''}Punkte, der Gesamtwert und die Reihenfolge der Empfehlungen entstehen – mit den Zahlen dieser Bewertung.`,
  points: {
    title: '1. Von der Antwort zu Punkten',
    intro:
      'Jede Frage beschreibt fünf Stufen, von 0 bis 4. Die gewählte Stufe wird in Punkte umgerechnet: Stufe mal 25. So ergibt jede Frage zwischen 0 und 100 Punkten.',
    caption: 'Die fünf Stufen und ihre Punkte',
    level: 'Stufe',
    name: 'Bezeichnung',
    points: 'Punkte',
    weight:
      'Manche Fragen sind wichtiger als andere. Sie haben ein höheres Gewicht, zum Beispiel 2 oder 3, und zählen im Handlungsfeld entsprechend doppelt oder dreifach.',
  },
  notCounted: {
    title: '2. „weiß nicht“ und „nicht zutreffend“',
    text: 'Antworten mit „weiß nicht“ oder „nicht zutreffend“ werden nicht mitgerechnet. Sie heben den Wert nicht und senken ihn nicht: Die Frage fällt einfach aus der Rechnung heraus. Dasselbe gilt für Fragen, die noch offen sind.',
    inThis: 'In dieser Bewertung:',
    scored: (n: number, total: number) => `${n} von ${total} Fragen mit einer Stufe beantwortet`,
    dontKnow: (n: number) => `${n}-mal „weiß nicht“`,
    notApplicable: (n: number) => `${n}-mal „nicht zutreffend“`,
    open: (n: number) => `${n} Fragen noch offen`,
    dontKnowHint:
      '„weiß nicht“ ist trotzdem wertvoll: Diese Fragen stehen auf dem Ergebnisblatt unter „Klärungsbedarf“.',
    noValue:
      'Hat ein Handlungsfeld keine einzige Antwort mit einer Stufe, bekommt es keinen Wert. Es wird dann beim Gesamtwert weggelassen – es zählt nicht als 0.',
    noValueFields: (list: string) => `Ohne Wert sind in dieser Bewertung: ${list}.`,
    allHaveValue: 'In dieser Bewertung haben alle Handlungsfelder einen Wert.',
  },
  example: {
    title: '3. Ein Beispiel: der Wert eines Handlungsfelds',
    intro: (field: string) =>
      `So entsteht der Wert für das Handlungsfeld „${field}“: Die Punkte jeder Frage werden mit ihrem Gewicht malgenommen, zusammengezählt und durch die Summe der Gewichte geteilt (gewichteter Durchschnitt).`,
    caption: (field: string) => `Antworten im Handlungsfeld „${field}“`,
    question: 'Frage',
    answer: 'Antwort',
    points: 'Punkte',
    weight: 'Gewicht',
    notCounted: 'zählt nicht',
    unanswered: 'noch offen',
    calculation: 'Rechnung',
    result: (points: string) => `${points} Punkte`,
    rounding:
      'Gerundet wird erst am Ende, auf ganze Punkte: ab ,5 aufwärts, darunter abwärts (47,46 → 47; 47,50 → 48).',
    none: 'Noch hat kein Handlungsfeld einen Wert. Sobald Fragen mit einer Stufe beantwortet sind, steht hier ein Rechenbeispiel.',
  },
  total: {
    title: '4. Der Gesamtwert und der Reifegrad',
    text: (n: number) =>
      n === 1
        ? 'Der Gesamtwert ist der Wert des einzigen Handlungsfelds, das bisher einen Wert hat.'
        : `Der Gesamtwert ist der einfache Durchschnitt der ${n} Handlungsfelder mit einem Wert. Jedes Handlungsfeld zählt gleich viel.`,
    note: 'Gerechnet wird mit den ungerundeten Werten der Handlungsfelder (hier mit zwei Nachkommastellen gezeigt); gerundet wird erst am Ende, auf ganze Punkte: ab ,5 aufwärts, darunter abwärts.',
    none: 'Noch gibt es keinen Gesamtwert, weil kein Handlungsfeld einen Wert hat.',
    bandIntro: (w: SubjectWords, bands: number) =>
      `Der Gesamtwert ordnet ${w.the} einem von ${COUNT_WORDS.de[bands] ?? bands} Reifegraden zu:`,
    caption: 'Reifegrade',
    band: 'Reifegrad',
    range: 'Punkte',
    meaning: 'Bedeutung',
    yours: 'Ihr Ergebnis',
    rangeText: (from: number, to: number | null) =>
      to === null ? `${from} bis 100` : `${from} bis unter ${to}`,
    here: (points: number) => `hier: ${points} Punkte`,
  },
  targets: {
    title: '5. Ziele, Abstand und Reihenfolge der Empfehlungen',
    text: 'Für jedes Handlungsfeld gibt es ein Ziel (Soll) als Stufe von 0 bis 4. Das Ziel in Punkten ist Stufe × 25. Der Abstand ist Ziel minus aktueller Wert (Ist). Liegt der Wert schon auf oder über dem Ziel, steht statt eines Abstands „Ziel erreicht“ – dort besteht kein Handlungsbedarf.',
    example: (
      field: string,
      level: number,
      levelName: string,
      target: number,
      current: number,
      gap: number,
    ) =>
      `Beispiel „${field}“: Ziel Stufe ${level} („${levelName}“) × 25 = ${target} Punkte. Abstand: ${target} − ${current} = ${gap} Punkte.`,
    recsTitle: 'Welche Empfehlung steht oben?',
    recs: 'Empfehlungen werden durch einzelne Antworten ausgelöst (zum Beispiel „Stufe 2 oder niedriger“ bei einer bestimmten Frage) oder durch einen niedrigen Wert eines ganzen Handlungsfelds. Oben steht, was am dringendsten ist. Die Dringlichkeit ist der Abstand zum Ziel in Stufen, malgenommen mit dem Gewicht der Frage und dem Gewicht des Handlungsfelds.',
    recsRule: 'Dringlichkeit = Abstand in Stufen × Gewicht der Frage × Gewicht des Handlungsfelds',
    questionExample: (
      title: string,
      question: string,
      level: number,
      targetLevel: number,
      qWeight: string,
      fWeight: string,
      priority: string,
    ) =>
      `Beispiel: Die erste Empfehlung „${title}“ kommt von der Frage „${question}“. Antwort Stufe ${level}, Ziel Stufe ${targetLevel}: (${targetLevel} − ${level}) × ${qWeight} × ${fWeight} = ${priority}.`,
    fieldExample: (
      title: string,
      field: string,
      target: string,
      score: string,
      fWeight: string,
      priority: string,
    ) =>
      `Beispiel: Die erste Empfehlung „${title}“ kommt vom Wert des Handlungsfelds „${field}“. Abstand in Stufen: (${target} − ${score}) ÷ 25, mal Gewicht ${fWeight} = ${priority}.`,
  },
  backToResults: 'Zurück zum Ergebnis',
};

export type ExplainStrings = typeof de;

/** English strings of the page "How is it calculated?". */
const en: ExplainStrings = {
  title: 'How is it calculated?',
  intro: (name: string) =>
    `This page explains in plain words how ${name ? `the answers of ${name}` : 'the answers'} turn into points, the overall score and the order of the recommendations – with the numbers of this assessment.`,
  points: {
    title: '1. From an answer to points',
    intro:
      'Every question describes five levels, from 0 to 4. The chosen level is converted into points: level times 25. So every question gives between 0 and 100 points.',
    caption: 'The five levels and their points',
    level: 'Level',
    name: 'Name',
    points: 'Points',
    weight:
      'Some questions matter more than others. They have a higher weight, for example 2 or 3, and count twice or three times within their field.',
  },
  notCounted: {
    title: '2. “Don’t know” and “not applicable”',
    text: 'Answers “don’t know” and “not applicable” are not counted. They neither raise nor lower the score: the question simply drops out of the calculation. The same holds for questions not answered yet.',
    inThis: 'In this assessment:',
    scored: (n: number, total: number) => `${n} of ${total} questions answered with a level`,
    dontKnow: (n: number) => `${n} × “don’t know”`,
    notApplicable: (n: number) => `${n} × “not applicable”`,
    open: (n: number) => `${n} questions still open`,
    dontKnowHint:
      '“Don’t know” is still useful: these questions are listed on the result sheet under “Open questions”.',
    noValue:
      'A field without a single answer with a level has no value. It is left out of the overall score – it does not count as 0.',
    noValueFields: (list: string) => `Without a value in this assessment: ${list}.`,
    allHaveValue: 'In this assessment every field has a value.',
  },
  example: {
    title: '3. An example: the value of one field',
    intro: (field: string) =>
      `This is how the value of the field “${field}” comes about: the points of each question are multiplied by its weight, added up and divided by the sum of the weights (weighted average).`,
    caption: (field: string) => `Answers in the field “${field}”`,
    question: 'Question',
    answer: 'Answer',
    points: 'Points',
    weight: 'Weight',
    notCounted: 'not counted',
    unanswered: 'still open',
    calculation: 'Calculation',
    result: (points: string) => `${points} points`,
    rounding:
      'Rounding to whole points happens only at the end: .5 and above rounds up, below it rounds down (47.46 → 47; 47.50 → 48).',
    none: 'No field has a value yet. As soon as questions are answered with a level, an example appears here.',
  },
  total: {
    title: '4. The overall score and the maturity band',
    text: (n: number) =>
      n === 1
        ? 'The overall score is the value of the only field that has a value so far.'
        : `The overall score is the plain average of the ${n} fields that have a value. Every field counts the same.`,
    note: 'The unrounded field values are used (shown here with two decimals); rounding to whole points happens only at the end: .5 and above rounds up, below it rounds down.',
    none: 'There is no overall score yet because no field has a value.',
    bandIntro: (w, bands) =>
      `The overall score places ${w.the} in one of ${COUNT_WORDS.en[bands] ?? bands} maturity bands:`,
    caption: 'Maturity bands',
    band: 'Band',
    range: 'Points',
    meaning: 'Meaning',
    yours: 'Your result',
    rangeText: (from: number, to: number | null) =>
      to === null ? `${from} to 100` : `${from} to below ${to}`,
    here: (points: number) => `here: ${points} points`,
  },
  targets: {
    title: '5. Targets, gaps and the order of the recommendations',
    text: 'Every field has a target as a level from 0 to 4. The target in points is level × 25. The gap is target minus current value. If the value is already at or above the target, “Target reached” stands in place of a gap – no action is needed there.',
    example: (
      field: string,
      level: number,
      levelName: string,
      target: number,
      current: number,
      gap: number,
    ) =>
      `Example “${field}”: target level ${level} (“${levelName}”) × 25 = ${target} points. Gap: ${target} − ${current} = ${gap} points.`,
    recsTitle: 'Which recommendation comes first?',
    recs: 'Recommendations are triggered by single answers (for example “level 2 or lower” on a certain question) or by a low value of a whole field. The most urgent comes first. Urgency is the gap to the target in levels, multiplied by the weight of the question and the weight of the field.',
    recsRule: 'Urgency = gap in levels × weight of the question × weight of the field',
    questionExample: (
      title: string,
      question: string,
      level: number,
      targetLevel: number,
      qWeight: string,
      fWeight: string,
      priority: string,
    ) =>
      `Example: the first recommendation “${title}” comes from the question “${question}”. Answer level ${level}, target level ${targetLevel}: (${targetLevel} − ${level}) × ${qWeight} × ${fWeight} = ${priority}.`,
    fieldExample: (
      title: string,
      field: string,
      target: string,
      score: string,
      fWeight: string,
      priority: string,
    ) =>
      `Example: the first recommendation “${title}” comes from the value of the field “${field}”. Gap in levels: (${target} − ${score}) ÷ 25, times weight ${fWeight} = ${priority}.`,
  },
  backToResults: 'Back to the result',
};

/** Strings of the explanation page by language. */
export const explainStrings: Record<Language, ExplainStrings> = { de, en };
