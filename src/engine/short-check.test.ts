import { describe, expect, it } from 'vitest';
import type { Answers, AssessmentRecord } from './assessment';
import { aggregateRegion } from './aggregate-region';
import { compareRounds } from './compare-rounds';
import { consolidateRespondents, consolidatedScore } from './consolidate';
import { jointAssessment } from './joint-assessment';
import { parseShortCheck } from './questionnaire-package';
import { scoreAssessment } from './score';
import {
  answersWithin,
  countScopes,
  firstUnanswered,
  roundScope,
  sharedQuestionnaire,
  shortCheckCoverage,
  shortCheckProblems,
  shortPackage,
  shortQuestionnaire,
  type ShortCheck,
} from './short-check';
import { fixturePackage, fixtureQuestionnaire as q } from '../../tests/fixtures/fixture-questionnaire';
import { loadBavarianPackage } from '../../tests/fixtures/bavarian-package';
import { testProfile, testRecord } from '../../tests/fixtures/records';

const check = (questions: string[], questionnaireId = 'fixture'): ShortCheck => ({
  type: 'digitalkompass-short-check',
  questionnaireId,
  questions,
});
const short = (questions: string[], continuedAt: string | null = null) => ({
  shortCheck: { questions, continuedAt },
});

describe('shortCheckProblems', () => {
  const cases: { name: string; sc: ShortCheck; problems: unknown[] }[] = [
    { name: 'one question per field', sc: check(['a.2', 'b.1']), problems: [] },
    {
      name: 'a question the questionnaire does not have',
      sc: check(['a.2', 'b.1', 'c.9']),
      problems: [{ code: 'unknownQuestionRef', id: 'c.9', index: 2 }],
    },
    {
      name: 'a question named twice',
      sc: check(['a.2', 'b.1', 'a.2']),
      problems: [{ code: 'shortCheckTwice', id: 'a.2', index: 2 }],
    },
    {
      name: 'a field without a question',
      sc: check(['a.1', 'a.2']),
      problems: [{ code: 'shortCheckMissesField', id: 'b' }],
    },
    {
      name: 'a field whose only question some kinds never see',
      sc: check(['a.1', 'b.lk']),
      problems: [{ code: 'shortCheckFieldHidden', id: 'b', kind: 'gemeinde' }],
    },
    {
      name: 'another questionnaire',
      sc: check(['a.1', 'b.1'], 'other'),
      problems: [{ code: 'otherQuestionnaire', belongsTo: 'other', questionnaire: 'fixture' }],
    },
  ];
  it.each(cases)('$name', ({ sc, problems }) => {
    expect(shortCheckProblems(q, sc)).toEqual(problems);
  });
});

describe('parseShortCheck (what the validator and the package loader check)', () => {
  const file = (data: unknown) => ({ name: 'short-check.json', data });
  it('takes a fitting short check', () => {
    expect(parseShortCheck(file(check(['b.1', 'a.1'])), q)).toEqual({
      ok: true,
      value: check(['b.1', 'a.1']),
    });
  });
  it('refuses more than 15 questions, at the list', () => {
    const ids = Array.from({ length: 16 }, (_, i) => `a.${i}`);
    const result = parseShortCheck(file(check(ids)), q);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ code: 'at', path: 'questions', problem: { code: 'tooManyEntries', max: 15 } }],
    });
  });
  it('names the place of an unknown question in the list', () => {
    const result = parseShortCheck(file(check(['a.1', 'b.1', 'x'])), q);
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          path: 'questions[2]',
          place: [{ part: 'question', id: 'x', number: 3 }],
          problem: { code: 'unknownQuestionRef', id: 'x' },
        },
      ],
    });
  });
  it('the shipped Bavarian short check: 15 questions, every field, every kind', () => {
    const pkg = loadBavarianPackage();
    expect(pkg.shortCheck?.questions).toHaveLength(15);
    if (pkg.shortCheck) expect(shortCheckProblems(pkg.questionnaire, pkg.shortCheck)).toEqual([]);
  });
});

