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
  type ImportError,
  type ImportPlace,
  type MismatchError,
} from './export-envelope';
import { fixtureQuestionnaire } from '../../tests/fixtures/fixture-questionnaire';
import { formatOneExport, savedRound, testPlanItem, testProfile } from '../../tests/fixtures/records';

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

// The messages' wording, German and English, is tested in src/i18n/strings-errors.test.ts; here the
// codes and what they name.
function errorsOf(text: string): ImportError[] {
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
    [
      'a short check and a full assessment begun as one',
      [
        record({ id: 'kurz', shortCheck: { questions: ['a.2', 'b.1'], continuedAt: null } }),
        record({
          id: 'voll',
          shortCheck: { questions: ['a.2', 'b.1'], continuedAt: '2026-02-04T08:00:00.000Z' },
        }),
      ],
    ],
  ])('%s', (_name, records) => {
    const result = parseImport(serializeExport(createExport(records, '0.1.0', NOW)));
    expect(result).toEqual({ ok: true, assessments: records, fromVersion: 2 });
  });

  it('reads an export written before short checks as full assessments', () => {
    const old = JSON.parse(serializeExport(createExport([record()], '0.1.0', NOW))) as {
      data: { assessments: Record<string, unknown>[] };
    };
    expect(old.data.assessments[0]).not.toHaveProperty('shortCheck');
    const result = parseImport(JSON.stringify(old));
    expect(result.ok && result.assessments[0]?.shortCheck).toBeUndefined();
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
      {
        code: 'invalid',
        at: { in: 'assessment', number: 1, municipality: 'Altstadt', path: 'answers › a.1' },
        problem: { code: 'numberTooLarge', max: 4, found: { type: 'number', value: 9 } },
      },
    ]);
  });

  it('rejects format-2 fields in a format-1 file', () => {
    const errors = errorsOf(JSON.stringify(setAt(v1File, ['assessment', 'plan'], [])));
    expect(errors).toEqual([
      {
        code: 'invalid',
        at: { in: 'assessment', number: 1, municipality: 'Altstadt', path: '' },
        problem: { code: 'unknownKeys', keys: ['plan'] },
      },
    ]);
  });
});

