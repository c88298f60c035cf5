// Messages for what the engine and the store report as codes: import errors, checks of
// questionnaires for their authors, carried-over answers, analyses that cannot be made.
// scripts/questionnaire-files.ts (loaded by vite.config.ts) prints these: type imports only.
import type { ComparisonProblem } from '../engine/compare-rounds.ts';
import type { ConsolidationProblem } from '../engine/consolidate.ts';
import type {
  CarryOverNotice,
  ImportError,
  ImportPlace,
  MismatchError,
  QuestionnaireName,
} from '../engine/export-envelope.ts';
import type {
  AuthorProblem,
  CatalogError,
  PackageCheck,
  PackageError,
  PackageFileKind,
  PlacePart,
} from '../engine/questionnaire-package.ts';
import type { AnswerProblem } from '../engine/score.ts';
import type {
  AllowedValue,
  FoundValue,
  SchemaMessage,
  UnionBranch,
  ValueProblem,
} from '../engine/value-problem.ts';
import type { Language } from '../engine/language.ts';
import type { DeclaredList } from '../engine/value-problem.ts';

/** The lists a value must come from, as "… ist nicht ___ des Fragebogens" names them. */
const DECLARED_DE: Record<DeclaredList, string> = {
  kind: 'eine Art im Profil',
  region: 'eine Region im Profil',
  size: 'eine Größenklasse im Profil',
  actor: 'ein Beteiligter (vocabularies.actors)',
  effort: 'ein Aufwand (vocabularies.efforts)',
  horizon: 'ein Zeitraum (vocabularies.horizons)',
};
const DECLARED_EN: Record<DeclaredList, string> = {
  kind: 'a kind in the profile',
  region: 'a region in the profile',
  size: 'a size class in the profile',
  actor: 'an actor (vocabularies.actors)',
  effort: 'an effort (vocabularies.efforts)',
  horizon: 'a time frame (vocabularies.horizons)',
};

/** What can keep a questionnaire from opening: its files' problems, or that it is not there. */
export type QuestionnaireProblem = PackageError | CatalogError;

/** The words one language needs to render the codes; the rendering itself is shared. */
interface Words {
  root: string;
  found: (v: FoundValue) => string;
  quote: (text: string) => string;
  /** Type names as zod reports them (string, int …). */
  types: Readonly<Record<string, string>>;
  value: (p: Exclude<ValueProblem, { code: 'rule' | 'noBranch' }>, list: string) => string;
  noBranch: (found: string, allowed: string[]) => string;
  branch: (b: Exclude<UnionBranch, { accepts: 'type' | 'values' | 'other' }>) => string;
  rule: (rule: SchemaMessage, found: FoundValue) => string;
  importPlace: (p: ImportPlace) => string;
  importError: (e: Exclude<ImportError, { code: 'invalid' }>, place: string) => string;
  mismatch: (e: MismatchError, q: (n: QuestionnaireName) => string) => string;
  carryOver: (n: CarryOverNotice) => string;
  part: (p: Exclude<PlacePart, { part: 'property' }>) => string;
  properties: Readonly<Record<string, string>>;
  /** "Titel fehlt": a property left out, named in the author's terms. */
  missingProperty: (name: string) => string;
  /** Joins a problem and its place: "… bei Frage strategie.ziele, Stufe 3". */
  at: (problem: string, place: string) => string;
  check: (c: PackageCheck) => string;
  packageError: (e: Exclude<PackageError, { code: 'at' }>, files: Record<PackageFileKind, string>) => string;
  files: Record<PackageFileKind, string>;
  catalog: (e: CatalogError) => string;
  answer: (p: AnswerProblem, questionnaire: string) => string;
  comparison: (p: ComparisonProblem, answer: (p: AnswerProblem) => string) => string;
  consolidation: (p: ConsolidationProblem, answer: (p: AnswerProblem) => string) => string;
}

const own = (table: Readonly<Record<string, string>>, key: string) =>
  Object.hasOwn(table, key) ? table[key] : undefined;

// Problems whose message is a whole sentence that names the recommendation or source itself.
const NAMES_ITS_PLACE = new Set<string>(['firstStepTooLate', 'laterStepAtZero', 'staleSource', 'folderName']);
// A place is only worth naming when it goes through a named thing (a field, a question …).
const NAMED_PARTS = new Set<PlacePart['part']>([
  'field',
  'question',
  'theme',
  'recommendation',
  'source',
  'band',
  'step',
  'condition',
  'level',
  'levelName',
  'migration',
  'mapping',
]);

