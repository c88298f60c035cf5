import { describe, expect, it } from 'vitest';
import type { FieldGap } from '../engine/gaps';
import type { AssessmentScore, FieldScore } from '../engine/score';
import { LABEL_CLEARANCE, numberedRadarData, TARGET_MARKER_RADIUS } from './radar-chart';

describe('target markers', () => {
  it('stay clear of the axis labels: the labels sit further out than a marker on the outer ring reaches', () => {
    // A diamond of radius r reaches r × √2 from its centre, its 1 px border one more.
    expect(LABEL_CLEARANCE).toBeGreaterThan(TARGET_MARKER_RADIUS * Math.SQRT2 + 1);
  });
});

describe('numberedRadarData', () => {
  const field = (fieldId: string, score: number | null, total: number): FieldScore => ({
    fieldId,
    score,
    total,
    scored: score === null ? 0 : total,
    dontKnow: 0,
    notApplicable: 0,
    unanswered: score === null ? total : 0,
    weightSum: total,
  });
  const gap = (fieldId: string, target: number): FieldGap => ({
    fieldId,
    current: null,
    targetLevel: target / 25,
    target,
    gap: null,
    priority: null,
  });
  const scoreOf = (fields: FieldScore[]): AssessmentScore => ({
    fields,
    overall: null,
    band: null,
    counts: { total: 0, scored: 0, dontKnow: 0, notApplicable: 0, unanswered: 0 },
  });

  it.each<{
    name: string;
    fields: FieldScore[];
    gaps: FieldGap[];
    expected: Partial<ReturnType<typeof numberedRadarData>>;
  }>([
    {
      name: 'one axis per field with questions, numbered in order; scores rounded, no score stays null',
      fields: [field('a', 62.5, 3), field('b', null, 2), field('c', 10.4, 1)],
      gaps: [gap('c', 50), gap('a', 75), gap('b', 100)],
      expected: { labels: ['1', '2', '3'], current: [63, null, 10], target: [75, 100, 50] },
    },
    {
      name: 'a field without questions for this municipality has no axis, and the numbers close up',
      fields: [field('a', 50, 2), field('lk', null, 0), field('c', 25, 1)],
      gaps: [gap('a', 75), gap('lk', 75), gap('c', 75)],
      expected: { labels: ['1', '2'], current: [50, 25], target: [75, 75] },
    },
    {
      name: 'a field without a gap entry gets target 0',
      fields: [field('a', 50, 2)],
      gaps: [],
      expected: { labels: ['1'], current: [50], target: [0] },
    },
  ])('$name', ({ fields, gaps, expected }) => {
    expect(numberedRadarData(scoreOf(fields), gaps, 'Ist', 'Soll')).toEqual({
      ...expected,
      currentLabel: 'Ist',
      targetLabel: 'Soll',
    });
  });
});
