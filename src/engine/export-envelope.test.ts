import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from './assessment';
import {
  EXPORT_FORMAT_VERSION,
  ExportEnvelope,
  MAX_IMPORT_CHARS,
  createExport,
  parseImport,
  questionnaireMismatch,
  serializeExport,
} from './export-envelope';
import { fixtureQuestionnaire } from '../../tests/fixtures/fixture-questionnaire';
import { formatOneExport, savedRound, testPlanItem } from '../../tests/fixtures/records';

const NOW = new Date('2026-03-01T09:30:00.000Z');

function record(over: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return savedRound({
    answers: { 'a.1': 2, 'a.2': 'dontKnow', 'b.1': 'notApplicable' },
    notes: { 'a.1': 'Zeile 1\nZeile 2; mit "Zitat"' },
    targets: { a: 4 },
    plan: [testPlanItem({ recommendationId: 'r.a1-low', status: 'in-arbeit' })],
    currentPage: 'a',
    toConfirm: ['a.2'],
    ...over,
  });
}

/** A valid current export as a plain JSON object, to be broken by the cases below. */
function exportJson(records: AssessmentRecord[] = [record()]): Record<string, unknown> {
  return JSON.parse(serializeExport(createExport(records, '0.1.0', NOW))) as Record<string, unknown>;
}

/** Sets a value at a path of a JSON object (creating nothing: the path must exist up to its parent). */
function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy: unknown = structuredClone(root);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  const last = path[path.length - 1];
  if (last === undefined) return value;
  if (typeof node !== 'object' || node === null) throw new Error(`no path ${path.join('.')}`);
  if (value === undefined) Reflect.deleteProperty(node, last);
  else Reflect.set(node, last, value);
  return copy;
}

