import { describe, expect, it } from 'vitest';
import { AssessmentRecord, newAssessmentRecord } from './assessment';

describe('newAssessmentRecord', () => {
  it.each([
    ['a round with a name', 'as-1', 'bayern-kommunen', '2.0.0', 'Herbst 2026', '2026-11-01T08:00:00.000Z'],
    ['a round without a name', 'x', 'fixture', '1.0.0', '', '2025-03-01T10:00:00Z'],
  ])('%s: a valid record, created now, with nothing entered yet', (_name, id, qid, version, label, now) => {
    const record = newAssessmentRecord({
      id,
      questionnaireId: qid,
      questionnaireVersion: version,
      label,
      now,
    });
    expect(AssessmentRecord.parse(record)).toEqual(record);
    const {
      profile,
      answers,
      notes,
      targets,
      plan,
      currentPage,
      completedAt,
      toConfirm,
      previousId,
      ...rest
    } = record;
    expect(rest).toEqual({
      id,
      questionnaireId: qid,
      questionnaireVersion: version,
      label,
      createdAt: now,
      updatedAt: now,
    });
    expect([profile, currentPage, completedAt, previousId]).toEqual([null, null, null, null]);
    expect([answers, notes, targets]).toEqual([{}, {}, {}]);
    expect([plan, toConfirm]).toEqual([[], []]);
  });
});
