import { describe, expect, it } from 'vitest';
import type { Answers, Targets } from './assessment';
import { computeGaps, targetLevelFor, targetReached } from './gaps';
import { scoreAssessment } from './score';
import { fixtureQuestionnaire as q } from '../../tests/fixtures/fixture-questionnaire';

const gapsFor = (answers: Answers, targets: Targets = {}) =>
  computeGaps(q, scoreAssessment(q, answers), targets).map((g) => [g.fieldId, g.gap, g.priority]);

describe('computeGaps', () => {
  it.each<{ name: string; answers: Answers; targets?: Targets; expected: unknown[] }>([
    {
      name: 'default targets (a: 3 = 75, b: 2 = 50); b weighs 2',
      answers: { 'a.1': 1, 'a.2': 1, 'b.1': 0 },
      // a: 75 − 25 = 50, priority 50; b: 50 − 0 = 50, priority 100
      expected: [
        ['b', 50, 100],
        ['a', 50, 50],
      ],
    },
    {
      name: 'a set target overrides the default',
      answers: { 'a.1': 1, 'a.2': 1, 'b.1': 0 },
      targets: { a: 4, b: 0 },
      expected: [
        ['a', 75, 75],
        ['b', 0, 0],
      ],
    },
    {
      name: 'above target: negative gap, zero priority',
      answers: { 'a.1': 4, 'a.2': 4, 'b.1': 1 },
      expected: [
        ['b', 25, 50],
        ['a', -25, 0],
      ],
    },
    {
      name: 'ties keep the questionnaire order',
      answers: { 'a.1': 2, 'a.2': 2, 'b.1': 2 },
      targets: { a: 2, b: 2 },
      expected: [
        ['a', 0, 0],
        ['b', 0, 0],
      ],
    },
    {
      name: 'a field without a score has no gap and comes last',
      answers: { 'b.1': 'dontKnow', 'a.1': 4, 'a.2': 4 },
      expected: [
        ['a', -25, 0],
        ['b', null, null],
      ],
    },
    {
      name: 'nothing answered',
      answers: {},
      expected: [
        ['a', null, null],
        ['b', null, null],
      ],
    },
  ])('$name', ({ answers, targets, expected }) => {
    expect(gapsFor(answers, targets)).toEqual(expected);
  });

  it('reports target in levels and points', () => {
    const [gap] = computeGaps(q, scoreAssessment(q, { 'a.1': 2 }), { a: 4 });
    expect(gap).toMatchObject({ fieldId: 'a', current: 50, targetLevel: 4, target: 100, gap: 50 });
  });
});

describe('targetLevelFor', () => {
  it('falls back to the default', () => expect(targetLevelFor(q, {}, 'b')).toBe(2));
  it('rejects an unknown field', () =>
    expect(() => targetLevelFor(q, {}, 'zz')).toThrow(/Unbekanntes Handlungsfeld „zz“/));
});

describe('targetReached', () => {
  it('is true at and above the target (gap 0 or negative), false below it', () => {
    expect([-25, -0.5, 0, 0.5, 25].map(targetReached)).toEqual([true, true, true, false, false]);
  });
});
