import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../engine/assessment';
import { comparisonProblem } from '../engine/compare-rounds';
import { consolidationProblem } from '../engine/consolidate';
import {
  MAX_IMPORT_CHARS,
  createExport,
  fitToQuestionnaire,
  parseImport,
  questionnaireMismatch,
  serializeExport,
} from '../engine/export-envelope';
import { checkMigrations, MigrationList } from '../engine/questionnaire-migration';
import { parseQuestionnairePackage, readQuestionnaireUpload } from '../engine/questionnaire-package';
import { Questionnaire } from '../engine/questionnaire-schema';
import { fixtureQuestionnaire, fixtureRecommendations } from '../../tests/fixtures/fixture-questionnaire';
import { formatOneExport, savedRound, testPlanItem, testProfile } from '../../tests/fixtures/records';
import { errorStrings } from './strings-errors';

// Every message the engine reports as a code, rendered: the German exactly as people have read it
// so far, the English beside it.

const NOW = new Date('2026-03-01T09:30:00.000Z');

function record(over: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return savedRound({
    profile: testProfile({ role: 'Kämmerer', date: '2026-02-01' }),
    answers: { 'a.1': 2, 'a.2': 'dontKnow', 'b.1': 'notApplicable' },
    targets: { a: 4 },
    plan: [testPlanItem({ owner: '', status: 'in-arbeit' })],
    currentPage: 'a',
    ...over,
  });
}

const exportJson = (records: AssessmentRecord[] = [record()]): Record<string, unknown> =>
  JSON.parse(serializeExport(createExport(records, '0.1.0', NOW))) as Record<string, unknown>;

/** A copy of a JSON object with the value at a path set (or removed, for undefined). */
function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy: unknown = structuredClone(root);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path.at(-1);
  if (last === undefined || typeof node !== 'object' || node === null) return value;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else Reflect.set(node, last, value);
  return copy;
}

/** The import's messages in both languages. */
function importMessages(text: string) {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the import to fail');
  return {
    de: result.errors.map(errorStrings.de.importError),
    en: result.errors.map(errorStrings.en.importError),
  };
}

const v1File = formatOneExport({
  questionnaireId: 'fixture',
  profile: testProfile({ municipality: 'Altstadt', role: 'Kämmerer', date: '2026-02-01' }),
  answers: { 'a.1': 1 },
  notes: {},
});

const A = ['data', 'assessments', 0];
const valid = exportJson();