/** The rendering of every code, given one language's words. */
function messages(w: Words) {
  const quoteAll = (values: readonly AllowedValue[]) =>
    values
      .slice(0, 10)
      .map((v) => (typeof v === 'string' ? w.quote(v) : String(v)))
      .join(', ') + (values.length > 10 ? ', …' : '');
  const typeName = (expected: string) => own(w.types, expected) ?? expected;
  const value = (p: ValueProblem): string => {
    if (p.code === 'rule') return w.rule(p.rule, p.found);
    if (p.code === 'noBranch') {
      const allowed = p.branches.map((b) =>
        b.accepts === 'type'
          ? typeName(b.expected)
          : b.accepts === 'values'
            ? quoteAll(b.values)
            : b.accepts === 'other'
              ? value(b.problem)
              : w.branch(b),
      );
      return w.noBranch(w.found(p.found), [...new Set(allowed)].filter(Boolean));
    }
    if (p.code === 'wrongType') return w.value(p, typeName(p.expected));
    if (p.code === 'notTheValue') return w.value(p, quoteAll(p.expected));
    if (p.code === 'notAllowed') return w.value(p, quoteAll(p.allowed));
    if (p.code === 'unknownKeys') return w.value(p, quoteAll(p.keys));
    return w.value(p, '');
  };
  const importError = (e: ImportError): string =>
    e.code === 'invalid'
      ? `${w.importPlace(e.at)}: ${value(e.problem)}`
      : w.importError(e, 'at' in e ? w.importPlace(e.at) : '');
  const questionnaire = (n: QuestionnaireName) => n.id;
  const placeText = (parts: PlacePart[], problem: AuthorProblem): string => {
    if (!parts.some((p) => NAMED_PARTS.has(p.part))) return '';
    const textMissing =
      problem.code === 'rule' &&
      (problem.rule === 'germanTextMissing' || problem.rule === 'englishTextMissing');
    return parts
      .filter((p, i) => {
        const next = parts[i + 1];
        // Question ids are unique in a questionnaire: the field it is in says nothing more.
        if (p.part === 'field' && next?.part === 'question' && next.id) return false;
        // "Englischer Text fehlt" says already which text.
        return !(textMissing && p.part === 'language' && i === parts.length - 1);
      })
      .map((p) => (p.part === 'property' ? (own(w.properties, p.name) ?? p.name) : w.part(p)))
      .join(', ');
  };
  const authorProblem = (p: AuthorProblem): string => {
    switch (p.code) {
      case 'html':
      case 'otherQuestionnaire':
      case 'unknownFieldRef':
      case 'unknownQuestionRef':
      case 'firstStepTooLate':
      case 'laterStepAtZero':
      case 'unknownSource':
      case 'endedSource':
      case 'staleSource':
      case 'mappedTwice':
      case 'questionNotInVersion':
      case 'fieldNotInVersion':
      case 'folderName':
      case 'shortCheckTwice':
      case 'shortCheckMissesField':
      case 'shortCheckFieldHidden':
        return w.check(p);
      default:
        return value(p);
    }
  };
  const packageError = (e: PackageError): string => {
    if (e.code !== 'at') return w.packageError(e, w.files);
    const last = e.place.at(-1);
    // "Titel fehlt bei Frage strategie.ziele" rather than "fehlt bei Frage strategie.ziele, Titel".
    const missing = e.problem.code === 'missing' && last?.part === 'property' ? last.name : null;
    const parts = missing === null ? e.place : e.place.slice(0, -1);
    const what =
      missing === null ? authorProblem(e.problem) : w.missingProperty(own(w.properties, missing) ?? missing);
    const place = NAMES_ITS_PLACE.has(e.problem.code) ? '' : placeText(parts, e.problem);
    return `${e.file}: ${e.path || w.root}: ${place ? w.at(what, place) : what}`;
  };
  return {
    /** A value problem alone (without its place). */
    value,
    /** One problem of an export file. */
    importError,
    /** One way an assessment does not fit the questionnaire. */
    mismatch: (e: MismatchError) => w.mismatch(e, questionnaire),
    /** The notice for answers carried over from an older questionnaire version. */
    carryOver: w.carryOver,
    /** One problem of a questionnaire package, for its author. */
    packageError,
    /** Why a questionnaire cannot be opened. */
    questionnaireProblem: (e: QuestionnaireProblem): string =>
      e.code === 'notAvailable' ||
      e.code === 'loadFailed' ||
      e.code === 'notLoaded' ||
      e.code === 'checkFailed'
        ? w.catalog(e)
        : packageError(e),
    /** Why two rounds cannot be compared. */
    comparison: (p: ComparisonProblem, questionnaireId: string) =>
      w.comparison(p, (a) => w.answer(a, questionnaireId)),
    /** Why answers cannot be consolidated. */
    consolidation: (p: ConsolidationProblem, questionnaireId: string) =>
      w.consolidation(p, (a) => w.answer(a, questionnaireId)),
  };
}

const deDecimal = (n: number) => n.toFixed(1).replace('.', ',');
const q = (text: string) => `„${text}“`;