describe('parseImport: files that are not (readable) exports', () => {
  const cases: { name: string; text: string; error: ImportError }[] = [
    { name: 'empty file', text: '  ', error: { code: 'empty' } },
    { name: 'broken JSON', text: '{"type": "digitalkompass-export",', error: { code: 'notJson' } },
    {
      name: 'no assessment',
      text: serializeExport(createExport([], '0.1.0', NOW)),
      error: { code: 'noAssessment' },
    },
    { name: 'a number', text: '42', error: { code: 'notObject', found: { type: 'number', value: 42 } } },
    { name: 'an array', text: '[]', error: { code: 'notObject', found: { type: 'list' } } },
    { name: 'null', text: 'null', error: { code: 'notObject', found: { type: 'null' } } },
    {
      name: 'other app',
      text: '{"name":"x","version":"1.0.0"}',
      error: {
        code: 'notExport',
        expected: 'digitalkompass-export',
        found: { type: 'nothing' },
        questionnaireFile: false,
      },
    },
    {
      name: 'a questionnaire',
      text: '{"type":"digitalkompass-questionnaire","version":"1.0.0"}',
      error: {
        code: 'notExport',
        expected: 'digitalkompass-export',
        found: { type: 'text', text: 'digitalkompass-questionnaire' },
        questionnaireFile: true,
      },
    },
    {
      name: 'newer format',
      text: '{"type":"digitalkompass-export","version":3}',
      error: { code: 'newerFormat', version: 3 },
    },
    {
      name: 'version 0',
      text: '{"type":"digitalkompass-export","version":0}',
      error: { code: 'unsupportedFormat', version: 0, newest: 2 },
    },
    {
      name: 'version as text',
      text: '{"type":"digitalkompass-export","version":"2"}',
      error: { code: 'badFormatVersion', found: { type: 'text', text: '2' } },
    },
    {
      name: 'version missing',
      text: '{"type":"digitalkompass-export"}',
      error: { code: 'badFormatVersion', found: { type: 'nothing' } },
    },
  ];
  it.each(cases)('$name', ({ text, error }) => {
    expect(errorsOf(text)).toEqual([error]);
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const errors = errorsOf(`"${'x'.repeat(MAX_IMPORT_CHARS)}"`);
    expect(errors).toEqual([
      { code: 'tooLarge', megabytes: (MAX_IMPORT_CHARS + 2) / 1024 / 1024, maxMegabytes: 20 },
    ]);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(10000)}${']'.repeat(10000)}`;
    const errors = errorsOf(JSON.stringify({ ...exportJson(), extra: 'DEEP' }).replace('"DEEP"', deep));
    expect(errors[0]).toEqual({ code: 'tooDeep', maxDepth: 64 });
  });

  it('never throws for a non-string argument', () => {
    expect(parseImport(undefined as unknown as string).ok).toBe(false);
  });
});

describe('parseImport: messages name what is wrong and where', () => {
  const A = ['data', 'assessments', 0];
  const inAssessment = (path: string, municipality: string | null = 'Musterdorf'): ImportPlace => ({
    in: 'assessment',
    number: 1,
    municipality,
    path,
  });
  const text = (value: string) => ({ type: 'text', text: value }) as const;
  const cases: { name: string; path: (string | number)[]; value: unknown; error: ImportError }[] = [
    {
      name: 'answer out of range',
      path: [...A, 'answers', 'a.1'],
      value: 7,
      error: {
        code: 'invalid',
        at: inAssessment('answers › a.1'),
        problem: { code: 'numberTooLarge', max: 4, found: { type: 'number', value: 7 } },
      },
    },
    {
      name: 'answer as text',
      path: [...A, 'answers', 'a.1'],
      value: 'gut',
      error: {
        code: 'invalid',
        at: inAssessment('answers › a.1'),
        problem: {
          code: 'noBranch',
          branches: [
            { accepts: 'type', expected: 'number' },
            { accepts: 'values', values: ['dontKnow'] },
            { accepts: 'values', values: ['notApplicable'] },
          ],
          found: text('gut'),
        },
      },
    },
    {
      name: 'note too long',
      path: [...A, 'notes', 'a.1'],
      value: 'x'.repeat(10001),
      error: {
        code: 'invalid',
        at: inAssessment('notes › a.1'),
        problem: { code: 'tooLong', max: 10000, length: 10001 },
      },
    },
    {
      // Which kinds there are is the questionnaire's (questionnaireMismatch); the file needs a text.
      name: 'kind not a text',
      path: [...A, 'profile', 'kind'],
      value: 42,
      error: {
        code: 'invalid',
        at: inAssessment('profile.kind'),
        problem: { code: 'wrongType', expected: 'string', found: { type: 'number', value: 42 } },
      },
    },
    {
      name: 'municipality empty (the schema names the rule)',
      path: [...A, 'profile', 'municipality'],
      value: '',
      error: {
        code: 'invalid',
        at: inAssessment('profile.municipality', null),
        problem: { code: 'rule', rule: 'municipalityMissing', found: text('') },
      },
    },
    {
      name: 'plan due not a date',
      path: [...A, 'plan', 0, 'due'],
      value: '30.06.2026',
      error: {
        code: 'invalid',
        at: inAssessment('plan[0].due'),
        problem: { code: 'notDate', found: text('30.06.2026') },
      },
    },
    {
      name: 'unknown field in a plan item',
      path: [...A, 'plan', 0, 'priority'],
      value: 1,
      error: {
        code: 'invalid',
        at: inAssessment('plan[0]'),
        problem: { code: 'unknownKeys', keys: ['priority'] },
      },
    },
    {
      name: 'required field missing',
      path: [...A, 'label'],
      value: undefined,
      error: { code: 'invalid', at: inAssessment('label'), problem: { code: 'missing' } },
    },
    {
      name: 'updatedAt not a datetime',
      path: [...A, 'updatedAt'],
      value: 'gestern',
      error: {
        code: 'invalid',
        at: inAssessment('updatedAt'),
        problem: { code: 'notDateTime', found: text('gestern') },
      },
    },
    {
      name: 'assessments not a list',
      path: ['data', 'assessments'],
      value: {},
      error: {
        code: 'invalid',
        at: { in: 'file', path: 'data.assessments' },
        problem: { code: 'wrongType', expected: 'array', found: { type: 'object' } },
      },
    },
    {
      name: 'wrong app',
      path: ['source', 'app'],
      value: 'other',
      error: {
        code: 'invalid',
        at: { in: 'file', path: 'source.app' },
        problem: { code: 'notTheValue', expected: ['digitalkompass-kommune'], found: text('other') },
      },
    },
    {
      name: 'unknown top-level field',
      path: ['extra'],
      value: true,
      error: {
        code: 'invalid',
        at: { in: 'file', path: '' },
        problem: { code: 'unknownKeys', keys: ['extra'] },
      },
    },
  ];
  it.each(cases)('$name', ({ path, value, error }) => {
    expect(errorsOf(JSON.stringify(setAt(exportJson(), path, value)))).toEqual([error]);
  });

  it('shows at most 20 messages and counts the rest', () => {
    const answers = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`q${i}`, 'x']));
    const errors = errorsOf(
      JSON.stringify(setAt(exportJson(), ['data', 'assessments', 0, 'answers'], answers)),
    );
    expect(errors).toHaveLength(21);
    expect(errors[20]).toEqual({ code: 'moreErrors', count: 5 });
  });

  it('makes control characters and bidi overrides in names visible', () => {
    const file = setAt(exportJson(), ['data', 'assessments', 0, 'profile', 'municipality'], 'Ort\u202Eevil');
    const errors = errorsOf(JSON.stringify(setAt(file, ['data', 'assessments', 0, 'label'], 1)));
    expect(errors).toMatchObject([{ at: { municipality: 'Ort\uFFFDevil' } }]);
  });
});

describe('parseImport: duplicate ids', () => {
  it('rejects two assessments with the same id', () => {
    const text = serializeExport(
      createExport([record(), record({ id: 'as-2' }), record({ profile: null })], '0.1.0', NOW),
    );
    expect(errorsOf(text)).toEqual([
      {
        code: 'duplicateId',
        at: { in: 'assessment', number: 3, municipality: null, path: 'id' },
        id: 'as-1',
        first: 1,
      },
    ]);
  });
});

describe('parseImport: prototype pollution', () => {
  const base = serializeExport(createExport([record()], '0.1.0', NOW));

  it.each(['answers', 'notes', 'targets'])('rejects a "__proto__" key in %s', (key) => {
    const text = base.replace(`"${key}": {`, `"${key}": { "__proto__": { "polluted": "yes" },`);
    expect(text).not.toBe(base);
    expect(errorsOf(text)).toEqual([
      { code: 'protoKey', at: { in: 'assessment', number: 1, municipality: 'Musterdorf', path: key } },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects "__proto__" at the top level', () => {
    const text = base.replace('{', '{ "__proto__": { "polluted": "yes" },');
    expect(errorsOf(text)).toEqual([{ code: 'protoKey', at: { in: 'file', path: '' } }]);
  });

  it('keeps "constructor" and "prototype" as plain own data, touching no prototype', () => {
    const text = base.replace('"notes": {', '"notes": { "constructor": "a", "prototype": "b",');
    const result = parseImport(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
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
  const fixture = { id: 'fixture', version: '1.0.0' };
  const cases: { name: string; over: Partial<AssessmentRecord>; errors: MismatchError[] }[] = [
    { name: 'fits', over: {}, errors: [] },
    {
      name: 'other questionnaire',
      over: { questionnaireId: 'anderer' },
      errors: [{ code: 'otherQuestionnaire', questionnaireId: 'anderer', open: 'fixture' }],
    },
    {
      name: 'unknown question in answers',
      over: { answers: { 'a.1': 1, 'z.9': 2 } },
      errors: [{ code: 'unknownQuestion', at: 'answers › z.9', id: 'z.9', questionnaire: fixture }],
    },
    {
      name: '"weiß nicht" not offered',
      over: { answers: { 'b.lk': 'dontKnow' } },
      errors: [{ code: 'dontKnowNotOffered', at: 'answers › b.lk' }],
    },
    {
      name: '"nicht zutreffend" not offered',
      over: { answers: { 'a.1': 'notApplicable' } },
      errors: [{ code: 'notApplicableNotOffered', at: 'answers › a.1' }],
    },
    {
      name: 'note to an unknown question',
      over: { notes: { alt: 'x' } },
      errors: [{ code: 'noteForUnknownQuestion', at: 'notes › alt', questionnaire: fixture }],
    },
    {
      name: 'target for an unknown field',
      over: { targets: { c: 2 } },
      errors: [{ code: 'unknownField', at: 'targets › c', id: 'c', questionnaire: fixture }],
    },
    {
      name: 'question to confirm unknown',
      over: { toConfirm: ['a.1', 'x'] },
      errors: [{ code: 'unknownQuestion', at: 'toConfirm[1]', id: 'x', questionnaire: fixture }],
    },
    {
      // The fixture declares nothing: the Bavarian kinds of the first format apply.
      name: 'a kind the questionnaire does not declare',
      over: { profile: testProfile({ kind: 'dorf' }) },
      errors: [{ code: 'undeclaredChoice', at: 'profile › kind', value: 'dorf', questionnaire: fixture }],
    },
    {
      name: 'a region missing that the questionnaire asks for',
      over: { profile: testProfile({ regierungsbezirk: undefined }) },
      errors: [{ code: 'missingChoice', at: 'profile › regierungsbezirk', questionnaire: fixture }],
    },
  ];
  it.each(cases)('$name', ({ over, errors }) => {
    expect(questionnaireMismatch(record(over), fixtureQuestionnaire)).toEqual(errors);
  });
});
