import { describe, expect, it } from 'vitest';
import type { Answers, AssessmentRecord, PlanItem, Profile } from './assessment';
import { compareRounds } from './compare-rounds';
import { fixturePackage as pkg } from '../../tests/fixtures/fixture-questionnaire';
import { testPlanItem, testProfile, testRecord } from '../../tests/fixtures/records';

const profile = (kind: Profile['kind'] = 'gemeinde'): Profile =>
  testProfile({ municipality: 'Musterhausen', kind, population: '1000-2999' });

const record = (id: string, answers: Answers, extra: Partial<AssessmentRecord> = {}): AssessmentRecord =>
  testRecord({ id, label: id, profile: profile(), answers, ...extra });

const item = (id: string, status: PlanItem['status'], extra: Partial<PlanItem> = {}): PlanItem =>
  testPlanItem({ id, title: `Maßnahme ${id}`, owner: '', due: '', status, ...extra });

describe('compareRounds: scores', () => {
  const cases: {
    name: string;
    before: Answers;
    after: Answers;
    kinds?: [Profile['kind'], Profile['kind']];
    a: [number | null, number | null, number | null];
    b: [number | null, number | null, number | null];
    overall: [number | null, number | null, number | null];
  }[] = [
    {
      name: 'both rounds empty',
      before: {},
      after: {},
      a: [null, null, null],
      b: [null, null, null],
      overall: [null, null, null],
    },
    {
      name: 'field a rises from 25 to 75',
      before: { 'a.1': 4, 'a.2': 0 },
      after: { 'a.1': 0, 'a.2': 4 },
      a: [25, 75, 50],
      b: [null, null, null],
      overall: [25, 75, 50],
    },
    {
      name: 'a field that gets its first score has no change',
      before: { 'a.1': 2 },
      after: { 'a.1': 2, 'b.1': 4 },
      a: [50, 50, 0],
      b: [null, 100, null],
      overall: [50, 75, 25],
    },
    {
      name: 'a field that loses its score ("weiß nicht") has no change',
      before: { 'b.1': 1 },
      after: { 'b.1': 'dontKnow' },
      a: [null, null, null],
      b: [25, null, null],
      overall: [25, null, null],
    },
    {
      name: 'each round is scored with its own kind',
      before: { 'b.1': 4, 'b.lk': 0 },
      after: { 'b.1': 4, 'b.lk': 0 },
      kinds: ['gemeinde', 'landkreis'],
      a: [null, null, null],
      b: [100, 50, -50],
      overall: [100, 50, -50],
    },
  ];
  it.each(cases)('$name', ({ before, after, kinds, a, b, overall }) => {
    const [k1, k2] = kinds ?? ['gemeinde', 'gemeinde'];
    const c = compareRounds(
      pkg,
      record('alt', before, { profile: profile(k1) }),
      record('neu', after, { profile: profile(k2) }),
    );
    expect(c.fields).toEqual([
      { fieldId: 'a', before: a[0], after: a[1], change: a[2] },
      { fieldId: 'b', before: b[0], after: b[1], change: b[2] },
    ]);
    expect(c.overall).toEqual({ before: overall[0], after: overall[1], change: overall[2] });
  });

  it('scores a round without a profile with every question', () => {
    const c = compareRounds(
      pkg,
      record('alt', { 'b.1': 4, 'b.lk': 0 }, { profile: null }),
      record('neu', { 'b.1': 4, 'b.lk': 4 }, { profile: null }),
    );
    expect(c.fields[1]).toEqual({ fieldId: 'b', before: 50, after: 100, change: 50 });
  });
});

describe('compareRounds: changed answers', () => {
  const cases: { name: string; before: Answers; after: Answers; expected: [string, unknown, unknown][] }[] = [
    { name: 'nothing changed', before: { 'a.1': 2 }, after: { 'a.1': 2 }, expected: [] },
    {
      name: 'in questionnaire order, not in key order',
      before: { 'b.1': 1, 'a.2': 3 },
      after: { 'b.1': 2, 'a.2': 1 },
      expected: [
        ['a.2', 3, 1],
        ['b.1', 1, 2],
      ],
    },
    {
      name: 'newly answered and no longer answered',
      before: { 'a.1': 0 },
      after: { 'a.2': 'dontKnow' },
      expected: [
        ['a.1', 0, undefined],
        ['a.2', undefined, 'dontKnow'],
      ],
    },
    {
      name: 'from "weiß nicht" to a level and to "nicht zutreffend"',
      before: { 'a.1': 'dontKnow', 'b.1': 3 },
      after: { 'a.1': 0, 'b.1': 'notApplicable' },
      expected: [
        ['a.1', 'dontKnow', 0],
        ['b.1', 3, 'notApplicable'],
      ],
    },
    {
      name: 'a question hidden for the kind is not listed',
      before: { 'b.lk': 0 },
      after: { 'b.lk': 4 },
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ before, after, expected }) => {
    const c = compareRounds(pkg, record('alt', before), record('neu', after));
    expect(c.answers.map((a) => [a.questionId, a.before, a.after])).toEqual(expected);
  });

  it('names the field of each changed answer', () => {
    const c = compareRounds(pkg, record('alt', { 'b.1': 1 }), record('neu', { 'b.1': 2 }));
    expect(c.answers).toEqual([{ questionId: 'b.1', fieldId: 'b', before: 1, after: 2 }]);
  });
});

