import { ownValue, type Targets } from './assessment';
import type { Questionnaire } from './questionnaire-schema';
import { levelToPoints, type AssessmentScore } from './score';

/** Ist, Soll and gap of one field. */
export interface FieldGap {
  fieldId: string;
  /** Current score in points, null when the field has no scorable answer. */
  current: number | null;
  targetLevel: number;
  /** Target in points (level × 25). */
  target: number;
  /** target − current in points; negative when the field is above its target; null without a score. */
  gap: number | null;
  /** max(gap, 0) × field weight; null without a score. Used for ordering. */
  priority: number | null;
}

/**
 * A field at or above its target has nothing left to close: the screens and the printed sheet say
 * "reached" instead of showing a negative gap, and it adds nothing to the priority.
 */
export const targetReached = (gap: number): boolean => gap <= 0;

/** The target level of a field: the one set for this assessment, else the questionnaire's default. */
export function targetLevelFor(questionnaire: Questionnaire, targets: Targets, fieldId: string): number {
  const set = ownValue(targets, fieldId);
  if (set !== undefined) return set;
  const field = questionnaire.fields.find((f) => f.id === fieldId);
  if (!field) throw new Error(`Unbekanntes Handlungsfeld „${fieldId}“`);
  return field.defaultTarget;
}

/**
 * Gaps per field, largest priority (gap × weight) first; fields without a score come last.
 * Ties keep the questionnaire's order.
 */
export function computeGaps(
  questionnaire: Questionnaire,
  score: AssessmentScore,
  targets: Targets,
): FieldGap[] {
  const gaps = questionnaire.fields.map((field, i): FieldGap & { order: number } => {
    const fs = score.fields.find((s) => s.fieldId === field.id);
    const current = fs?.score ?? null;
    const targetLevel = targetLevelFor(questionnaire, targets, field.id);
    const target = levelToPoints(targetLevel);
    const gap = current === null ? null : target - current;
    const priority = gap === null ? null : Math.max(gap, 0) * field.weight;
    return { fieldId: field.id, current, targetLevel, target, gap, priority, order: i };
  });
  gaps.sort((a, b) => {
    if (a.priority === null || b.priority === null) {
      if (a.priority === b.priority) return a.order - b.order;
      return a.priority === null ? 1 : -1;
    }
    return b.priority - a.priority || a.order - b.order;
  });
  return gaps.map(({ order: _order, ...g }) => g);
}