describe('shortQuestionnaire (the mapping)', () => {
  it('keeps every field with only the chosen questions, in the questionnaire order', () => {
    const sq = shortQuestionnaire(q, ['b.1', 'a.2', 'unknown']);
    expect(sq.fields.map((f) => [f.id, f.questions.map((x) => x.id)])).toEqual([
      ['a', ['a.2']],
      ['b', ['b.1']],
    ]);
    expect(sq.fields.map((f) => f.defaultTarget)).toEqual(q.fields.map((f) => f.defaultTarget));
    expect(sq.id).toBe(q.id);
    expect(sq.version).toBe(q.version);
  });
  it('an answer given in the short check counts unchanged in the full assessment', () => {
    const answers: Answers = { 'a.2': 3, 'b.1': 1 };
    const sq = shortQuestionnaire(q, ['a.2', 'b.1']);
    const shortScore = scoreAssessment(sq, answers, 'gemeinde');
    const fullScore = scoreAssessment(q, answers, 'gemeinde');
    // The same answers, the same field values: the full assessment's other questions are still open.
    expect(shortScore.fields.map((f) => f.score)).toEqual(fullScore.fields.map((f) => f.score));
    expect(shortScore.fields.map((f) => [f.total, f.unanswered])).toEqual([
      [1, 0],
      [1, 0],
    ]);
    expect(fullScore.fields.map((f) => [f.total, f.unanswered])).toEqual([
      [2, 1],
      [1, 0],
    ]);
  });
  it('keeps the recommendations that can be decided on the short-check questions', () => {
    const [a1Low, a2Low, aField, aBoth] = fixturePackage.recommendations;
    if (!a1Low || !a2Low || !aField || !aBoth) throw new Error('fixture changed');
    const either = {
      ...a1Low,
      id: 'r.either',
      trigger: {
        match: 'any' as const,
        conditions: [...a1Low.trigger.conditions, ...a2Low.trigger.conditions],
      },
    };
    const sp = shortPackage({ ...fixturePackage, recommendations: [a1Low, a2Low, aField, aBoth, either] }, [
      'a.2',
      'b.1',
    ]);
    // a.1 is not asked: its rule and the "all" rule that needs it go; "any" keeps its other condition.
    expect(sp.recommendations.map((r) => [r.id, r.trigger.conditions])).toEqual([
      ['r.a2-low', a2Low.trigger.conditions],
      ['r.a-field', aField.trigger.conditions],
      ['r.either', a2Low.trigger.conditions],
    ]);
  });
});

describe('roundScope and countScopes', () => {
  it.each([
    [{}, 'full'],
    [short(['a.1']), 'short'],
    [short(['a.1'], '2026-12-01T10:00:00.000Z'), 'continued'],
  ] as const)('%j is %s', (round, scope) => {
    expect(roundScope(round)).toBe(scope);
  });
  it('counts a continued short check as a full assessment', () => {
    expect(countScopes([{}, short(['a.1']), short(['a.1'], '2026-12-01T10:00:00.000Z')])).toEqual({
      short: 1,
      full: 2,
    });
  });
});

describe('firstUnanswered', () => {
  const cases: { name: string; answers: Answers; kind: 'gemeinde' | 'landkreis'; at: unknown }[] = [
    { name: 'nothing answered', answers: {}, kind: 'gemeinde', at: { fieldId: 'a', questionId: 'a.1' } },
    {
      name: 'the short check answered a.2 and b.1',
      answers: { 'a.2': 3, 'b.1': 1 },
      kind: 'gemeinde',
      at: { fieldId: 'a', questionId: 'a.1' },
    },
    {
      name: 'a question this kind does not see is passed over',
      answers: { 'a.1': 0, 'a.2': 3, 'b.1': 1 },
      kind: 'gemeinde',
      at: null,
    },
    {
      name: 'but a kind that sees it is taken there',
      answers: { 'a.1': 0, 'a.2': 3, 'b.1': 'dontKnow' },
      kind: 'landkreis',
      at: { fieldId: 'b', questionId: 'b.lk' },
    },
  ];
  it.each(cases)('$name', ({ answers, kind, at }) => {
    expect(firstUnanswered(q, { answers, profile: testProfile({ kind }) })).toEqual(at);
  });
});