describe('import messages', () => {
  const cases: { name: string; text: string; de: string; en: string }[] = [
    {
      name: 'empty file',
      text: '  ',
      de: 'Die Datei ist leer.',
      en: 'The file is empty.',
    },
    {
      name: 'broken JSON, in plain words',
      text: '{"type": "digitalkompass-export",',
      de: 'Die Datei ist keine gültige Exportdatei des Digitalkompass: Ihr Inhalt ist kein lesbares JSON (vielleicht unvollständig gespeichert oder von Hand verändert).',
      en: 'The file is not a valid Digital Compass export file: its content is not readable JSON (perhaps it was saved incompletely or changed by hand).',
    },
    {
      name: 'no assessment',
      text: serializeExport(createExport([], '0.1.0', NOW)),
      de: 'Die Datei enthält keine Bewertung.',
      en: 'The file contains no assessment.',
    },
    {
      name: 'a number',
      text: '42',
      de: 'Die Datei ist keine Exportdatei des Digitalkompass (erwartet ein JSON-Objekt, gefunden Zahl 42).',
      en: 'The file is not a Digital Compass export file (expected a JSON object, found number 42).',
    },
    {
      name: 'an array',
      text: '[]',
      de: 'Die Datei ist keine Exportdatei des Digitalkompass (erwartet ein JSON-Objekt, gefunden eine Liste).',
      en: 'The file is not a Digital Compass export file (expected a JSON object, found a list).',
    },
    {
      name: 'other app',
      text: '{"name":"x","version":"1.0.0"}',
      de: 'Die Datei ist keine Exportdatei des Digitalkompass (Feld „type“: erwartet „digitalkompass-export“, gefunden nichts).',
      en: 'The file is not a Digital Compass export file (field “type”: expected “digitalkompass-export”, found nothing).',
    },
    {
      name: 'a questionnaire',
      text: '{"type":"digitalkompass-questionnaire","version":"1.0.0"}',
      de: 'Die Datei ist keine Exportdatei des Digitalkompass (Feld „type“: erwartet „digitalkompass-export“, gefunden Text „digitalkompass-questionnaire“). Es ist eine Fragebogendatei, keine Bewertung.',
      en: 'The file is not a Digital Compass export file (field “type”: expected “digitalkompass-export”, found text “digitalkompass-questionnaire”). It is a questionnaire file, not an assessment.',
    },
    {
      name: 'newer format',
      text: '{"type":"digitalkompass-export","version":3}',
      de: 'Die Datei stammt aus einer neueren Version des Digitalkompass (Format 3). Bitte aktualisieren Sie die App.',
      en: 'The file comes from a newer version of the Digital Compass (format 3). Please update the app.',
    },
    {
      name: 'version 0',
      text: '{"type":"digitalkompass-export","version":0}',
      de: 'Die Datei hat das Exportformat 0, das diese Version des Digitalkompass nicht lesen kann (unterstützt: 1 bis 2).',
      en: 'The file has export format 0, which this version of the Digital Compass cannot read (supported: 1 to 2).',
    },
    {
      name: 'version as text',
      text: '{"type":"digitalkompass-export","version":"2"}',
      de: 'Die Exportdatei hat keine gültige Formatversion (Feld „version“: erwartet eine ganze Zahl, gefunden Text „2“).',
      en: 'The export file has no valid format version (field “version”: expected a whole number, found text “2”).',
    },
    {
      name: 'over 20 MB',
      text: `"${'x'.repeat(MAX_IMPORT_CHARS)}"`,
      de: 'Die Datei ist zu groß (20,0 MB). Eine Exportdatei darf höchstens 20 MB groß sein.',
      en: 'The file is too large (20.0 MB). An export file may be at most 20 MB.',
    },
    {
      name: 'nested too deeply',
      text: JSON.stringify({ ...valid, extra: 'DEEP' }).replace(
        '"DEEP"',
        `${'['.repeat(100)}${']'.repeat(100)}`,
      ),
      de: 'Die Datei ist zu tief verschachtelt (mehr als 64 Ebenen) und keine Exportdatei.',
      en: 'The file is nested too deeply (more than 64 levels) and is not an export file.',
    },
    {
      name: 'answer out of range',
      text: JSON.stringify(setAt(valid, [...A, 'answers', 'a.1'], 7)),
      de: 'Bewertung 1 (Musterdorf) › answers › a.1: zu groß: höchstens 4 erlaubt, gefunden Zahl 7',
      en: 'Assessment 1 (Musterdorf) › answers › a.1: too large: at most 4 allowed, found number 7',
    },
    {
      name: 'answer as text',
      text: JSON.stringify(setAt(valid, [...A, 'answers', 'a.1'], 'gut')),
      de: 'Bewertung 1 (Musterdorf) › answers › a.1: ungültiger Wert Text „gut“; erlaubt: Zahl oder „dontKnow“ oder „notApplicable“',
      en: 'Assessment 1 (Musterdorf) › answers › a.1: invalid value text “gut”; allowed: number or “dontKnow” or “notApplicable”',
    },
    {
      name: 'target out of range',
      text: JSON.stringify(setAt(valid, [...A, 'targets', 'a'], 5)),
      de: 'Bewertung 1 (Musterdorf) › targets › a: zu groß: höchstens 4 erlaubt, gefunden Zahl 5',
      en: 'Assessment 1 (Musterdorf) › targets › a: too large: at most 4 allowed, found number 5',
    },
    {
      name: 'note is not text',
      text: JSON.stringify(setAt(valid, [...A, 'notes', 'a.1'], 3)),
      de: 'Bewertung 1 (Musterdorf) › notes › a.1: erwartet Text, gefunden Zahl 3',
      en: 'Assessment 1 (Musterdorf) › notes › a.1: expected text, found number 3',
    },
    {
      name: 'note too long',
      text: JSON.stringify(setAt(valid, [...A, 'notes', 'a.1'], 'x'.repeat(10001))),
      de: 'Bewertung 1 (Musterdorf) › notes › a.1: zu lang: höchstens 10000 Zeichen erlaubt, gefunden 10001',
      en: 'Assessment 1 (Musterdorf) › notes › a.1: too long: at most 10000 characters allowed, found 10001',
    },
    {
      name: 'municipality empty (the schema’s own message)',
      text: JSON.stringify(setAt(valid, [...A, 'profile', 'municipality'], '')),
      de: 'Bewertung 1 › profile.municipality: Name der Kommune fehlt',
      en: 'Assessment 1 › profile.municipality: Name of the municipality missing',
    },
    {
      name: 'profile date in another format',
      text: JSON.stringify(setAt(valid, [...A, 'profile', 'date'], '01.02.2026')),
      de: 'Bewertung 1 (Musterdorf) › profile.date: Datum im Format JJJJ-MM-TT angeben',
      en: 'Assessment 1 (Musterdorf) › profile.date: Give the date as YYYY-MM-DD',
    },
    {
      name: 'plan title empty',
      text: JSON.stringify(setAt(valid, [...A, 'plan', 0, 'title'], ' ')),
      de: 'Bewertung 1 (Musterdorf) › plan[0].title: Titel der Maßnahme fehlt',
      en: 'Assessment 1 (Musterdorf) › plan[0].title: Title of the measure missing',
    },
    {
      name: 'plan status unknown',
      text: JSON.stringify(setAt(valid, [...A, 'plan', 0, 'status'], 'fertig')),
      de: 'Bewertung 1 (Musterdorf) › plan[0].status: ungültiger Wert Text „fertig“; erlaubt sind: „offen“, „in-arbeit“, „erledigt“',
      en: 'Assessment 1 (Musterdorf) › plan[0].status: invalid value text “fertig”; allowed are: “offen”, “in-arbeit”, “erledigt”',
    },
    {
      name: 'plan due not a date',
      text: JSON.stringify(setAt(valid, [...A, 'plan', 0, 'due'], '30.06.2026')),
      de: 'Bewertung 1 (Musterdorf) › plan[0].due: erwartet ein Datum im Format JJJJ-MM-TT, gefunden Text „30.06.2026“',
      en: 'Assessment 1 (Musterdorf) › plan[0].due: expected a date in the format YYYY-MM-DD, found text “30.06.2026”',
    },
    {
      name: 'coat of arms not a PNG',
      text: JSON.stringify(
        setAt(valid, [...A, 'coatOfArms'], {
          dataUrl: 'data:image/svg+xml,x',
          width: 1,
          height: 1,
          fileName: 'a',
        }),
      ),
      de: 'Bewertung 1 (Musterdorf) › coatOfArms.dataUrl: Wappen muss ein PNG-Bild sein',
      en: 'Assessment 1 (Musterdorf) › coatOfArms.dataUrl: The coat of arms must be a PNG image',
    },
    {
      name: 'unknown field in a plan item',
      text: JSON.stringify(setAt(valid, [...A, 'plan', 0, 'priority'], 1)),
      de: 'Bewertung 1 (Musterdorf) › plan[0]: unbekanntes Feld „priority“',
      en: 'Assessment 1 (Musterdorf) › plan[0]: unknown field “priority”',
    },
    {
      name: 'required field missing',
      text: JSON.stringify(setAt(valid, [...A, 'label'], undefined)),
      de: 'Bewertung 1 (Musterdorf) › label: fehlt',
      en: 'Assessment 1 (Musterdorf) › label: missing',
    },
    {
      name: 'updatedAt not a datetime',
      text: JSON.stringify(setAt(valid, [...A, 'updatedAt'], 'gestern')),
      de: 'Bewertung 1 (Musterdorf) › updatedAt: erwartet Datum und Uhrzeit im ISO-Format (z. B. 2026-03-01T09:30:00Z), gefunden Text „gestern“',
      en: 'Assessment 1 (Musterdorf) › updatedAt: expected a date and time in ISO format (e.g. 2026-03-01T09:30:00Z), found text “gestern”',
    },
    {
      name: 'assessments not a list',
      text: JSON.stringify(setAt(valid, ['data', 'assessments'], {})),
      de: 'data.assessments: erwartet Liste, gefunden ein Objekt',
      en: 'data.assessments: expected list, found an object',
    },
    {
      name: 'wrong app',
      text: JSON.stringify(setAt(valid, ['source', 'app'], 'other')),
      de: 'source.app: erwartet „digitalkompass-kommune“, gefunden Text „other“',
      en: 'source.app: expected “digitalkompass-kommune”, found text “other”',
    },
    {
      name: 'unknown top-level field',
      text: JSON.stringify(setAt(valid, ['extra'], true)),
      de: '(Wurzel): unbekanntes Feld „extra“',
      en: '(root): unknown field “extra”',
    },
    {
      name: '"__proto__" at the top level',
      text: JSON.stringify(valid).replace('{', '{ "__proto__": { "polluted": "yes" },'),
      de: '(Wurzel): unzulässiges Feld „__proto__“',
      en: '(root): the field “__proto__” is not allowed',
    },
    {
      name: '"__proto__" in the answers',
      text: JSON.stringify(valid).replace('"answers":{', '"answers":{ "__proto__": { "polluted": "yes" },'),
      de: 'Bewertung 1 (Musterdorf) › answers: unzulässiges Feld „__proto__“',
      en: 'Assessment 1 (Musterdorf) › answers: the field “__proto__” is not allowed',
    },
    {
      name: 'two assessments with the same id',
      text: serializeExport(
        createExport([record(), record({ id: 'as-2' }), record({ profile: null })], '0.1.0', NOW),
      ),
      de: 'Bewertung 3 › id: Kennung „as-1“ kommt in der Datei mehrfach vor (schon bei Bewertung 1).',
      en: 'Assessment 3 › id: the id “as-1” occurs more than once in the file (first in assessment 1).',
    },
    {
      name: 'format 1: the path of format 1',
      text: JSON.stringify(setAt(v1File, ['assessment', 'answers', 'a.1'], 9)),
      de: 'Bewertung 1 (Altstadt) › answers › a.1: zu groß: höchstens 4 erlaubt, gefunden Zahl 9',
      en: 'Assessment 1 (Altstadt) › answers › a.1: too large: at most 4 allowed, found number 9',
    },
    {
      name: 'format 1: a field of format 2',
      text: JSON.stringify(setAt(v1File, ['assessment', 'plan'], [])),
      de: 'Bewertung 1 (Altstadt): unbekanntes Feld „plan“',
      en: 'Assessment 1 (Altstadt): unknown field “plan”',
    },
    {
      name: 'control characters and bidi overrides made visible',
      text: JSON.stringify(
        setAt(setAt(valid, [...A, 'profile', 'municipality'], 'Ort\u202Eevil'), [...A, 'label'], 1),
      ),
      de: 'Bewertung 1 (Ort\uFFFDevil) › label: erwartet Text, gefunden Zahl 1',
      en: 'Assessment 1 (Ort\uFFFDevil) › label: expected text, found number 1',
    },
  ];
  it.each(cases)('$name', ({ text, de, en }) => {
    expect(importMessages(text)).toEqual({ de: [de], en: [en] });
  });

  it('shows at most 20 messages and counts the rest', () => {
    const answers = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`q${i}`, 'x']));
    const { de, en } = importMessages(JSON.stringify(setAt(valid, [...A, 'answers'], answers)));
    expect(de).toHaveLength(21);
    expect([de[20], en[20]]).toEqual(['… und 5 weitere Fehler', '… and 5 more errors']);
  });
});