const deWords: Words = {
  root: '(Wurzel)',
  quote: q,
  found: (v) => {
    switch (v.type) {
      case 'nothing':
        return 'nichts';
      case 'null':
        return 'null';
      case 'text':
        return `Text ${q(v.text)}`;
      case 'number':
        return `Zahl ${String(v.value)}`;
      case 'boolean':
        return `Wahrheitswert ${String(v.value)}`;
      case 'list':
        return 'eine Liste';
      case 'object':
        return 'ein Objekt';
      case 'other':
        return v.name;
    }
  },
  types: {
    string: 'Text',
    number: 'Zahl',
    int: 'ganze Zahl',
    boolean: 'Wahrheitswert (true/false)',
    array: 'Liste',
    object: 'Objekt',
    record: 'Objekt',
    null: 'null',
    literal: 'festen Wert',
    enum: 'einen der erlaubten Werte',
  },
  value: (p, list) => {
    const found = 'found' in p ? deWords.found(p.found) : '';
    switch (p.code) {
      case 'missing':
        return 'fehlt';
      case 'wrongType':
        return `erwartet ${list}, gefunden ${found}`;
      case 'tooLong':
        return `zu lang: höchstens ${p.max} Zeichen erlaubt, gefunden ${p.length ?? '?'}`;
      case 'tooManyEntries':
        return `zu viele Einträge: höchstens ${p.max} erlaubt`;
      case 'numberTooLarge':
        return `zu groß: höchstens ${p.max} erlaubt, gefunden ${found}`;
      case 'tooLarge':
        return `zu groß: höchstens ${p.max}`;
      case 'empty':
        return 'darf nicht leer sein';
      case 'tooShort':
        return `zu kurz: mindestens ${p.min} Zeichen`;
      case 'tooFewEntries':
        return `zu wenige Einträge: mindestens ${p.min} nötig`;
      case 'numberTooSmall':
        return `zu klein: mindestens ${p.min} erlaubt, gefunden ${found}`;
      case 'tooSmall':
        return `zu klein: mindestens ${p.min}`;
      case 'notTheValue':
        return `erwartet ${list}, gefunden ${found}`;
      case 'notAllowed':
        return `ungültiger Wert ${found}; erlaubt sind: ${list}`;
      case 'notDate':
        return `erwartet ein Datum im Format JJJJ-MM-TT, gefunden ${found}`;
      case 'notDateTime':
        return `erwartet Datum und Uhrzeit im ISO-Format (z. B. 2026-03-01T09:30:00Z), gefunden ${found}`;
      case 'badFormat':
        return `ungültiges Format (${p.format}), gefunden ${found}`;
      case 'unknownKeys':
        return p.keys.length === 1 ? `unbekanntes Feld ${q(p.keys[0] ?? '')}` : `unbekannte Felder ${list}`;
      case 'unknownTheme':
        return `Unbekanntes Thema ${q(p.theme)}`;
      case 'duplicateId':
        return `Kennung ${q(p.id)} ist doppelt`;
      case 'undeclared':
        return `${q(p.value)} ist nicht ${DECLARED_DE[p.list]} des Fragebogens`;
      case 'invalid':
        return `ungültiger Wert ${found}`;
    }
  },
  noBranch: (found, allowed) => `ungültiger Wert ${found}; erlaubt: ${allowed.join(' oder ')}`,
  branch: (b) => {
    switch (b.accepts) {
      case 'numberUpTo':
        return `Zahl bis ${b.max}`;
      case 'numberFrom':
        return `Zahl ab ${b.min}`;
      case 'date':
        return 'Datum JJJJ-MM-TT';
    }
  },
  rule: (rule, found) => {
    switch (rule) {
      case 'germanTextMissing':
        return 'Deutscher Text fehlt';
      case 'englishTextMissing':
        return 'Englischer Text fehlt';
      case 'idCharacters':
        return 'Kennung darf nur Kleinbuchstaben, Ziffern, Punkt und Bindestrich enthalten';
      case 'themeId':
        return 'Themenkennung darf nur Buchstaben, Ziffern, Punkt und Bindestrich enthalten';
      case 'unusedLevel':
        return 'Unbenutzte Stufen können nur 1 bis 4 sein; Stufe 0 gibt es immer';
      case 'twoLevelsUsed':
        return 'Eine Frage braucht mindestens zwei Stufen, die sie verwendet';
      case 'oneChoice':
        return 'Mindestens eine Auswahl angeben';
      case 'subjectWordMissing':
        return 'Wort für das, was bewertet wird, fehlt';
      case 'declarationMissing':
        return 'Wer eine der Angaben subject, profile, themeLabel und vocabularies macht, muss subject, themeLabel und vocabularies angeben';
      case 'month':
        return 'Monat im Format JJJJ-MM angeben, etwa „2026-12“';
      case 'fiveLevels':
        return 'Es müssen genau fünf Stufen (0–4) beschrieben sein';
      case 'fiveLevelNames':
        return 'Es müssen genau fünf Stufennamen sein';
      case 'oneTheme':
        return 'Mindestens ein Whitepaper-Thema angeben';
      case 'oneQuestion':
        return 'Ein Handlungsfeld braucht mindestens eine Frage';
      case 'oneField':
        return 'Mindestens ein Handlungsfeld angeben';
      case 'oneCondition':
        return 'Eine Auslöseregel braucht mindestens eine Bedingung';
      case 'oneStep':
        return 'Mindestens einen ersten Schritt angeben';
      case 'version':
        return 'Version im Format 1.0.0 angeben';
      case 'levelRange':
        return found.type === 'number'
          ? `Stufe ${String(found.value)} gibt es nicht (0–4)`
          : 'Eine Stufe von 0 bis 4 angeben';
      case 'httpsUrl':
        return 'Adresse muss mit https:// beginnen';
      case 'checkedMissing':
        return 'Es fehlt der Monat, in dem die Quelle zuletzt geprüft wurde („checked“, etwa „2026-12“)';
      case 'checkedMonth':
        return 'Prüfmonat im Format JJJJ-MM angeben, etwa „2026-12“';
      case 'firstBandAtZero':
        return 'Die erste Stufe muss bei 0 beginnen';
      case 'bandsAscending':
        return 'Reifegradstufen müssen nach „from“ aufsteigend sortiert sein';
      case 'municipalityMissing':
        return 'Name der Kommune fehlt';
      case 'planTitleMissing':
        return 'Titel der Maßnahme fehlt';
      case 'dateFormat':
        return 'Datum im Format JJJJ-MM-TT angeben';
      case 'coatOfArmsPng':
        return 'Wappen muss ein PNG-Bild sein';
    }
  },
  importPlace: (p) => {
    if (p.in === 'file') return p.path || '(Wurzel)';
    const head = `Bewertung ${p.number}${p.municipality ? ` (${p.municipality})` : ''}`;
    return p.path ? `${head} › ${p.path}` : head;
  },
  importError: (e, place) => {
    const found = 'found' in e ? deWords.found(e.found) : '';
    switch (e.code) {
      case 'unexpected':
        return 'Die Datei konnte nicht gelesen werden: Beim Prüfen ist ein unerwarteter Fehler aufgetreten.';
      case 'notText':
        return 'Die Datei konnte nicht als Text gelesen werden.';
      case 'tooLarge':
        return `Die Datei ist zu groß (${deDecimal(e.megabytes)} MB). Eine Exportdatei darf höchstens ${e.maxMegabytes} MB groß sein.`;
      case 'empty':
        return 'Die Datei ist leer.';
      case 'notJson':
        return 'Die Datei ist keine gültige Exportdatei des Digitalkompass: Ihr Inhalt ist kein lesbares JSON (vielleicht unvollständig gespeichert oder von Hand verändert).';
      case 'notObject':
        return `Die Datei ist keine Exportdatei des Digitalkompass (erwartet ein JSON-Objekt, gefunden ${found}).`;
      case 'notExport':
        return `Die Datei ist keine Exportdatei des Digitalkompass (Feld „type“: erwartet ${q(e.expected)}, gefunden ${found}).${e.questionnaireFile ? ' Es ist eine Fragebogendatei, keine Bewertung.' : ''}`;
      case 'badFormatVersion':
        return `Die Exportdatei hat keine gültige Formatversion (Feld „version“: erwartet eine ganze Zahl, gefunden ${found}).`;
      case 'newerFormat':
        return `Die Datei stammt aus einer neueren Version des Digitalkompass (Format ${e.version}). Bitte aktualisieren Sie die App.`;
      case 'unsupportedFormat':
        return `Die Datei hat das Exportformat ${e.version}, das diese Version des Digitalkompass nicht lesen kann (unterstützt: 1 bis ${e.newest}).`;
      case 'missingFormatStep':
        return `Für das Exportformat ${e.version} fehlt eine Umwandlung.`;
      case 'noAssessment':
        return 'Die Datei enthält keine Bewertung.';
      case 'duplicateId':
        return `${place}: Kennung ${q(e.id)} kommt in der Datei mehrfach vor (schon bei Bewertung ${e.first}).`;
      case 'tooDeep':
        return `Die Datei ist zu tief verschachtelt (mehr als ${e.maxDepth} Ebenen) und keine Exportdatei.`;
      case 'protoKey':
        return `${place}: unzulässiges Feld „__proto__“`;
      case 'moreErrors':
        return `… und ${e.count} weitere Fehler`;
    }
  },
  mismatch: (e, name) => {
    const inQ = (n: QuestionnaireName) => `im Fragebogen ${q(name(n))} (Version ${n.version})`;
    switch (e.code) {
      case 'otherQuestionnaire':
        return `Die Bewertung gehört zum Fragebogen ${q(e.questionnaireId)}, geöffnet ist ${q(e.open)}.`;
      case 'unknownQuestion':
        return `${e.at}: Frage ${q(e.id)} gibt es ${inQ(e.questionnaire)} nicht`;
      case 'dontKnowNotOffered':
        return `${e.at}: die Frage bietet „weiß nicht“ nicht an`;
      case 'notApplicableNotOffered':
        return `${e.at}: die Frage bietet „nicht zutreffend“ nicht an`;
      case 'invalidLevel':
        return `${e.at}: ungültige Stufe ${e.value} (erlaubt: 0 bis 4)`;
      case 'noteForUnknownQuestion':
        return `${e.at}: Notiz zu einer Frage, die es ${inQ(e.questionnaire)} nicht gibt`;
      case 'unknownField':
        return `${e.at}: Handlungsfeld ${q(e.id)} gibt es ${inQ(e.questionnaire)} nicht`;
      case 'invalidTargetLevel':
        return `${e.at}: ungültige Soll-Stufe ${e.level} (erlaubt: 0 bis 4)`;
      case 'unusedLevel':
        return `${e.at}: Stufe ${e.level} gibt es bei dieser Frage nicht`;
      case 'undeclaredChoice':
        return `${e.at}: ${q(e.value)} ist ${inQ(e.questionnaire)} keine Auswahl`;
      case 'missingChoice':
        return `${e.at}: Angabe fehlt; sie ist ${inQ(e.questionnaire)} verlangt`;
      case 'unknownVersion': {
        const offer = e.known.length
          ? `Übernehmen lassen sich Antworten aus Version ${e.known.join(', ')} und aus der aktuellen Version ${e.current}.`
          : `Übernehmen lassen sich nur Antworten aus der aktuellen Version ${e.current}.`;
        return `Die Bewertung wurde mit Version ${q(e.version)} des Fragebogens ${q(e.questionnaireId)} erstellt. Diese Version kennt der Digitalkompass nicht. ${offer}`;
      }
    }
  },
  carryOver: (n) => {
    const review =
      n.toReview === 0
        ? 'Keine Antwort muss geprüft werden.'
        : n.toReview === 1
          ? '1 Antwort ist mit „bitte prüfen“ markiert, weil sich ihre Frage geändert hat.'
          : `${n.toReview} Antworten sind mit „bitte prüfen“ markiert, weil sich ihre Frage geändert hat.`;
    const dropped = n.dropped
      ? ` ${n.dropped === 1 ? '1 Antwort passt' : `${n.dropped} Antworten passen`} zu keiner Frage der neuen Version mehr und wurde${n.dropped === 1 ? '' : 'n'} nicht übernommen.`
      : '';
    return `Die Antworten wurden aus Version ${n.from} des Fragebogens in Version ${n.to} übernommen. ${review}${dropped}`;
  },
  part: (p) => {
    const name = (word: string, id: string | null, n: number) => `${word} ${id ?? `Nr. ${n}`}`;
    switch (p.part) {
      case 'field':
        return name('Handlungsfeld', p.id, p.number);
      case 'question':
        return name('Frage', p.id, p.number);
      case 'theme':
        return name('Thema', p.id, p.number);
      case 'recommendation':
        return name('Empfehlung', p.id, p.number);
      case 'source':
        return name('Quelle', p.id, p.number);
      case 'band':
        return `Reifegradstufe ${p.number}`;
      case 'step':
        return `Schritt ${p.number}`;
      case 'condition':
        return `Bedingung ${p.number}`;
      case 'level':
        return `Stufe ${p.level}`;
      case 'levelName':
        return `Stufenname ${p.level}`;
      case 'migration':
        return `Umstellung ${p.from ?? '?'} → ${p.to ?? '?'}`;
      case 'mapping':
        return `Zuordnung der Frage ${p.from ?? '?'}`;
      case 'language':
        return p.language === 'de' ? 'deutscher Text' : 'englischer Text';
    }
  },
  properties: {
    title: 'Titel',
    help: 'Hilfetext',
    description: 'Beschreibung',
    name: 'Name',
    basedOn: 'Grundlage',
    levels: 'Stufen',
    levelNames: 'Stufennamen',
    weight: 'Gewicht',
    themes: 'Whitepaper-Themen',
    defaultTarget: 'Soll-Stufe',
    allowDontKnow: 'Antwort „weiß nicht“',
    allowNotApplicable: 'Antwort „nicht zutreffend“',
    onlyFor: 'Arten von Kommunen',
    questions: 'Fragen',
    fields: 'Handlungsfelder',
    bands: 'Reifegradstufen',
    from: 'Untergrenze',
    steps: 'Schritte',
    why: 'Begründung',
    actors: 'Wer handelt',
    effort: 'Aufwand',
    horizon: 'Zeitraum',
    kind: 'Art',
    trigger: 'Auslöseregel',
    match: 'Verknüpfung',
    conditions: 'Bedingungen',
    question: 'Frage',
    field: 'Handlungsfeld',
    atOrBelow: 'höchstens Stufe',
    atOrAbove: 'mindestens Stufe',
    scoreBelow: 'Punkte unter',
    scoreAtLeast: 'Punkte ab',
    references: 'Quellen',
    url: 'Adresse',
    status: 'Status',
    checked: 'Prüfmonat',
    note: 'Hinweis',
    id: 'Kennung',
    version: 'Version',
    asOf: 'Stand',
    to: 'neue Fragen',
    meaning: 'Bedeutung',
  },
  missingProperty: (name) => `${name} fehlt`,
  at: (problem, place) => `${problem} bei ${place}`,
  check: (c) => {
    switch (c.code) {
      case 'html':
        return 'Text enthält HTML („<“, „>“ oder &lt;/&gt;); erlaubt ist nur reiner Text';
      case 'otherQuestionnaire':
        return `gehört zu ${q(c.belongsTo)}, der Fragebogen heißt aber ${q(c.questionnaire)}`;
      case 'unknownFieldRef':
        return `Handlungsfeld ${q(c.id)} gibt es nicht`;
      case 'unknownQuestionRef':
        return `Frage ${q(c.id)} gibt es nicht`;
      case 'firstStepTooLate':
        return `${q(c.id)} ist ein erster Schritt, würde aber auch noch erscheinen, wenn die Frage Stufe ${c.level} oder das Handlungsfeld ${c.points} Punkte erreicht hat – dann ist der Schritt schon getan. Die Bedingung enger fassen (etwa „atOrBelow“: 2) oder die Empfehlung als nächsten Schritt („next-step“) einordnen.`;
      case 'laterStepAtZero':
        return `${q(c.id)} ist ${c.kind === 'next-step' ? 'ein nächster Schritt' : 'eine Empfehlung zum Dranbleiben'}, würde aber schon erscheinen, wenn die Frage auf Stufe 0 steht oder das Handlungsfeld 0 Punkte hat – also bevor es etwas gibt, auf dem sie aufbaut. Eine Bedingung ergänzen, die erst ab Stufe 1 gilt (etwa „atOrAbove“: 1 mit „match“: „all“), oder die Empfehlung als ersten Schritt („first-step“) einordnen.`;
      case 'unknownSource':
        return `Quelle ${q(c.id)} steht nicht in der Quellenliste`;
      case 'endedSource':
        return `${q(c.id)} ist beendet und darf nicht empfohlen werden`;
      case 'staleSource':
        return `${q(c.id)} wurde zuletzt ${c.checked} geprüft, ${c.months} Monate vor dem inhaltlichen Stand ${c.asOf} des Fragebogens. Bitte Adresse und Status neu prüfen und „checked“ anpassen.`;
      case 'mappedTwice':
        return `Frage ${q(c.id)} steht zweimal in der Zuordnung`;
      case 'questionNotInVersion':
        return `Frage ${q(c.id)} gibt es in Version ${c.version} nicht`;
      case 'fieldNotInVersion':
        return `Handlungsfeld ${q(c.id)} gibt es in Version ${c.version} nicht mehr; Handlungsfelder werden nicht umbenannt`;
      case 'folderName':
        return `${q(c.id)} muss dem Ordnernamen ${q(c.folder)} entsprechen`;
      case 'shortCheckTwice':
        return `Frage ${q(c.id)} steht zweimal im Kurzcheck`;
      case 'shortCheckMissesField':
        return `Der Kurzcheck fragt nichts aus dem Handlungsfeld ${q(c.id)}; jedes Handlungsfeld braucht mindestens eine Frage`;
      case 'shortCheckFieldHidden':
        return `Keine Kurzcheck-Frage des Handlungsfelds ${q(c.id)} wird der Art ${q(c.kind)} gezeigt; mindestens eine Frage je Handlungsfeld muss jede Art von Kommune sehen`;
    }
  },
  packageError: (e, files) => {
    switch (e.code) {
      case 'notJson':
        return `${e.file}: kein gültiges JSON${e.line ? ` (Zeile ${e.line}, Spalte ${e.column ?? '?'})` : ''}`;
      case 'fileMissing':
        return `${e.file}: Datei fehlt`;
      case 'notQuestionnaireFile':
        return `${e.file}: keine Fragebogen-Datei des Digitalkompass (Feld „type“ fehlt oder ist unbekannt)`;
      case 'missingFile':
        return `Es fehlt die Datei mit ${files[e.kind]} (type ${q(e.type)}).`;
    }
  },
  files: { questionnaire: 'dem Fragebogen', recommendations: 'den Empfehlungen', sources: 'den Quellen' },
  catalog: (e) => {
    switch (e.code) {
      case 'notAvailable':
        return `Fragebogen ${q(e.id)} ist nicht vorhanden`;
      case 'loadFailed':
        return `Fragebogen ${q(e.id)} konnte nicht geladen werden. Bitte laden Sie die Seite neu.`;
      case 'notLoaded':
        return `Der Fragebogen ${q(e.id)} ist in diesem Browser nicht geladen. Laden Sie ihn unter „Fragebögen“.`;
      case 'checkFailed':
        return `Fragebogen ${q(e.id)} konnte nicht geprüft werden.`;
    }
  },
  answer: (p, questionnaire) => {
    switch (p.code) {
      case 'unknownQuestion':
        return `Unbekannte Frage ${q(p.question)} im Fragebogen ${q(questionnaire)}`;
      case 'dontKnowNotOffered':
        return `Frage ${q(p.question)} bietet „weiß nicht“ nicht an`;
      case 'notApplicableNotOffered':
        return `Frage ${q(p.question)} bietet „nicht zutreffend“ nicht an`;
      case 'invalidLevel':
        return `Ungültige Stufe ${p.value} bei Frage ${q(p.question)} (erlaubt: 0 bis 4)`;
    }
  },
  comparison: (p, answer) => {
    switch (p.code) {
      case 'versionNotComparable':
        return `Die Runde ${q(p.round)} wurde mit Version ${q(p.version)} des Fragebogens erstellt; diese Version lässt sich nicht mit Version ${p.current} vergleichen`;
      case 'differentQuestionnaires':
        return `Die Runden gehören zu verschiedenen Fragebögen (${q(p.older)} und ${q(p.newer)}) und lassen sich nicht vergleichen`;
      case 'otherQuestionnaire':
        return `Die Runden gehören zum Fragebogen ${q(p.questionnaireId)}, nicht zu ${q(p.current)}`;
      case 'invalidAnswers':
        return `Runde ${q(p.round)}: ${answer(p.problem)}`;
      case 'unexpected':
        return 'Beim Vergleichen ist ein unerwarteter Fehler aufgetreten.';
    }
  },
  consolidation: (p, answer) => {
    switch (p.code) {
      case 'tooFew':
        return 'Zum Zusammenführen werden die Antworten von mindestens zwei Personen benötigt';
      case 'otherQuestionnaire':
        return `Die Antworten von ${q(p.respondent)} gehören zum Fragebogen ${q(p.questionnaireId)}, nicht zu ${q(p.current)}; nur Antworten zum selben Fragebogen lassen sich zusammenführen`;
      case 'invalidAnswers':
        return `Antworten von ${q(p.respondent)}: ${answer(p.problem)}`;
      case 'unexpected':
        return 'Beim Zusammenführen ist ein unerwarteter Fehler aufgetreten.';
    }
  },
};