describe('compareRounds: completed measures', () => {
  const cases: { name: string; older: PlanItem[]; newer: PlanItem[]; expected: [string, string | null][] }[] =
    [
      { name: 'no plan', older: [], newer: [], expected: [] },
      {
        name: 'matched by id: open → done',
        older: [item('1', 'offen'), item('2', 'in-arbeit')],
        newer: [item('1', 'erledigt'), item('2', 'in-arbeit')],
        expected: [['1', 'offen']],
      },
      {
        name: 'already done before is not counted again',
        older: [item('1', 'erledigt')],
        newer: [item('1', 'erledigt')],
        expected: [],
      },
      {
        name: 'matched by recommendation when the id changed (copied round)',
        older: [
          item('x', 'erledigt', { recommendationId: 'r.a1-low' }),
          item('y', 'offen', { recommendationId: 'r.a2-low' }),
        ],
        newer: [
          item('p', 'erledigt', { recommendationId: 'r.a1-low' }),
          item('q', 'erledigt', { recommendationId: 'r.a2-low' }),
        ],
        expected: [['q', 'offen']],
      },
      {
        name: 'matched by title (trimmed, any case) for own measures',
        older: [item('x', 'in-arbeit', { title: 'WLAN im Rathaus' })],
        newer: [item('p', 'erledigt', { title: ' wlan im rathaus ' })],
        expected: [['p', 'in-arbeit']],
      },
      {
        name: 'newly added and done counts, newly added and open does not',
        older: [],
        newer: [item('n1', 'erledigt'), item('n2', 'offen')],
        expected: [['n1', null]],
      },
      {
        name: 'an id match wins over a recommendation match of another item',
        older: [
          item('1', 'erledigt', { recommendationId: 'r.a1-low' }),
          item('2', 'offen', { recommendationId: 'r.a1-low' }),
        ],
        newer: [
          item('3', 'erledigt', { recommendationId: 'r.a1-low' }),
          item('1', 'erledigt', { recommendationId: 'r.a1-low' }),
        ],
        expected: [['3', 'offen']],
      },
      {
        name: 'each older item is matched once',
        older: [item('x', 'erledigt', { title: 'Gleich' })],
        newer: [item('p', 'erledigt', { title: 'Gleich' }), item('q', 'erledigt', { title: 'Gleich' })],
        expected: [['q', null]],
      },
      {
        name: 'done before, reopened now: not completed',
        older: [item('1', 'erledigt')],
        newer: [item('1', 'offen')],
        expected: [],
      },
    ];
  it.each(cases)('$name', ({ older, newer, expected }) => {
    const c = compareRounds(pkg, record('alt', {}, { plan: older }), record('neu', {}, { plan: newer }));
    expect(c.completed.map((x) => [x.item.id, x.previousStatus])).toEqual(expected);
  });
});

describe('compareRounds: errors', () => {
  it.each([
    [
      'different questionnaires',
      record('alt', {}, { questionnaireId: 'anderer' }),
      record('neu', {}),
      /verschiedenen Fragebögen \(„anderer“ und „fixture“\)/,
    ],
    [
      'a questionnaire other than the package',
      record('alt', {}, { questionnaireId: 'anderer' }),
      record('neu', {}, { questionnaireId: 'anderer' }),
      /gehören zum Fragebogen „anderer“, nicht zu „fixture“/,
    ],
    [
      'answers that cannot be scored',
      record('alt', { 'a.1': 'notApplicable' }),
      record('neu', {}),
      /nicht zutreffend/,
    ],
  ])('throws on %s', (_name, older, newer, message) => {
    expect(() => compareRounds(pkg, older, newer)).toThrow(message);
  });
});