describe('an assessment that does not fit the questionnaire', () => {
  const cases: { name: string; over: Partial<AssessmentRecord>; de: string; en: string }[] = [
    {
      name: 'other questionnaire',
      over: { questionnaireId: 'anderer' },
      de: 'Die Bewertung gehört zum Fragebogen „anderer“, geöffnet ist „fixture“.',
      en: 'The assessment belongs to the questionnaire “anderer”; “fixture” is open.',
    },
    {
      name: 'unknown question in answers',
      over: { answers: { 'a.1': 1, 'z.9': 2 } },
      de: 'answers › z.9: Frage „z.9“ gibt es im Fragebogen „fixture“ (Version 1.0.0) nicht',
      en: 'answers › z.9: the questionnaire “fixture” (version 1.0.0) has no question “z.9”',
    },
    {
      name: '"weiß nicht" not offered',
      over: { answers: { 'b.lk': 'dontKnow' } },
      de: 'answers › b.lk: die Frage bietet „weiß nicht“ nicht an',
      en: 'answers › b.lk: the question does not offer “don’t know”',
    },
    {
      name: '"nicht zutreffend" not offered',
      over: { answers: { 'a.1': 'notApplicable' } },
      de: 'answers › a.1: die Frage bietet „nicht zutreffend“ nicht an',
      en: 'answers › a.1: the question does not offer “not applicable”',
    },
    {
      name: 'note to an unknown question',
      over: { notes: { alt: 'x' } },
      de: 'notes › alt: Notiz zu einer Frage, die es im Fragebogen „fixture“ (Version 1.0.0) nicht gibt',
      en: 'notes › alt: note on a question that the questionnaire “fixture” (version 1.0.0) does not have',
    },
    {
      name: 'target for an unknown field',
      over: { targets: { c: 2 } },
      de: 'targets › c: Handlungsfeld „c“ gibt es im Fragebogen „fixture“ (Version 1.0.0) nicht',
      en: 'targets › c: the questionnaire “fixture” (version 1.0.0) has no field of action “c”',
    },
    {
      name: 'question to confirm unknown',
      over: { toConfirm: ['a.1', 'x'] },
      de: 'toConfirm[1]: Frage „x“ gibt es im Fragebogen „fixture“ (Version 1.0.0) nicht',
      en: 'toConfirm[1]: the questionnaire “fixture” (version 1.0.0) has no question “x”',
    },
    {
      name: 'a kind the questionnaire does not declare',
      over: { profile: testProfile({ kind: 'dorf' }) },
      de: 'profile › kind: „dorf“ ist im Fragebogen „fixture“ (Version 1.0.0) keine Auswahl',
      en: 'profile › kind: “dorf” is not a choice of the questionnaire “fixture” (version 1.0.0)',
    },
  ];
  it.each(cases)('$name', ({ over, de, en }) => {
    const errors = questionnaireMismatch(record(over), fixtureQuestionnaire);
    expect(errors.map(errorStrings.de.mismatch)).toEqual([de]);
    expect(errors.map(errorStrings.en.mismatch)).toEqual([en]);
  });

  it('names the versions it can carry over from', () => {
    const migrations = {
      type: 'digitalkompass-migrations' as const,
      questionnaireId: 'fixture',
      migrations: [{ from: '0.9.0', to: '1.0.0', fields: ['a', 'b'], questions: [] }],
    };
    const result = fitToQuestionnaire(
      record({ questionnaireVersion: '9.9.9' }),
      fixtureQuestionnaire,
      migrations,
    );
    if (result.ok) throw new Error('expected a refusal');
    expect(result.errors.map(errorStrings.de.mismatch)).toEqual([
      'Die Bewertung wurde mit Version „9.9.9“ des Fragebogens „fixture“ erstellt. Diese Version kennt der Digitalkompass nicht. Übernehmen lassen sich Antworten aus Version 0.9.0 und aus der aktuellen Version 1.0.0.',
    ]);
    expect(result.errors.map(errorStrings.en.mismatch)).toEqual([
      'The assessment was made with version “9.9.9” of the questionnaire “fixture”. The Digital Compass does not know this version. Answers can be taken over from version 0.9.0 and from the current version 1.0.0.',
    ]);
    const none = fitToQuestionnaire(record({ questionnaireVersion: '9.9.9' }), fixtureQuestionnaire, null);
    expect(none.ok ? [] : none.errors.map(errorStrings.de.mismatch)).toEqual([
      'Die Bewertung wurde mit Version „9.9.9“ des Fragebogens „fixture“ erstellt. Diese Version kennt der Digitalkompass nicht. Übernehmen lassen sich nur Antworten aus der aktuellen Version 1.0.0.',
    ]);
  });
});