function errorsOf(text: string): string[] {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

const v1File = formatOneExport({
  questionnaireId: 'fixture',
  profile: {
    municipality: 'Altstadt',
    kind: 'markt',
    regierungsbezirk: 'schwaben',
    population: '1000-2999',
    role: '',
    date: '2025-11-19',
  },
  answers: { 'a.1': 1 },
  notes: { 'a.1': 'alt' },
});

describe('createExport / serializeExport', () => {
  it('writes the current envelope', () => {
    const env = createExport([record()], '0.1.0', NOW);
    expect(ExportEnvelope.parse(env)).toEqual(env);
    expect(env).toMatchObject({
      type: 'digitalkompass-export',
      version: EXPORT_FORMAT_VERSION,
      source: { app: 'digitalkompass-kommune', appVersion: '0.1.0' },
      exportedAt: '2026-03-01T09:30:00.000Z',
    });
  });

  it('pretty-prints with two spaces', () => {
    const text = serializeExport(createExport([], '0.1.0', NOW));
    expect(text).toContain('\n  "type": "digitalkompass-export"');
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('parseImport: round trip', () => {
  it.each([
    ['one assessment', [record()]],
    [
      'two assessments, one without profile',
      [record(), record({ id: 'as-2', profile: null, plan: [], completedAt: '2026-02-03T00:00:00Z' })],
    ],
  ])('%s', (_name, records) => {
    const result = parseImport(serializeExport(createExport(records, '0.1.0', NOW)));
    expect(result).toEqual({ ok: true, assessments: records, fromVersion: 2 });
  });

  it('accepts a byte order mark before the JSON', () => {
    const result = parseImport(`\uFEFF${serializeExport(createExport([record()], '0.1.0', NOW))}`);
    expect(result.ok).toBe(true);
  });
});

describe('parseImport: migration from format 1', () => {
  it('fills the defaults of format 2', () => {
    const result = parseImport(JSON.stringify(v1File));
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      assessments: [
        {
          id: 'old-1',
          questionnaireId: 'fixture',
          questionnaireVersion: '0.9.0',
          label: 'Bewertung vom 19.11.2025',
          createdAt: '2025-11-20T10:00:00Z',
          updatedAt: '2025-11-20T10:00:00Z',
          profile: v1File.assessment.profile,
          answers: { 'a.1': 1 },
          notes: { 'a.1': 'alt' },
          targets: {},
          plan: [],
          currentPage: null,
          completedAt: null,
          toConfirm: [],
          previousId: null,
        },
      ],
    });
  });

  it('takes the label from the export date when there is no profile', () => {
    const result = parseImport(JSON.stringify(setAt(v1File, ['assessment', 'profile'], null)));
    expect(result.ok && result.assessments[0]?.label).toBe('Bewertung vom 20.11.2025');
  });

  it('names the path of format 1 in messages', () => {
    const errors = errorsOf(JSON.stringify(setAt(v1File, ['assessment', 'answers', 'a.1'], 9)));
    expect(errors).toEqual([
      'Bewertung 1 (Altstadt) › answers › a.1: zu groß: höchstens 4 erlaubt, gefunden Zahl 9',
    ]);
  });

  it('rejects format-2 fields in a format-1 file', () => {
    const errors = errorsOf(JSON.stringify(setAt(v1File, ['assessment', 'plan'], [])));
    expect(errors).toEqual(['Bewertung 1 (Altstadt): unbekanntes Feld „plan“']);
  });
});

describe('parseImport: files that are not (readable) exports', () => {
  const cases: { name: string; text: string; message: RegExp }[] = [
    { name: 'empty file', text: '  ', message: /leer/ },
    {
      name: 'broken JSON, in German words only',
      text: '{"type": "digitalkompass-export",',
      message:
        /^Die Datei ist keine gültige Exportdatei des Digitalkompass: Ihr Inhalt ist kein lesbares JSON \(vielleicht unvollständig gespeichert oder von Hand verändert\)\.$/,
    },
    {
      name: 'no assessment',
      text: serializeExport(createExport([], '0.1.0', NOW)),
      message: /^Die Datei enthält keine Bewertung\.$/,
    },
    { name: 'a number', text: '42', message: /erwartet ein JSON-Objekt, gefunden Zahl 42/ },
    { name: 'an array', text: '[]', message: /keine Exportdatei.*eine Liste/ },
    { name: 'null', text: 'null', message: /keine Exportdatei/ },
    { name: 'other app', text: '{"name":"x","version":"1.0.0"}', message: /keine Exportdatei.*„type“/ },
    {
      name: 'a questionnaire',
      text: '{"type":"digitalkompass-questionnaire","version":"1.0.0"}',
      message: /Fragebogendatei/,
    },
    {
      name: 'newer format',
      text: '{"type":"digitalkompass-export","version":3}',
      message:
        /^Die Datei stammt aus einer neueren Version des Digitalkompass \(Format 3\)\. Bitte aktualisieren Sie die App\.$/,
    },
    { name: 'version 0', text: '{"type":"digitalkompass-export","version":0}', message: /Exportformat 0/ },
    {
      name: 'version as text',
      text: '{"type":"digitalkompass-export","version":"2"}',
      message: /keine gültige Formatversion.*Text „2“/,
    },
    { name: 'version missing', text: '{"type":"digitalkompass-export"}', message: /gefunden nichts/ },
  ];
  it.each(cases)('$name', ({ text, message }) => {
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const errors = errorsOf(`"${'x'.repeat(MAX_IMPORT_CHARS)}"`);
    expect(errors).toEqual([
      'Die Datei ist zu groß (20,0 MB). Eine Exportdatei darf höchstens 20 MB groß sein.',
    ]);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(10000)}${']'.repeat(10000)}`;
    const errors = errorsOf(JSON.stringify({ ...exportJson(), extra: 'DEEP' }).replace('"DEEP"', deep));
    expect(errors[0]).toMatch(/zu tief verschachtelt/);
  });

  it('never throws for a non-string argument', () => {
    expect(parseImport(undefined as unknown as string).ok).toBe(false);
  });
});

describe('parseImport: messages name what is wrong and where', () => {
  const A = ['data', 'assessments', 0];
  const cases: { name: string; path: (string | number)[]; value: unknown; message: string }[] = [
    {
      name: 'answer out of range',
      path: [...A, 'answers', 'a.1'],
      value: 7,
      message: 'Bewertung 1 (Musterdorf) › answers › a.1: zu groß: höchstens 4 erlaubt, gefunden Zahl 7',
    },
    {
      name: 'answer as text',
      path: [...A, 'answers', 'a.1'],
      value: 'gut',
      message:
        'Bewertung 1 (Musterdorf) › answers › a.1: ungültiger Wert Text „gut“; erlaubt: Zahl oder „dontKnow“ oder „notApplicable“',
    },
    {
      name: 'target out of range',
      path: [...A, 'targets', 'a'],
      value: 5,
      message: 'Bewertung 1 (Musterdorf) › targets › a: zu groß: höchstens 4 erlaubt, gefunden Zahl 5',
    },
    {
      name: 'note is not text',
      path: [...A, 'notes', 'a.1'],
      value: 3,
      message: 'Bewertung 1 (Musterdorf) › notes › a.1: erwartet Text, gefunden Zahl 3',
    },
    {
      name: 'note too long',
      path: [...A, 'notes', 'a.1'],
      value: 'x'.repeat(10001),
      message:
        'Bewertung 1 (Musterdorf) › notes › a.1: zu lang: höchstens 10000 Zeichen erlaubt, gefunden 10001',
    },
    {
      name: 'kind unknown',
      path: [...A, 'profile', 'kind'],
      value: 'dorf',
      message:
        'Bewertung 1 (Musterdorf) › profile.kind: ungültiger Wert Text „dorf“; erlaubt sind: „gemeinde“, „markt“, „stadt“, „grosse-kreisstadt“, „kreisfreie-stadt“, „landkreis“, „verwaltungsgemeinschaft“',
    },
    {
      name: 'municipality empty (schema message wins)',
      path: [...A, 'profile', 'municipality'],
      value: '',
      message: 'Bewertung 1 › profile.municipality: Name der Kommune fehlt',
    },
    {
      name: 'plan status unknown',
      path: [...A, 'plan', 0, 'status'],
      value: 'fertig',
      message:
        'Bewertung 1 (Musterdorf) › plan[0].status: ungültiger Wert Text „fertig“; erlaubt sind: „offen“, „in-arbeit“, „erledigt“',
    },
    {
      name: 'plan due not a date',
      path: [...A, 'plan', 0, 'due'],
      value: '30.06.2026',
      message:
        'Bewertung 1 (Musterdorf) › plan[0].due: erwartet ein Datum im Format JJJJ-MM-TT, gefunden Text „30.06.2026“',
    },
    {
      name: 'unknown field in a plan item',
      path: [...A, 'plan', 0, 'priority'],
      value: 1,
      message: 'Bewertung 1 (Musterdorf) › plan[0]: unbekanntes Feld „priority“',
    },
    {
      name: 'required field missing',
      path: [...A, 'label'],
      value: undefined,
      message: 'Bewertung 1 (Musterdorf) › label: fehlt',
    },
    {
      name: 'updatedAt not a datetime',
      path: [...A, 'updatedAt'],
      value: 'gestern',
      message:
        'Bewertung 1 (Musterdorf) › updatedAt: erwartet Datum und Uhrzeit im ISO-Format (z. B. 2026-03-01T09:30:00Z), gefunden Text „gestern“',
    },
    {
      name: 'assessments not a list',
      path: ['data', 'assessments'],
      value: {},
      message: 'data.assessments: erwartet Liste, gefunden ein Objekt',
    },
    {
      name: 'wrong app',
      path: ['source', 'app'],
      value: 'other',
      message: 'source.app: erwartet „digitalkompass-kommune“, gefunden Text „other“',
    },
    {
      name: 'unknown top-level field',
      path: ['extra'],
      value: true,
      message: '(Wurzel): unbekanntes Feld „extra“',
    },
  ];
  it.each(cases)('$name', ({ path, value, message }) => {
    expect(errorsOf(JSON.stringify(setAt(exportJson(), path, value)))).toEqual([message]);
  });

  it('shows at most 20 messages and counts the rest', () => {
    const answers = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`q${i}`, 'x']));
    const errors = errorsOf(
      JSON.stringify(setAt(exportJson(), ['data', 'assessments', 0, 'answers'], answers)),
    );
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('… und 5 weitere Fehler');
  });

  it('makes control characters and bidi overrides in names visible', () => {
    const file = setAt(exportJson(), ['data', 'assessments', 0, 'profile', 'municipality'], 'Ort\u202Eevil');
    const errors = errorsOf(JSON.stringify(setAt(file, ['data', 'assessments', 0, 'label'], 1)));
    expect(errors).toEqual(['Bewertung 1 (Ort\uFFFDevil) › label: erwartet Text, gefunden Zahl 1']);
  });
});

describe('parseImport: duplicate ids', () => {
  it('rejects two assessments with the same id', () => {
    const text = serializeExport(
      createExport([record(), record({ id: 'as-2' }), record({ profile: null })], '0.1.0', NOW),
    );
    expect(errorsOf(text)).toEqual([
      'Bewertung 3 › id: Kennung „as-1“ kommt in der Datei mehrfach vor (schon bei Bewertung 1).',
    ]);
  });
});

describe('parseImport: prototype pollution', () => {
  const base = serializeExport(createExport([record()], '0.1.0', NOW));

  it.each(['answers', 'notes', 'targets'])('rejects a "__proto__" key in %s', (key) => {
    const text = base.replace(`"${key}": {`, `"${key}": { "__proto__": { "polluted": "yes" },`);
    expect(text).not.toBe(base);
    expect(errorsOf(text)).toEqual([`Bewertung 1 (Musterdorf) › ${key}: unzulässiges Feld „__proto__“`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects "__proto__" at the top level', () => {
    const text = base.replace('{', '{ "__proto__": { "polluted": "yes" },');
    expect(errorsOf(text)).toEqual(['(Wurzel): unzulässiges Feld „__proto__“']);
  });

  it('keeps "constructor" and "prototype" as plain own data, touching no prototype', () => {
    const text = base.replace('"notes": {', '"notes": { "constructor": "a", "prototype": "b",');
    const result = parseImport(text);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const notes = result.assessments[0]?.notes ?? {};
    expect(Object.getPrototypeOf(notes)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(notes, 'constructor')?.value).toBe('a');
    expect(Object.hasOwn(notes, 'prototype')).toBe(true);
    expect({}.constructor).toBe(Object);
    // The questionnaire does not know such questions, so the UI refuses the file.
    expect(questionnaireMismatch(result.assessments[0] ?? record(), fixtureQuestionnaire)).toHaveLength(2);
  });
});

describe('questionnaireMismatch', () => {
  const cases: { name: string; over: Partial<AssessmentRecord>; messages: string[] }[] = [
    { name: 'fits', over: {}, messages: [] },
    {
      name: 'other questionnaire',
      over: { questionnaireId: 'anderer' },
      messages: ['Die Bewertung gehört zum Fragebogen „anderer“, geöffnet ist „fixture“.'],
    },
    {
      name: 'unknown question in answers',
      over: { answers: { 'a.1': 1, 'z.9': 2 } },
      messages: ['answers › z.9: Frage „z.9“ gibt es im Fragebogen „fixture“ (Version 1.0.0) nicht'],
    },
    {
      name: '"weiß nicht" not offered',
      over: { answers: { 'b.lk': 'dontKnow' } },
      messages: ['answers › b.lk: die Frage bietet „weiß nicht“ nicht an'],
    },
    {
      name: '"nicht zutreffend" not offered',
      over: { answers: { 'a.1': 'notApplicable' } },
      messages: ['answers › a.1: die Frage bietet „nicht zutreffend“ nicht an'],
    },
    {
      name: 'note to an unknown question',
      over: { notes: { alt: 'x' } },
      messages: [
        'notes › alt: Notiz zu einer Frage, die es im Fragebogen „fixture“ (Version 1.0.0) nicht gibt',
      ],
    },
    {
      name: 'target for an unknown field',
      over: { targets: { c: 2 } },
      messages: ['targets › c: Handlungsfeld „c“ gibt es im Fragebogen „fixture“ (Version 1.0.0) nicht'],
    },
    {
      name: 'question to confirm unknown',
      over: { toConfirm: ['a.1', 'x'] },
      messages: ['toConfirm[1]: Frage „x“ gibt es im Fragebogen „fixture“ (Version 1.0.0) nicht'],
    },
  ];
  it.each(cases)('$name', ({ over, messages }) => {
    expect(questionnaireMismatch(record(over), fixtureQuestionnaire)).toEqual(messages);
  });
});