describe('sharedQuestionnaire and the shared-question comparison', () => {
  const round = (id: string, answers: Answers, extra: Partial<AssessmentRecord> = {}) =>
    testRecord({ id, label: id, profile: testProfile({ kind: 'gemeinde' }), answers, ...extra });

  it('is the whole questionnaire when no round is a short check', () => {
    expect(sharedQuestionnaire(q, [{}, {}])).toEqual({ questionnaire: q, limited: false });
  });
  it('is what all short checks among the rounds asked', () => {
    const { questionnaire, limited } = sharedQuestionnaire(q, [
      short(['a.1', 'a.2', 'b.1']),
      {},
      short(['a.2', 'b.1']),
    ]);
    expect(limited).toBe(true);
    expect(questionnaire.fields.flatMap((f) => f.questions.map((x) => x.id))).toEqual(['a.2', 'b.1']);
  });
  it('answersWithin drops the answers to other questions', () => {
    expect(answersWithin(shortQuestionnaire(q, ['a.2']), { 'a.1': 4, 'a.2': 1 })).toEqual({ 'a.2': 1 });
  });

  it('compares a short check with a later full round on the shared questions and says so', () => {
    const older = round('kurz', { 'a.2': 2, 'b.1': 1 }, short(['a.2', 'b.1']));
    // The full round also answered a.1 low: on all questions field A would seem to fall.
    const newer = round('voll', { 'a.1': 0, 'a.2': 3, 'b.1': 1 });
    const c = compareRounds(fixturePackage, older, newer);
    expect(c.sharedOnly).toEqual({ questions: 2, of: 4 });
    expect(c.fields).toEqual([
      { fieldId: 'a', before: 50, after: 75, change: 25 },
      { fieldId: 'b', before: 25, after: 25, change: 0 },
    ]);
    // a.1 was not asked in the short check: not a change.
    expect(c.answers.map((x) => x.questionId)).toEqual(['a.2']);
  });
  it('compares two full rounds on all questions, as before', () => {
    const c = compareRounds(fixturePackage, round('1', { 'a.1': 4 }), round('2', { 'a.1': 0, 'a.2': 4 }));
    expect(c.sharedOnly).toBeNull();
    expect(c.fields[0]).toEqual({ fieldId: 'a', before: 100, after: 75, change: -25 });
  });
  it('compares a full round begun as a short check on all questions', () => {
    const begun = round('1', { 'a.1': 4 }, short(['a.2', 'b.1'], '2026-12-01T10:00:00.000Z'));
    expect(compareRounds(fixturePackage, begun, round('2', { 'a.1': 0 })).sharedOnly).toBeNull();
  });
});

describe('shortCheckCoverage (how sure each field value is)', () => {
  it('counts the answered short-check questions against the field in the full questionnaire', () => {
    const sq = shortQuestionnaire(q, ['a.1', 'a.2', 'b.1']);
    const cases: { answers: Answers; kind: 'gemeinde' | 'landkreis'; want: unknown[] }[] = [
      {
        answers: {},
        kind: 'gemeinde',
        want: [
          { fieldId: 'a', score: null, answered: 0, asked: 2, ofField: 2, certainty: 'none' },
          { fieldId: 'b', score: null, answered: 0, asked: 1, ofField: 1, certainty: 'none' },
        ],
      },
      {
        answers: { 'a.1': 4, 'a.2': 'dontKnow', 'b.1': 2 },
        kind: 'landkreis',
        want: [
          { fieldId: 'a', score: 100, answered: 2, asked: 2, ofField: 2, certainty: 'first-hint' },
          { fieldId: 'b', score: 50, answered: 1, asked: 1, ofField: 2, certainty: 'first-hint' },
        ],
      },
      {
        answers: { 'a.1': 0, 'a.2': 4 },
        kind: 'gemeinde',
        want: [
          { fieldId: 'a', score: 75, answered: 2, asked: 2, ofField: 2, certainty: 'rough' },
          { fieldId: 'b', score: null, answered: 0, asked: 1, ofField: 1, certainty: 'none' },
        ],
      },
    ];
    for (const { answers, kind, want } of cases)
      expect(shortCheckCoverage(q, scoreAssessment(sq, answers, kind).fields, kind)).toEqual(want);
  });
});

