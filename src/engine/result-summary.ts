import { DONT_KNOW, ownValue, type Answers } from './assessment';
import type { FieldGap } from './gaps';
import type { MunicipalityKind, Questionnaire } from './questionnaire-schema';
import type { MatchedRecommendation } from './recommend';
import { visibleQuestions } from './score';

/** How many fields the summary names as strongest and as weakest. */
export const SUMMARY_FIELDS = 3;
/** How many recommendations the summary names as the most urgent. */
export const SUMMARY_RECOMMENDATIONS = 5;

/** A field with a score, as the summary shows it: Ist, Soll and the gap in points. */
export type FieldStanding = FieldGap & { current: number; gap: number };

/** The questions of one field answered with "weiß nicht", in questionnaire order. */
export interface OpenQuestions {
  fieldId: string;
  questionIds: string[];
}

/** The result at a glance: the same selection on the screen, the printed sheet and the council paper. */
export interface ResultSummary {
  /** Fields furthest above (or least below) their target, strongest first. */
  strongest: FieldStanding[];
  /** Fields furthest below their target, weakest first; never the same field as in `strongest`. */
  weakest: FieldStanding[];
  /** The most urgent recommendations, in the order of matchRecommendations. */
  topRecommendations: MatchedRecommendation[];
  /** "weiß nicht" answers on visible questions, by field. */
  openQuestions: OpenQuestions[];
  /** Number of questions in `openQuestions`. */
  openCount: number;
}

/**
 * Selects the summary of one assessment from its gaps and matched recommendations. Only fields
 * with a score are ranked, by the gap in points (target − current): the largest gaps are the
 * weakest, the smallest (most negative) the strongest; ties go to the lower (weakest) or higher
 * (strongest) score, then to the questionnaire's order. With fewer than six scored fields the
 * weakest take the larger half, so that no field is named twice.
 */
export function summarizeResults(
  questionnaire: Questionnaire,
  answers: Answers,
  kind: MunicipalityKind | undefined,
  gaps: readonly FieldGap[],
  recommendations: readonly MatchedRecommendation[],
): ResultSummary {
  const order = new Map(questionnaire.fields.map((f, i) => [f.id, i]));
  const scored = gaps.filter((g): g is FieldStanding => g.current !== null && g.gap !== null);
  const byOrder = (a: FieldStanding, b: FieldStanding) =>
    (order.get(a.fieldId) ?? 0) - (order.get(b.fieldId) ?? 0);
  const weakCount = Math.min(SUMMARY_FIELDS, Math.ceil(scored.length / 2));
  const weakest = [...scored]
    .sort((a, b) => b.gap - a.gap || a.current - b.current || byOrder(a, b))
    .slice(0, weakCount);
  const weakIds = new Set(weakest.map((g) => g.fieldId));
  const strongest = scored
    .filter((g) => !weakIds.has(g.fieldId))
    .sort((a, b) => a.gap - b.gap || b.current - a.current || byOrder(a, b))
    .slice(0, SUMMARY_FIELDS);

  const openQuestions = questionnaire.fields
    .map((field) => ({
      fieldId: field.id,
      questionIds: visibleQuestions(field, kind)
        .filter((q) => ownValue(answers, q.id) === DONT_KNOW)
        .map((q) => q.id),
    }))
    .filter((o) => o.questionIds.length > 0);

  return {
    strongest,
    weakest,
    topRecommendations: recommendations.slice(0, SUMMARY_RECOMMENDATIONS),
    openQuestions,
    openCount: openQuestions.reduce((n, o) => n + o.questionIds.length, 0),
  };
}