describe('the notice for answers carried over', () => {
  it.each([
    [
      { from: '1.0.0', to: '2.0.0', toReview: 0, dropped: 0 },
      'Die Antworten wurden aus Version 1.0.0 des Fragebogens in Version 2.0.0 übernommen. Keine Antwort muss geprüft werden.',
      'The answers were carried over from version 1.0.0 of the questionnaire to version 2.0.0. No answer needs to be checked.',
    ],
    [
      { from: '1.0.0', to: '2.0.0', toReview: 1, dropped: 1 },
      'Die Antworten wurden aus Version 1.0.0 des Fragebogens in Version 2.0.0 übernommen. 1 Antwort ist mit „bitte prüfen“ markiert, weil sich ihre Frage geändert hat. 1 Antwort passt zu keiner Frage der neuen Version mehr und wurde nicht übernommen.',
      'The answers were carried over from version 1.0.0 of the questionnaire to version 2.0.0. 1 answer is marked “please check” because its question has changed. 1 answer fits no question of the new version any more and was not taken over.',
    ],
    [
      { from: '1.0.0', to: '2.0.0', toReview: 2, dropped: 3 },
      'Die Antworten wurden aus Version 1.0.0 des Fragebogens in Version 2.0.0 übernommen. 2 Antworten sind mit „bitte prüfen“ markiert, weil sich ihre Frage geändert hat. 3 Antworten passen zu keiner Frage der neuen Version mehr und wurden nicht übernommen.',
      'The answers were carried over from version 1.0.0 of the questionnaire to version 2.0.0. 2 answers are marked “please check” because their question has changed. 3 answers fit no question of the new version any more and were not taken over.',
    ],
  ])('%j', (notice, de, en) => {
    expect(errorStrings.de.carryOver(notice)).toBe(de);
    expect(errorStrings.en.carryOver(notice)).toBe(en);
  });
});