describe('the regional overview with short checks and full assessments together', () => {
  const municipality = (i: number, answers: Answers, extra: Partial<AssessmentRecord> = {}) =>
    testRecord({
      id: `m${i}`,
      profile: testProfile({ municipality: `Gemeinde ${i}`, kind: 'gemeinde' }),
      answers,
      ...extra,
    });
  it('says how many of each, and takes every figure from the questions they all asked', () => {
    // Full assessments answer a.1 with 0 and a.2 with 4; on all questions field A would be 75.
    const records = [
      ...[1, 2, 3].map((i) => municipality(i, { 'a.1': 0, 'a.2': 4, 'b.1': 2 })),
      ...[4, 5].map((i) => municipality(i, { 'a.2': 4, 'b.1': 2 }, short(['a.2', 'b.1']))),
      // A full assessment begun as a short check counts as a full one.
      municipality(6, { 'a.1': 0, 'a.2': 4, 'b.1': 2 }, short(['a.2', 'b.1'], '2026-12-01T10:00:00.000Z')),
    ];
    const overview = aggregateRegion(fixturePackage, records);
    expect(overview.scopes).toEqual({ short: 2, full: 4 });
    expect(overview.sharedOnly).toEqual({ questions: 2, of: 4 });
    expect(overview.fields.map((f) => [f.fieldId, f.median])).toEqual([
      ['a', 100],
      ['b', 50],
    ]);
    // Without short checks: all questions, as before.
    const fullOnly = aggregateRegion(
      fixturePackage,
      records.slice(0, 3).concat(records.slice(5), records.slice(0, 1)),
    );
    expect(fullOnly.sharedOnly).toBeNull();
  });
  it('still counts a record with answers the questionnaire does not know as invalid', () => {
    const records = [municipality(1, { 'a.2': 1 }, short(['a.2', 'b.1'])), municipality(2, { 'x.9': 1 })];
    expect(aggregateRegion(fixturePackage, records).skipped.invalidAnswers).toBe(1);
  });
});

describe('consolidation with short checks and full assessments together', () => {
  it('merges the questions all of them asked, and the joint round is a short check of them', () => {
    const records = [
      testRecord({ id: 'r1', profile: testProfile(), answers: { 'a.1': 0, 'a.2': 4, 'b.1': 2 } }),
      testRecord({
        id: 'r2',
        profile: testProfile(),
        answers: { 'a.2': 2, 'b.1': 2 },
        ...short(['a.2', 'b.1']),
      }),
    ];
    const c = consolidateRespondents(fixturePackage, records);
    expect(c.scopes).toEqual({ short: 1, full: 1 });
    expect(c.shortCheckQuestions).toEqual(['a.2', 'b.1']);
    expect(c.questions.map((x) => x.questionId)).toEqual(['a.2', 'b.1']);
    // The lower median of 4 and 2 is 2: 50 points; a.1 of the full assessment does not count.
    expect(consolidatedScore(fixturePackage, c).fields.map((f) => f.score)).toEqual([50, 50]);
    const joint = jointAssessment(
      records,
      c,
      {},
      { id: 'j', now: '2026-12-02T10:00:00.000Z', label: 'Gemeinsam', role: (n) => n },
    );
    expect(joint?.shortCheck).toEqual({ questions: ['a.2', 'b.1'], continuedAt: null });
  });
});
