import { describe, expect, it } from 'vitest';
import { LABEL_CLEARANCE, TARGET_MARKER_RADIUS } from './radar-chart';

describe('target markers', () => {
  it('stay clear of the axis labels: the labels sit further out than a marker on the outer ring reaches', () => {
    // A diamond of radius r reaches r × √2 from its centre, its 1 px border one more.
    expect(LABEL_CLEARANCE).toBeGreaterThan(TARGET_MARKER_RADIUS * Math.SQRT2 + 1);
  });
});