describe('rounds that cannot be compared, answers that cannot be consolidated', () => {
  const pkg = { questionnaire: fixtureQuestionnaire, recommendations: fixtureRecommendations, sources: [] };
  it.each([
    [
      record({ questionnaireId: 'anderer' }),
      record(),
      'Die Runden gehören zu verschiedenen Fragebögen („anderer“ und „fixture“) und lassen sich nicht vergleichen',
      'The rounds belong to different questionnaires (“anderer” and “fixture”) and cannot be compared',
    ],
    [
      record({ questionnaireVersion: '0.5.0', label: 'Frühjahr 2025' }),
      record(),
      'Die Runde „Frühjahr 2025“ wurde mit Version „0.5.0“ des Fragebogens erstellt; diese Version lässt sich nicht mit Version 1.0.0 vergleichen',
      'The round “Frühjahr 2025” was made with version “0.5.0” of the questionnaire; this version cannot be compared with version 1.0.0',
    ],
    [
      record({ answers: { 'a.1': 'notApplicable' } }),
      record(),
      'Runde „Herbst 2026“: Frage „a.1“ bietet „nicht zutreffend“ nicht an',
      'Round “Herbst 2026”: Question “a.1” does not offer “not applicable”',
    ],
  ])('compare %#', (older, newer, de, en) => {
    const problem = comparisonProblem(pkg, older, newer);
    if (!problem) throw new Error('expected a problem');
    expect(errorStrings.de.comparison(problem, 'fixture')).toBe(de);
    expect(errorStrings.en.comparison(problem, 'fixture')).toBe(en);
  });

  it.each([
    [
      [record()],
      'Zum Zusammenführen werden die Antworten von mindestens zwei Personen benötigt',
      'Consolidating needs the answers of at least two people',
    ],
    [
      [record(), record({ answers: { 'z.9': 1 }, profile: null, label: 'IT' })],
      'Antworten von „IT“: Unbekannte Frage „z.9“ im Fragebogen „fixture“',
      'Answers of “IT”: Unknown question “z.9” in the questionnaire “fixture”',
    ],
  ])('consolidate %#', (records, de, en) => {
    const problem = consolidationProblem(pkg, records);
    if (!problem) throw new Error('expected a problem');
    expect(errorStrings.de.consolidation(problem, 'fixture')).toBe(de);
    expect(errorStrings.en.consolidation(problem, 'fixture')).toBe(en);
  });
});