const e = (text: string) => `“${text}”`;

const enWords: Words = {
  root: '(root)',
  quote: e,
  found: (v) => {
    switch (v.type) {
      case 'nothing':
        return 'nothing';
      case 'null':
        return 'null';
      case 'text':
        return `text ${e(v.text)}`;
      case 'number':
        return `number ${String(v.value)}`;
      case 'boolean':
        return `true/false value ${String(v.value)}`;
      case 'list':
        return 'a list';
      case 'object':
        return 'an object';
      case 'other':
        return v.name;
    }
  },
  types: {
    string: 'text',
    number: 'number',
    int: 'whole number',
    boolean: 'true/false value',
    array: 'list',
    object: 'object',
    record: 'object',
    null: 'null',
    literal: 'a fixed value',
    enum: 'one of the allowed values',
  },
  value: (p, list) => {
    const found = 'found' in p ? enWords.found(p.found) : '';
    switch (p.code) {
      case 'missing':
        return 'missing';
      case 'wrongType':
        return `expected ${list}, found ${found}`;
      case 'tooLong':
        return `too long: at most ${p.max} characters allowed, found ${p.length ?? '?'}`;
      case 'tooManyEntries':
        return `too many entries: at most ${p.max} allowed`;
      case 'numberTooLarge':
        return `too large: at most ${p.max} allowed, found ${found}`;
      case 'tooLarge':
        return `too large: at most ${p.max}`;
      case 'empty':
        return 'must not be empty';
      case 'tooShort':
        return `too short: at least ${p.min} characters`;
      case 'tooFewEntries':
        return `too few entries: at least ${p.min} needed`;
      case 'numberTooSmall':
        return `too small: at least ${p.min} allowed, found ${found}`;
      case 'tooSmall':
        return `too small: at least ${p.min}`;
      case 'notTheValue':
        return `expected ${list}, found ${found}`;
      case 'notAllowed':
        return `invalid value ${found}; allowed are: ${list}`;
      case 'notDate':
        return `expected a date in the format YYYY-MM-DD, found ${found}`;
      case 'notDateTime':
        return `expected a date and time in ISO format (e.g. 2026-03-01T09:30:00Z), found ${found}`;
      case 'badFormat':
        return `invalid format (${p.format}), found ${found}`;
      case 'unknownKeys':
        return p.keys.length === 1 ? `unknown field ${e(p.keys[0] ?? '')}` : `unknown fields ${list}`;
      case 'unknownTheme':
        return `Unknown theme ${e(p.theme)}`;
      case 'duplicateId':
        return `The id ${e(p.id)} occurs twice`;
      case 'undeclared':
        return `${e(p.value)} is not ${DECLARED_EN[p.list]} of the questionnaire`;
      case 'invalid':
        return `invalid value ${found}`;
    }
  },
  noBranch: (found, allowed) => `invalid value ${found}; allowed: ${allowed.join(' or ')}`,
  branch: (b) => {
    switch (b.accepts) {
      case 'numberUpTo':
        return `number up to ${b.max}`;
      case 'numberFrom':
        return `number from ${b.min}`;
      case 'date':
        return 'date YYYY-MM-DD';
    }
  },
  rule: (rule, found) => {
    switch (rule) {
      case 'germanTextMissing':
        return 'German text missing';
      case 'englishTextMissing':
        return 'English text missing';
      case 'idCharacters':
        return 'An id may only contain lower-case letters, digits, dots and hyphens';
      case 'themeId':
        return 'A theme id may contain only letters, digits, dots and hyphens';
      case 'unusedLevel':
        return 'Unused levels can only be 1 to 4; level 0 always exists';
      case 'twoLevelsUsed':
        return 'A question needs at least two levels that it uses';
      case 'oneChoice':
        return 'Give at least one choice';
      case 'subjectWordMissing':
        return 'The word for what is assessed is missing';
      case 'declarationMissing':
        return 'A questionnaire that declares any of subject, profile, themeLabel and vocabularies must declare subject, themeLabel and vocabularies';
      case 'month':
        return 'Give the month as YYYY-MM, e.g. “2026-12”';
      case 'fiveLevels':
        return 'Exactly five levels (0–4) must be described';
      case 'fiveLevelNames':
        return 'There must be exactly five level names';
      case 'oneTheme':
        return 'Give at least one white paper theme';
      case 'oneQuestion':
        return 'A field of action needs at least one question';
      case 'oneField':
        return 'Give at least one field of action';
      case 'oneCondition':
        return 'A trigger needs at least one condition';
      case 'oneStep':
        return 'Give at least one first step';
      case 'version':
        return 'Give the version as 1.0.0';
      case 'levelRange':
        return found.type === 'number'
          ? `Level ${String(found.value)} does not exist (0–4)`
          : 'Give a level from 0 to 4';
      case 'httpsUrl':
        return 'The address must start with https://';
      case 'checkedMissing':
        return 'The month in which the source was last checked is missing (“checked”, e.g. “2026-12”)';
      case 'checkedMonth':
        return 'Give the month checked as YYYY-MM, e.g. “2026-12”';
      case 'firstBandAtZero':
        return 'The first band must start at 0';
      case 'bandsAscending':
        return 'Maturity bands must be sorted by “from”, ascending';
      case 'municipalityMissing':
        return 'Name of the municipality missing';
      case 'planTitleMissing':
        return 'Title of the measure missing';
      case 'dateFormat':
        return 'Give the date as YYYY-MM-DD';
      case 'coatOfArmsPng':
        return 'The coat of arms must be a PNG image';
    }
  },
  importPlace: (p) => {
    if (p.in === 'file') return p.path || '(root)';
    const head = `Assessment ${p.number}${p.municipality ? ` (${p.municipality})` : ''}`;
    return p.path ? `${head} › ${p.path}` : head;
  },
  importError: (err, place) => {
    const found = 'found' in err ? enWords.found(err.found) : '';
    switch (err.code) {
      case 'unexpected':
        return 'The file could not be read: an unexpected error occurred while checking it.';
      case 'notText':
        return 'The file could not be read as text.';
      case 'tooLarge':
        return `The file is too large (${err.megabytes.toFixed(1)} MB). An export file may be at most ${err.maxMegabytes} MB.`;
      case 'empty':
        return 'The file is empty.';
      case 'notJson':
        return 'The file is not a valid Digital Compass export file: its content is not readable JSON (perhaps it was saved incompletely or changed by hand).';
      case 'notObject':
        return `The file is not a Digital Compass export file (expected a JSON object, found ${found}).`;
      case 'notExport':
        return `The file is not a Digital Compass export file (field “type”: expected ${e(err.expected)}, found ${found}).${err.questionnaireFile ? ' It is a questionnaire file, not an assessment.' : ''}`;
      case 'badFormatVersion':
        return `The export file has no valid format version (field “version”: expected a whole number, found ${found}).`;
      case 'newerFormat':
        return `The file comes from a newer version of the Digital Compass (format ${err.version}). Please update the app.`;
      case 'unsupportedFormat':
        return `The file has export format ${err.version}, which this version of the Digital Compass cannot read (supported: 1 to ${err.newest}).`;
      case 'missingFormatStep':
        return `There is no conversion for export format ${err.version}.`;
      case 'noAssessment':
        return 'The file contains no assessment.';
      case 'duplicateId':
        return `${place}: the id ${e(err.id)} occurs more than once in the file (first in assessment ${err.first}).`;
      case 'tooDeep':
        return `The file is nested too deeply (more than ${err.maxDepth} levels) and is not an export file.`;
      case 'protoKey':
        return `${place}: the field “__proto__” is not allowed`;
      case 'moreErrors':
        return `… and ${err.count} more errors`;
    }
  },
  mismatch: (err, name) => {
    const inQ = (n: QuestionnaireName) => `the questionnaire ${e(name(n))} (version ${n.version})`;
    switch (err.code) {
      case 'otherQuestionnaire':
        return `The assessment belongs to the questionnaire ${e(err.questionnaireId)}; ${e(err.open)} is open.`;
      case 'unknownQuestion':
        return `${err.at}: ${inQ(err.questionnaire)} has no question ${e(err.id)}`;
      case 'dontKnowNotOffered':
        return `${err.at}: the question does not offer “don’t know”`;
      case 'notApplicableNotOffered':
        return `${err.at}: the question does not offer “not applicable”`;
      case 'invalidLevel':
        return `${err.at}: invalid level ${err.value} (allowed: 0 to 4)`;
      case 'noteForUnknownQuestion':
        return `${err.at}: note on a question that ${inQ(err.questionnaire)} does not have`;
      case 'unknownField':
        return `${err.at}: ${inQ(err.questionnaire)} has no field of action ${e(err.id)}`;
      case 'invalidTargetLevel':
        return `${err.at}: invalid target level ${err.level} (allowed: 0 to 4)`;
      case 'unusedLevel':
        return `${err.at}: this question has no level ${err.level}`;
      case 'undeclaredChoice':
        return `${err.at}: ${e(err.value)} is not a choice of ${inQ(err.questionnaire)}`;
      case 'missingChoice':
        return `${err.at}: missing; ${inQ(err.questionnaire)} asks for it`;
      case 'unknownVersion': {
        const offer = err.known.length
          ? `Answers can be taken over from version ${err.known.join(', ')} and from the current version ${err.current}.`
          : `Answers can only be taken over from the current version ${err.current}.`;
        return `The assessment was made with version ${e(err.version)} of the questionnaire ${e(err.questionnaireId)}. The Digital Compass does not know this version. ${offer}`;
      }
    }
  },
  carryOver: (n) => {
    const review =
      n.toReview === 0
        ? 'No answer needs to be checked.'
        : n.toReview === 1
          ? '1 answer is marked “please check” because its question has changed.'
          : `${n.toReview} answers are marked “please check” because their question has changed.`;
    const dropped = n.dropped
      ? n.dropped === 1
        ? ' 1 answer fits no question of the new version any more and was not taken over.'
        : ` ${n.dropped} answers fit no question of the new version any more and were not taken over.`
      : '';
    return `The answers were carried over from version ${n.from} of the questionnaire to version ${n.to}. ${review}${dropped}`;
  },
  part: (p) => {
    const name = (word: string, id: string | null, n: number) => `${word} ${id ?? `no. ${n}`}`;
    switch (p.part) {
      case 'field':
        return name('field of action', p.id, p.number);
      case 'question':
        return name('question', p.id, p.number);
      case 'theme':
        return name('theme', p.id, p.number);
      case 'recommendation':
        return name('recommendation', p.id, p.number);
      case 'source':
        return name('source', p.id, p.number);
      case 'band':
        return `maturity band ${p.number}`;
      case 'step':
        return `step ${p.number}`;
      case 'condition':
        return `condition ${p.number}`;
      case 'level':
        return `level ${p.level}`;
      case 'levelName':
        return `level name ${p.level}`;
      case 'migration':
        return `migration ${p.from ?? '?'} → ${p.to ?? '?'}`;
      case 'mapping':
        return `mapping of question ${p.from ?? '?'}`;
      case 'language':
        return p.language === 'de' ? 'German text' : 'English text';
    }
  },
  properties: {
    title: 'title',
    help: 'help text',
    description: 'description',
    name: 'name',
    basedOn: 'basis',
    levels: 'levels',
    levelNames: 'level names',
    weight: 'weight',
    themes: 'white paper themes',
    defaultTarget: 'default target',
    allowDontKnow: 'answer “don’t know”',
    allowNotApplicable: 'answer “not applicable”',
    onlyFor: 'kinds of municipality',
    questions: 'questions',
    fields: 'fields of action',
    bands: 'maturity bands',
    from: 'lower bound',
    steps: 'steps',
    why: 'reason',
    actors: 'who acts',
    effort: 'effort',
    horizon: 'time frame',
    kind: 'kind',
    trigger: 'trigger',
    match: 'match',
    conditions: 'conditions',
    question: 'question',
    field: 'field of action',
    atOrBelow: 'at or below level',
    atOrAbove: 'at or above level',
    scoreBelow: 'points below',
    scoreAtLeast: 'points at least',
    references: 'sources',
    url: 'address',
    status: 'status',
    checked: 'month checked',
    note: 'note',
    id: 'id',
    version: 'version',
    asOf: 'as of',
    to: 'new questions',
    meaning: 'meaning',
  },
  missingProperty: (name) => `${name.charAt(0).toUpperCase()}${name.slice(1)} missing`,
  at: (problem, place) => `${problem} for ${place}`,
  check: (c) => {
    switch (c.code) {
      case 'html':
        return 'Text contains HTML (“<”, “>” or &lt;/&gt;); only plain text is allowed';
      case 'otherQuestionnaire':
        return `belongs to ${e(c.belongsTo)}, but the questionnaire is called ${e(c.questionnaire)}`;
      case 'unknownFieldRef':
        return `There is no field of action ${e(c.id)}`;
      case 'unknownQuestionRef':
        return `There is no question ${e(c.id)}`;
      case 'firstStepTooLate':
        return `${e(c.id)} is a first step but would still appear once the question reaches level ${c.level} or the field of action ${c.points} points – by then the step is done. Narrow the condition (e.g. “atOrBelow”: 2) or classify the recommendation as a next step (“next-step”).`;
      case 'laterStepAtZero':
        return `${e(c.id)} is ${c.kind === 'next-step' ? 'a next step' : 'a recommendation to keep going'} but would already appear while the question is at level 0 or the field of action has 0 points – before there is anything for it to build on. Add a condition that only holds from level 1 (e.g. “atOrAbove”: 1 with “match”: “all”) or classify the recommendation as a first step (“first-step”).`;
      case 'unknownSource':
        return `Source ${e(c.id)} is not in the list of sources`;
      case 'endedSource':
        return `${e(c.id)} has ended and must not be recommended`;
      case 'staleSource':
        return `${e(c.id)} was last checked in ${c.checked}, ${c.months} months before the questionnaire’s content date ${c.asOf}. Please check its address and status again and update “checked”.`;
      case 'mappedTwice':
        return `Question ${e(c.id)} appears twice in the mapping`;
      case 'questionNotInVersion':
        return `There is no question ${e(c.id)} in version ${c.version}`;
      case 'fieldNotInVersion':
        return `There is no field of action ${e(c.id)} in version ${c.version} any more; fields of action are never renamed`;
      case 'folderName':
        return `${e(c.id)} must match the folder name ${e(c.folder)}`;
      case 'shortCheckTwice':
        return `Question ${e(c.id)} is listed twice in the short check`;
      case 'shortCheckMissesField':
        return `The short check asks nothing of the field ${e(c.id)}; every field needs at least one question`;
      case 'shortCheckFieldHidden':
        return `No short-check question of the field ${e(c.id)} is shown to the kind ${e(c.kind)}; at least one question per field must be seen by every kind of municipality`;
    }
  },
  packageError: (err, files) => {
    switch (err.code) {
      case 'notJson':
        return `${err.file}: not valid JSON${err.line ? ` (line ${err.line}, column ${err.column ?? '?'})` : ''}`;
      case 'fileMissing':
        return `${err.file}: file missing`;
      case 'notQuestionnaireFile':
        return `${err.file}: not a Digital Compass questionnaire file (field “type” missing or unknown)`;
      case 'missingFile':
        return `The file with ${files[err.kind]} is missing (type ${e(err.type)}).`;
    }
  },
  files: {
    questionnaire: 'the questionnaire',
    recommendations: 'the recommendations',
    sources: 'the sources',
  },
  catalog: (err) => {
    switch (err.code) {
      case 'notAvailable':
        return `Questionnaire ${e(err.id)} is not available`;
      case 'loadFailed':
        return `Questionnaire ${e(err.id)} could not be loaded. Please reload the page.`;
      case 'notLoaded':
        return `The questionnaire ${e(err.id)} is not loaded in this browser. Load it under “Questionnaires”.`;
      case 'checkFailed':
        return `Questionnaire ${e(err.id)} could not be checked.`;
    }
  },
  answer: (p, questionnaire) => {
    switch (p.code) {
      case 'unknownQuestion':
        return `Unknown question ${e(p.question)} in the questionnaire ${e(questionnaire)}`;
      case 'dontKnowNotOffered':
        return `Question ${e(p.question)} does not offer “don’t know”`;
      case 'notApplicableNotOffered':
        return `Question ${e(p.question)} does not offer “not applicable”`;
      case 'invalidLevel':
        return `Invalid level ${p.value} for question ${e(p.question)} (allowed: 0 to 4)`;
    }
  },
  comparison: (p, answer) => {
    switch (p.code) {
      case 'versionNotComparable':
        return `The round ${e(p.round)} was made with version ${e(p.version)} of the questionnaire; this version cannot be compared with version ${p.current}`;
      case 'differentQuestionnaires':
        return `The rounds belong to different questionnaires (${e(p.older)} and ${e(p.newer)}) and cannot be compared`;
      case 'otherQuestionnaire':
        return `The rounds belong to the questionnaire ${e(p.questionnaireId)}, not to ${e(p.current)}`;
      case 'invalidAnswers':
        return `Round ${e(p.round)}: ${answer(p.problem)}`;
      case 'unexpected':
        return 'An unexpected error occurred while comparing.';
    }
  },
  consolidation: (p, answer) => {
    switch (p.code) {
      case 'tooFew':
        return 'Consolidating needs the answers of at least two people';
      case 'otherQuestionnaire':
        return `The answers of ${e(p.respondent)} belong to the questionnaire ${e(p.questionnaireId)}, not to ${e(p.current)}; only answers to the same questionnaire can be consolidated`;
      case 'invalidAnswers':
        return `Answers of ${e(p.respondent)}: ${answer(p.problem)}`;
      case 'unexpected':
        return 'An unexpected error occurred while consolidating.';
    }
  },
};

/** The messages for codes, in German (source of truth; English has the same shape). */
const de = messages(deWords);

/** The messages for codes in one language. */
export type ErrorStrings = typeof de;

/** Messages for codes by language. */
export const errorStrings: Record<Language, ErrorStrings> = { de, en: messages(enWords) };
