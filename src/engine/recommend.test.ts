import { describe, expect, it } from 'vitest';
import type { Answers, Targets } from './assessment';
import type { MunicipalityKind } from './questionnaire-schema';
import { matchRecommendations } from './recommend';
import { scoreAssessment } from './score';
import {
  fixtureQuestionnaire as q,
  fixtureRecommendations as recs,
} from '../../tests/fixtures/fixture-questionnaire';

const match = (answers: Answers, targets: Targets = {}, kind?: MunicipalityKind) =>
  matchRecommendations(q, recs, answers, scoreAssessment(q, answers, kind), targets, kind);

describe('matchRecommendations', () => {
  it.each<{ name: string; answers: Answers; targets?: Targets; kind?: MunicipalityKind; ids: string[] }>([
    { name: 'nothing answered matches nothing', answers: {}, ids: [] },
    {
      name: '"weiß nicht" and "nicht zutreffend" never trigger',
      answers: { 'a.1': 'dontKnow', 'a.2': 'dontKnow', 'b.1': 'notApplicable' },
      ids: [],
    },
    {
      // a.2 (weight 3): (3 − 0) × 3 = 9; a.1: (3 − 1) × 1 = 2; field a: (75 − 6.25)/25 = 2.75;
      // all-rule: max(2, 9) = 9, later in the catalogue than r.a2-low
      name: 'ordered by gap × weight, ties by catalogue order',
      answers: { 'a.1': 1, 'a.2': 0 },
      ids: ['r.a2-low', 'r.a-both', 'r.a-field', 'r.a1-low'],
    },
    {
      name: '"all" needs every condition',
      answers: { 'a.1': 2, 'a.2': 3 },
      ids: [],
    },
    {
      name: 'at-or-above and score-at-least give "keep it up" advice with priority 0',
      answers: { 'b.1': 4 },
      ids: ['r.b-top', 'r.b-high'],
    },
    {
      name: 'a hidden question never triggers',
      answers: { 'b.lk': 0 },
      kind: 'gemeinde',
      ids: [],
    },
    {
      name: 'a visible kind-specific question triggers',
      answers: { 'b.lk': 0 },
      kind: 'landkreis',
      ids: ['r.blk'],
    },
    {
      name: 'raising the target raises the priority',
      answers: { 'a.1': 1, 'a.2': 1 },
      targets: { a: 4 },
      // a.2: (4−1)×3 = 9; r.a-both: 9; field a: (100−25)/25 = 3; a.1: 3
      ids: ['r.a2-low', 'r.a-both', 'r.a1-low', 'r.a-field'],
    },
  ])('$name', ({ answers, targets, kind, ids }) => {
    expect(match(answers, targets, kind).map((m) => m.recommendation.id)).toEqual(ids);
  });

  it('gives the reasons that triggered a recommendation', () => {
    const [first] = match({ 'a.1': 1, 'a.2': 0 });
    expect(first?.priority).toBe(9);
    expect(first?.reasons).toEqual([
      {
        kind: 'question',
        questionId: 'a.2',
        fieldId: 'a',
        level: 0,
        condition: { question: 'a.2', atOrBelow: 1 },
      },
    ]);
    const field = match({ 'a.1': 1, 'a.2': 0 }).find((m) => m.recommendation.id === 'r.a-field');
    expect(field?.reasons).toEqual([
      { kind: 'field', fieldId: 'a', score: 6.25, condition: { field: 'a', scoreBelow: 50 } },
    ]);
  });

  it('rejects a trigger that names an unknown question', () => {
    const [first] = recs;
    if (!first) throw new Error('the fixture has recommendations');
    const broken = [
      { ...first, trigger: { match: 'any' as const, conditions: [{ question: 'nope', atOrBelow: 1 }] } },
    ];
    expect(() => matchRecommendations(q, broken, { 'a.1': 1 }, scoreAssessment(q, { 'a.1': 1 }), {})).toThrow(
      /unbekannte Frage „nope“/,
    );
  });
});