describe('messages for questionnaire authors', () => {
  const dir = 'questionnaires/bayern-kommunen';
  const read = (name: string) =>
    JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as Record<string, unknown>;
  interface Files {
    questionnaire: {
      fields: {
        defaultTarget: unknown;
        themes: unknown[];
        questions: {
          id: unknown;
          title?: unknown;
          levels: { de: string; en: string }[];
          themes: unknown[];
        }[];
      }[];
    };
    recommendations: {
      recommendations: {
        field: string;
        kind: string;
        steps: { de: string; en: string }[];
        trigger: { conditions: Record<string, unknown>[] };
      }[];
    };
    sources: { sources: { url: string; checked: string }[] };
  }
  /** The Bavarian package with one mistake made by `change`; the messages of its upload. */
  function messagesOf(change: (files: Files) => void) {
    const files = {
      questionnaire: read('questionnaire.json'),
      recommendations: read('recommendations.json'),
      sources: read('sources.json'),
    };
    change(files as unknown as Files);
    const result = readQuestionnaireUpload(
      Object.entries(files).map(([name, data]) => ({ name: `${name}.json`, text: JSON.stringify(data) })),
    );
    if (result.ok) throw new Error('expected the package to be refused');
    return {
      de: result.errors.map(errorStrings.de.packageError),
      en: result.errors.map(errorStrings.en.packageError),
    };
  }
  const field = (f: Files, i = 0) => {
    const found = f.questionnaire.fields[i];
    if (!found) throw new Error('the questionnaire has fields');
    return found;
  };
  const question = (f: Files, i = 0) => {
    const found = field(f).questions[i];
    if (!found) throw new Error('the field has questions');
    return found;
  };
  const recommendation = (f: Files) => {
    const found = f.recommendations.recommendations[0];
    if (!found) throw new Error('the catalogue has recommendations');
    return found;
  };

  const sourceCount = (read('sources.json').sources as unknown[]).length;
  const cases: { name: string; change: (f: Files) => void; de: string; en: string }[] = [
    {
      name: 'English text missing',
      change: (f) => {
        const level = question(f, 1).levels[3];
        if (level) level.en = ' ';
      },
      de: 'questionnaire.json: fields[0].questions[1].levels[3].en: Englischer Text fehlt bei Frage strategie.ziele, Stufe 3',
      en: 'questionnaire.json: fields[0].questions[1].levels[3].en: English text missing for question strategie.ziele, level 3',
    },
    {
      name: 'German text left out',
      change: (f) => {
        const step = recommendation(f).steps[1];
        if (step) Reflect.deleteProperty(step, 'de');
      },
      de: 'recommendations.json: recommendations[0].steps[1].de: Deutscher Text fehlt bei Empfehlung empf.strategie.strategie-beschliessen, Schritt 2',
      en: 'recommendations.json: recommendations[0].steps[1].de: German text missing for recommendation empf.strategie.strategie-beschliessen, step 2',
    },
    {
      name: 'a level that does not exist as the default target',
      change: (f) => {
        field(f).defaultTarget = 5;
      },
      de: 'questionnaire.json: fields[0].defaultTarget: Stufe 5 gibt es nicht (0–4) bei Handlungsfeld strategie, Soll-Stufe',
      en: 'questionnaire.json: fields[0].defaultTarget: Level 5 does not exist (0–4) for field of action strategie, default target',
    },
    {
      name: 'a level that does not exist in a trigger',
      change: (f) => {
        const condition = recommendation(f).trigger.conditions[0];
        if (condition) condition.atOrBelow = -1;
      },
      de: 'recommendations.json: recommendations[0].trigger.conditions[0].atOrBelow: Stufe -1 gibt es nicht (0–4) bei Empfehlung empf.strategie.strategie-beschliessen, Auslöseregel, Bedingung 1, höchstens Stufe',
      en: 'recommendations.json: recommendations[0].trigger.conditions[0].atOrBelow: Level -1 does not exist (0–4) for recommendation empf.strategie.strategie-beschliessen, trigger, condition 1, at or below level',
    },
    {
      name: 'four levels',
      change: (f) => {
        question(f).levels.pop();
      },
      de: 'questionnaire.json: fields[0].questions[0].levels: Es müssen genau fünf Stufen (0–4) beschrieben sein bei Frage strategie.digitalstrategie, Stufen',
      en: 'questionnaire.json: fields[0].questions[0].levels: Exactly five levels (0–4) must be described for question strategie.digitalstrategie, levels',
    },
    {
      name: 'a title that is no text in both languages',
      change: (f) => {
        question(f, 2).title = 42;
      },
      de: 'questionnaire.json: fields[0].questions[2].title: erwartet Objekt, gefunden Zahl 42 bei Frage strategie.bestandsaufnahme, Titel',
      en: 'questionnaire.json: fields[0].questions[2].title: expected object, found number 42 for question strategie.bestandsaufnahme, title',
    },
    {
      name: 'a title left out',
      change: (f) => {
        Reflect.deleteProperty(question(f, 2), 'title');
      },
      de: 'questionnaire.json: fields[0].questions[2].title: Titel fehlt bei Frage strategie.bestandsaufnahme',
      en: 'questionnaire.json: fields[0].questions[2].title: Title missing for question strategie.bestandsaufnahme',
    },
    {
      name: 'an id with capitals',
      change: (f) => {
        question(f).id = 'Strategie.Neu';
      },
      de: 'questionnaire.json: fields[0].questions[0].id: Kennung darf nur Kleinbuchstaben, Ziffern, Punkt und Bindestrich enthalten bei Frage Strategie.Neu, Kennung',
      en: 'questionnaire.json: fields[0].questions[0].id: An id may only contain lower-case letters, digits, dots and hyphens for question Strategie.Neu, id',
    },
    {
      name: 'a question id twice',
      change: (f) => {
        question(f, 1).id = 'strategie.digitalstrategie';
      },
      de: 'questionnaire.json: fields[0].questions[1].id: Kennung „strategie.digitalstrategie“ ist doppelt bei Frage strategie.digitalstrategie, Kennung',
      en: 'questionnaire.json: fields[0].questions[1].id: The id “strategie.digitalstrategie” occurs twice for question strategie.digitalstrategie, id',
    },
    {
      name: 'an unknown theme',
      change: (f) => {
        question(f).themes = ['W1', 'W9'];
      },
      de: 'questionnaire.json: fields[0].questions[0].themes[1]: Unbekanntes Thema „W9“ bei Frage strategie.digitalstrategie, Whitepaper-Themen',
      en: 'questionnaire.json: fields[0].questions[0].themes[1]: Unknown theme “W9” for question strategie.digitalstrategie, white paper themes',
    },
    {
      name: 'an unknown key',
      change: (f) => {
        Object.assign(field(f, 1), { colour: 'blau' });
      },
      de: 'questionnaire.json: fields[1]: unbekanntes Feld „colour“ bei Handlungsfeld fuehrung',
      en: 'questionnaire.json: fields[1]: unknown field “colour” for field of action fuehrung',
    },
    {
      name: 'an address without https',
      change: (f) => {
        const source = f.sources.sources[0];
        if (source) source.url = 'http://example.org';
      },
      de: 'sources.json: sources[0].url: Adresse muss mit https:// beginnen bei Quelle whitepaper-scr-bayern, Adresse',
      en: 'sources.json: sources[0].url: The address must start with https:// for source whitepaper-scr-bayern, address',
    },
    {
      name: 'a recommendation for a field that does not exist',
      change: (f) => {
        recommendation(f).field = 'gibt-es-nicht';
      },
      de: 'recommendations.json: recommendations[0].field: Handlungsfeld „gibt-es-nicht“ gibt es nicht bei Empfehlung empf.strategie.strategie-beschliessen, Handlungsfeld',
      en: 'recommendations.json: recommendations[0].field: There is no field of action “gibt-es-nicht” for recommendation empf.strategie.strategie-beschliessen, field of action',
    },
    {
      name: 'a first step that would still show once done',
      change: (f) => {
        recommendation(f).trigger.conditions = [{ question: 'strategie.ziele', atOrBelow: 3 }];
      },
      de: 'recommendations.json: recommendations[0].trigger: „empf.strategie.strategie-beschliessen“ ist ein erster Schritt, würde aber auch noch erscheinen, wenn die Frage Stufe 3 oder das Handlungsfeld 75 Punkte erreicht hat – dann ist der Schritt schon getan. Die Bedingung enger fassen (etwa „atOrBelow“: 2) oder die Empfehlung als nächsten Schritt („next-step“) einordnen.',
      en: 'recommendations.json: recommendations[0].trigger: “empf.strategie.strategie-beschliessen” is a first step but would still appear once the question reaches level 3 or the field of action 75 points – by then the step is done. Narrow the condition (e.g. “atOrBelow”: 2) or classify the recommendation as a next step (“next-step”).',
    },
    {
      name: 'recommendations of another questionnaire',
      change: (f) => {
        Object.assign(f.recommendations, { questionnaireId: 'anderer' });
      },
      de: 'recommendations.json: questionnaireId: gehört zu „anderer“, der Fragebogen heißt aber „bayern-kommunen“',
      en: 'recommendations.json: questionnaireId: belongs to “anderer”, but the questionnaire is called “bayern-kommunen”',
    },
    {
      name: 'a source that is not in the list',
      change: (f) => {
        Object.assign(recommendation(f), { references: ['gibt-es-nicht'] });
      },
      de: 'recommendations.json: recommendations[0].references[0]: Quelle „gibt-es-nicht“ steht nicht in der Quellenliste bei Empfehlung empf.strategie.strategie-beschliessen, Quellen',
      en: 'recommendations.json: recommendations[0].references[0]: Source “gibt-es-nicht” is not in the list of sources for recommendation empf.strategie.strategie-beschliessen, sources',
    },
    {
      name: 'a source id twice',
      change: (f) => {
        const [first] = f.sources.sources;
        if (first) f.sources.sources.push({ ...first });
      },
      de: `sources.json: sources[${sourceCount}].id: Kennung „whitepaper-scr-bayern“ ist doppelt bei Quelle whitepaper-scr-bayern, Kennung`,
      en: `sources.json: sources[${sourceCount}].id: The id “whitepaper-scr-bayern” occurs twice for source whitepaper-scr-bayern, id`,
    },
    {
      name: 'a next step that would show at level 0',
      change: (f) => {
        const r = recommendation(f);
        r.kind = 'next-step';
        r.trigger.conditions = [{ question: 'strategie.ziele', atOrBelow: 2 }];
      },
      de: 'recommendations.json: recommendations[0].trigger: „empf.strategie.strategie-beschliessen“ ist ein nächster Schritt, würde aber schon erscheinen, wenn die Frage auf Stufe 0 steht oder das Handlungsfeld 0 Punkte hat – also bevor es etwas gibt, auf dem sie aufbaut. Eine Bedingung ergänzen, die erst ab Stufe 1 gilt (etwa „atOrAbove“: 1 mit „match“: „all“), oder die Empfehlung als ersten Schritt („first-step“) einordnen.',
      en: 'recommendations.json: recommendations[0].trigger: “empf.strategie.strategie-beschliessen” is a next step but would already appear while the question is at level 0 or the field of action has 0 points – before there is anything for it to build on. Add a condition that only holds from level 1 (e.g. “atOrAbove”: 1 with “match”: “all”) or classify the recommendation as a first step (“first-step”).',
    },
  ];
  it.each(cases)('$name', ({ change, de, en }) => {
    expect(messagesOf(change)).toEqual({ de: [de], en: [en] });
  });

  it.each([
    [
      [{ name: 'x.json', text: '{ "type": ' }],
      ['x.json: kein gültiges JSON (Zeile 1, Spalte 11)'],
      ['x.json: not valid JSON (line 1, column 11)'],
    ],
    [
      [{ name: 'x.json', text: '{"type":"other"}' }],
      [
        'x.json: keine Fragebogen-Datei des Digitalkompass (Feld „type“ fehlt oder ist unbekannt)',
        'Es fehlt die Datei mit dem Fragebogen (type „digitalkompass-questionnaire“).',
        'Es fehlt die Datei mit den Empfehlungen (type „digitalkompass-recommendations“).',
        'Es fehlt die Datei mit den Quellen (type „digitalkompass-sources“).',
      ],
      [
        'x.json: not a Digital Compass questionnaire file (field “type” missing or unknown)',
        'The file with the questionnaire is missing (type “digitalkompass-questionnaire”).',
        'The file with the recommendations is missing (type “digitalkompass-recommendations”).',
        'The file with the sources is missing (type “digitalkompass-sources”).',
      ],
    ],
  ])('files that are no questionnaire (%#)', (files, de, en) => {
    const result = readQuestionnaireUpload(files);
    expect(result.ok ? [] : result.errors.map(errorStrings.de.packageError)).toEqual(de);
    expect(result.ok ? [] : result.errors.map(errorStrings.en.packageError)).toEqual(en);
  });

  it('warns of a source checked long before the as-of month', () => {
    const result = parseQuestionnairePackage({
      questionnaire: { name: 'questionnaire.json', data: read('questionnaire.json') },
      recommendations: { name: 'recommendations.json', data: read('recommendations.json') },
      sources: {
        name: 'sources.json',
        data: {
          ...read('sources.json'),
          sources: [
            { ...(read('sources.json').sources as object[])[0], checked: '2025-11' },
            ...(read('sources.json').sources as object[]).slice(1),
          ],
        },
      },
    });
    if (!result.ok) throw new Error('expected the package to load');
    expect(result.warnings.map(errorStrings.de.packageError)).toEqual([
      'sources.json: sources[0].checked: „whitepaper-scr-bayern“ wurde zuletzt 2025-11 geprüft, 13 Monate vor dem inhaltlichen Stand 2026-12 des Fragebogens. Bitte Adresse und Status neu prüfen und „checked“ anpassen.',
    ]);
    expect(result.warnings.map(errorStrings.en.packageError)).toEqual([
      'sources.json: sources[0].checked: “whitepaper-scr-bayern” was last checked in 2025-11, 13 months before the questionnaire’s content date 2026-12. Please check its address and status again and update “checked”.',
    ]);
  });

  it('says where a mapping between versions does not fit', () => {
    const migrations = MigrationList.parse(JSON.parse(readFileSync(`${dir}/migrations.json`, 'utf8')));
    const step = migrations.migrations[0];
    const mapping = step?.questions[0];
    if (!step || !mapping) throw new Error('migrations.json has a step');
    mapping.to = ['gibt.es.nicht'];
    const questionnaire = Questionnaire.parse(read('questionnaire.json'));
    const errors = checkMigrations(migrations, questionnaire);
    expect(errors.map(errorStrings.de.packageError)).toEqual([
      `migrations.json: migrations[0].questions[0].to[0]: Frage „gibt.es.nicht“ gibt es in Version 2.0.0 nicht bei Umstellung 1.0.0 → 2.0.0, Zuordnung der Frage ${mapping.from}, neue Fragen`,
    ]);
    expect(errors.map(errorStrings.en.packageError)).toEqual([
      `migrations.json: migrations[0].questions[0].to[0]: There is no question “gibt.es.nicht” in version 2.0.0 for migration 1.0.0 → 2.0.0, mapping of question ${mapping.from}, new questions`,
    ]);
  });
});
