import { describe, expect, it } from 'vitest';
import { AssessmentRecord } from './assessment';
import { createExport, parseImport, serializeExport, type ImportResult } from './export-envelope';
import { mulberry32 } from '../../tests/fixtures/generate-assessments';
import { formatOneExport, savedRound, testPlanItem } from '../../tests/fixtures/records';

// Fuzzing parseImport with a fixed seed, so a failure can be replayed exactly.

const random = mulberry32(20260301);
const int = (n: number) => Math.floor(random() * n);
function pick<T>(items: readonly T[]): T {
  const item = items[int(items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const NOW = new Date('2026-03-01T09:30:00.000Z');

function record(id: string): AssessmentRecord {
  return savedRound({
    id,
    questionnaireId: 'digitalkompass-bayern',
    answers: { 'strategie.ziele': 2, 'strategie.budget': 'dontKnow', 'daten.offen': 'notApplicable' },
    notes: { 'strategie.ziele': 'Beschluss im Gemeinderat; „Entwurf“ liegt vor' },
    targets: { strategie: 4 },
    plan: [testPlanItem({ recommendationId: 'r.strategie', note: 'mit Nachbargemeinden' })],
    currentPage: 'strategie',
  });
}

const VALID = serializeExport(createExport([record('as-1'), record('as-2')], '0.1.0', NOW));
const VALID_V1 = JSON.stringify(
  formatOneExport({
    questionnaireId: 'digitalkompass-bayern',
    profile: record('x').profile,
    answers: { 'strategie.ziele': 1 },
    notes: { 'strategie.ziele': 'alt' },
  }),
);

// Zod's own (English) words must never reach a person: the codes carry none of them.
const ENGLISH =
  /Invalid input|Invalid option|Invalid ISO|Too big|Too small|Unrecognized key|expected \w+, received/;

/** Runs one input and returns a description of what is wrong with the outcome, or null. */
function judge(text: string): { problem: string | null; result: ImportResult | null } {
  let result: ImportResult;
  try {
    result = parseImport(text);
  } catch (e) {
    return { problem: `threw ${String(e)}`, result: null };
  }
  if (!result.ok) {
    if (result.errors.length === 0) return { problem: 'ok:false without a message', result };
    const bad = result.errors.find((e) => typeof e.code !== 'string' || ENGLISH.test(JSON.stringify(e)));
    return { problem: bad === undefined ? null : `bad message: ${JSON.stringify(bad)}`, result };
  }
  const invalid = result.assessments.findIndex((a) => !AssessmentRecord.safeParse(a).success);
  return { problem: invalid === -1 ? null : `assessment ${invalid} does not re-validate`, result };
}

let total = 0;
/** Feeds all inputs, collects every problem (with a snippet of the input) and expects none. */
function fuzz(inputs: string[]): ImportResult[] {
  total += inputs.length;
  const problems: string[] = [];
  const results: ImportResult[] = [];
  inputs.forEach((text, i) => {
    const { problem, result } = judge(text);
    if (problem) problems.push(`#${i} ${problem} — input: ${JSON.stringify(text.slice(0, 120))}`);
    if (result) results.push(result);
  });
  expect(problems).toEqual([]);
  return results;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

/** Every path inside a JSON value (containers and leaves), without recursion. */
function allPaths(root: Json): Key[][] {
  const out: Key[][] = [];
  const stack: { value: Json; path: Key[] }[] = [{ value: root, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (path.length) out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return out;
}

/** A copy of the JSON with the value at the path replaced (or removed when value is undefined). */
function withValue(root: Json, path: Key[], value: Json | undefined): Json {
  const copy = structuredClone(root);
  let node: Json = copy;
  for (const key of path.slice(0, -1)) {
    const next: Json | undefined = Array.isArray(node)
      ? node[Number(key)]
      : node !== null && typeof node === 'object'
        ? node[String(key)]
        : undefined;
    if (next === undefined) throw new Error(`no path ${path.join('.')}`);
    node = next;
  }
  const last = path[path.length - 1];
  if (last === undefined) return value ?? null;
  if (Array.isArray(node)) {
    if (value === undefined) node.splice(Number(last), 1);
    else node[Number(last)] = value;
  } else if (node !== null && typeof node === 'object') {
    // defineProperty, so that a "__proto__" key becomes an own key as JSON.parse would make it.
    if (value === undefined) Reflect.deleteProperty(node, String(last));
    else
      Object.defineProperty(node, String(last), {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy;
}

const parse = (text: string): Json => JSON.parse(text) as Json;
const VALID_JSON = parse(VALID);
const VALID_PATHS = allPaths(VALID_JSON);
const VALID_V1_JSON = parse(VALID_V1);
const VALID_V1_PATHS = allPaths(VALID_V1_JSON);

const WRONG_VALUES: Json[] = [
  null,
  0,
  -1,
  4.5,
  1e308,
  '',
  ' ',
  'x',
  'dontKnow',
  '2026-13-45',
  true,
  false,
  [],
  [1, 'a'],
  {},
  { a: 1 },
  'x'.repeat(300),
];

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor}}',
  '{{constructor.constructor("alert(1)")()}}',
  'javascript:alert(document.cookie)',
  'Ort\u202Eexe.gnp',
  'a\u0000b',
  '\u0000',
  '=HYPERLINK("http://example.invalid";"klick")',
  '"; DROP TABLE kommunen; --',
  '${process.exit(1)}',
  '__proto__',
  'constructor',
  'prototype',
  'Grüße 😀 \uD800 ß',
  '\\u0000 \\" \\\\',
];

function deep(open: string, close: string, depth: number, inner = '1'): string {
  return `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
}

describe('parseImport fuzzing (seeded)', () => {
  it('truncated exports', () => {
    const inputs = Array.from({ length: 200 }, () => VALID.slice(0, int(VALID.length)));
    inputs.push(...Array.from({ length: 50 }, () => VALID_V1.slice(0, int(VALID_V1.length))));
    const results = fuzz(inputs);
    expect(results.every((r) => !r.ok)).toBe(true);
  });

  it('random character flips', () => {
    const chars = [
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      '\\',
      '0',
      '9',
      '-',
      'a',
      ' ',
      '\u0000',
      'é',
      '\n',
      '\uFEFF',
    ];
    const inputs = Array.from({ length: 200 }, () => {
      const text = [...(random() < 0.8 ? VALID : VALID_V1)];
      for (let n = 1 + int(5); n > 0; n--) text[int(text.length)] = pick(chars);
      return text.join('');
    });
    fuzz(inputs);
  });

  it('wrong-typed values at random paths', () => {
    const inputs = Array.from({ length: 200 }, () =>
      JSON.stringify(withValue(VALID_JSON, pick(VALID_PATHS), pick(WRONG_VALUES))),
    );
    inputs.push(
      ...Array.from({ length: 50 }, () =>
        JSON.stringify(withValue(VALID_V1_JSON, pick(VALID_V1_PATHS), pick(WRONG_VALUES))),
      ),
    );
    fuzz(inputs);
  });

  it('deleted keys', () => {
    const inputs = Array.from({ length: 150 }, () =>
      JSON.stringify(withValue(VALID_JSON, pick(VALID_PATHS), undefined)),
    );
    inputs.push(
      ...Array.from({ length: 30 }, () =>
        JSON.stringify(withValue(VALID_V1_JSON, pick(VALID_V1_PATHS), undefined)),
      ),
    );
    fuzz(inputs);
  });

  it('hostile strings come back as the very same text', () => {
    const textPaths: Key[][] = [
      ['profile', 'municipality'],
      ['profile', 'role'],
      ['label'],
      ['notes', 'strategie.ziele'],
      ['plan', 0, 'title'],
      ['plan', 0, 'owner'],
      ['plan', 0, 'note'],
      ['currentPage'],
    ];
    const cases: { path: Key[]; value: string }[] = [];
    for (const value of HOSTILE) for (const path of textPaths) cases.push({ path, value });
    const inputs = cases.map(({ path, value }) =>
      JSON.stringify(withValue(VALID_JSON, ['data', 'assessments', 1, ...path], value)),
    );
    const results = fuzz(inputs);
    results.forEach((result, i) => {
      const c = cases[i];
      if (!result.ok || !c)
        throw new Error(`case ${i} was refused: ${result.ok ? '' : JSON.stringify(result.errors)}`);
      let node: unknown = result.assessments[1];
      for (const key of c.path) node = (node as Record<Key, unknown>)[key];
      expect(node).toBe(c.value);
    });

    // As keys: accepted as text, except "__proto__", which is refused.
    const keyInputs = HOSTILE.flatMap((key) =>
      ['answers', 'notes'].map((record) =>
        JSON.stringify(
          withValue(VALID_JSON, ['data', 'assessments', 0, record, key], record === 'answers' ? 1 : 'x'),
        ),
      ),
    );
    const keyResults = fuzz(keyInputs);
    keyResults.forEach((result, i) => {
      const key = HOSTILE[Math.floor(i / 2)] ?? '';
      if (key === '__proto__') expect(result.ok).toBe(false);
      else if (!result.ok)
        throw new Error(`key ${JSON.stringify(key)} was refused: ${JSON.stringify(result.errors)}`);
      else expect(Object.keys(result.assessments[0]?.[i % 2 ? 'notes' : 'answers'] ?? {})).toContain(key);
    });
  });

  it('huge strings', () => {
    const mb = 'ä'.repeat(1024 * 1024);
    const inputs = [
      JSON.stringify(withValue(VALID_JSON, ['data', 'assessments', 0, 'notes', 'strategie.ziele'], mb)),
      JSON.stringify(withValue(VALID_JSON, ['data', 'assessments', 0, 'label'], mb)),
      JSON.stringify(withValue(VALID_JSON, ['data', 'assessments', 0, 'plan', 0, 'note'], mb)),
      JSON.stringify(withValue(VALID_JSON, ['source', 'appVersion'], mb)),
      JSON.stringify(withValue(VALID_JSON, ['data', 'assessments', 0, 'answers', mb], 1)),
      JSON.stringify(withValue(VALID_JSON, ['data', 'assessments', 0, 'toConfirm'], [mb, mb])),
      JSON.stringify(mb),
      `"${'x'.repeat(21 * 1024 * 1024)}"`,
      VALID + ' '.repeat(1024 * 1024),
    ];
    const results = fuzz(inputs);
    expect(results.slice(0, 4).every((r) => !r.ok)).toBe(true);
  });

  it('deeply nested arrays and objects', () => {
    const at = (path: Key[]) =>
      JSON.stringify(withValue(VALID_JSON, path, 'NEST')).replace('"NEST"', deep('[', ']', 10000));
    const inputs = [
      deep('[', ']', 10000),
      deep('{"a":', '}', 10000),
      deep('[{"x":', '}]', 5000),
      deep('[', ']', 100000, ''),
      at(['data', 'assessments', 0, 'answers', 'strategie.ziele']),
      at(['data', 'assessments', 0, 'notes', 'x']),
      at(['data', 'assessments', 0, 'plan', 0, 'title']),
      at(['data', 'assessments', 0, 'profile']),
      at(['data', 'extra']),
      at(['type']),
      JSON.stringify(withValue(VALID_JSON, ['data', 'assessments', 0, 'notes'], 'NEST')).replace(
        '"NEST"',
        deep('{"a":', '}', 10000),
      ),
    ];
    const results = fuzz(inputs);
    expect(results.every((r) => !r.ok)).toBe(true);
  });

  it('top levels that are not an object', () => {
    const inputs = [
      '0',
      '-1',
      '1e999',
      '3.14',
      '"digitalkompass-export"',
      '""',
      'null',
      'true',
      'false',
      '[]',
      '[{"type":"digitalkompass-export","version":2}]',
      '[1,2,3]',
      ' ',
      '',
      '\uFEFF',
      'undefined',
      'NaN',
      '{',
      '}',
      '<html><body>Fehler 404</body></html>',
      '\u0000\u0000\u0000',
      'type,version\ndigitalkompass-export,2',
    ];
    const results = fuzz(inputs);
    expect(results.every((r) => !r.ok)).toBe(true);
  });

  it('valid JSON of other apps and odd envelopes', () => {
    const inputs = [
      { name: 'other', version: '1.0.0', dependencies: { react: '19' } },
      { type: 'excalidraw', version: 2, source: 'https://excalidraw.com', elements: [], appState: {} },
      { type: 'FeatureCollection', features: [] },
      { type: 'digitalkompass-questionnaire', id: 'x', version: '1.0.0' },
      { type: 'digitalkompass-export' },
      { type: 'digitalkompass-export', version: 2 },
      { type: 'digitalkompass-export', version: 2.5 },
      { type: 'digitalkompass-export', version: -1 },
      { type: 'digitalkompass-export', version: 1e308 },
      { type: 'digitalkompass-export', version: 99, data: {} },
      { type: 'digitalkompass-export', version: 1 },
      { type: 'digitalkompass-export', version: 2, source: {}, exportedAt: '', data: { assessments: null } },
      { type: 'DIGITALKOMPASS-EXPORT', version: 2 },
      { type: ['digitalkompass-export'], version: 2 },
      { type: 'digitalkompass-export', version: 2, constructor: { prototype: { polluted: 1 } } },
    ].map((v) => JSON.stringify(v));
    inputs.push('{"__proto__":{"polluted":1},"type":"digitalkompass-export","version":2}');
    const results = fuzz(inputs);
    expect(results.every((r) => !r.ok)).toBe(true);
  });

  it('random JSON values', () => {
    const leaf = (): Json =>
      pick<Json>([null, true, 1, -2.5, '', 'digitalkompass-export', 'a.1', 2, 'dontKnow']);
    const keys = ['type', 'version', 'data', 'assessments', 'answers', 'id', 'profile', '__proto__', 'x'];
    const value = (depth: number): Json => {
      const r = random();
      if (depth > 4 || r < 0.4) return leaf();
      if (r < 0.7) return Array.from({ length: int(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: int(5) }, () => [pick(keys), value(depth + 1)]));
    };
    const inputs = Array.from({ length: 150 }, () => {
      const v = value(0);
      // Half of them look like an envelope at first sight.
      return JSON.stringify(
        random() < 0.5 && v !== null && typeof v === 'object' && !Array.isArray(v)
          ? { ...v, type: 'digitalkompass-export', version: pick([1, 2]) }
          : v,
      );
    });
    fuzz(inputs);
  });

  it('fed at least 1,000 inputs', () => {
    expect(total).toBeGreaterThanOrEqual(1000);
  });
});
