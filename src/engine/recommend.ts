import { isLevel, ownValue, type Answers, type Targets } from './assessment';
import { targetLevelFor } from './gaps';
import type { Condition, MunicipalityKind, Questionnaire, Recommendation } from './questionnaire-schema';
import { indexQuestionnaire } from './questionnaire-package';
import { isQuestionVisible, levelToPoints, type AssessmentScore } from './score';

/** Why a recommendation appears: the answer or field score that met a condition. */
export type TriggerReason =
  | { kind: 'question'; questionId: string; fieldId: string; level: number; condition: Condition }
  | { kind: 'field'; fieldId: string; score: number; condition: Condition };

/** A recommendation that applies to this assessment, with its reasons and priority. */
export interface MatchedRecommendation {
  recommendation: Recommendation;
  reasons: TriggerReason[];
  /** Gap in levels × weight of the strongest reason; 0 for "keep it up" advice. */
  priority: number;
}

/**
 * Evaluates every recommendation's trigger rule against the answers and field scores and
 * returns the matches, highest priority first (ties keep the catalogue's order).
 * A question condition needs a level 0–4 on a visible question; "weiß nicht", "nicht
 * zutreffend" and unanswered questions never trigger. A field condition needs a field score.
 */
export function matchRecommendations(
  questionnaire: Questionnaire,
  recommendations: Recommendation[],
  answers: Answers,
  score: AssessmentScore,
  targets: Targets,
  kind?: MunicipalityKind,
): MatchedRecommendation[] {
  const index = indexQuestionnaire(questionnaire);
  const fieldScores = new Map(score.fields.map((f) => [f.fieldId, f.score]));

  const evaluate = (c: Condition): { reason: TriggerReason; priority: number } | null => {
    if ('question' in c) {
      const entry = index.questions.get(c.question);
      if (!entry) throw new Error(`Auslöseregel nennt unbekannte Frage „${c.question}“`);
      const { question, field } = entry;
      const level = ownValue(answers, c.question);
      if (!isQuestionVisible(question, kind) || !isLevel(level)) return null;
      const met = 'atOrBelow' in c ? level <= c.atOrBelow : level >= c.atOrAbove;
      if (!met) return null;
      const deficit = Math.max(0, targetLevelFor(questionnaire, targets, field.id) - level);
      return {
        reason: { kind: 'question', questionId: question.id, fieldId: field.id, level, condition: c },
        priority: deficit * question.weight * field.weight,
      };
    }
    const field = index.fields.get(c.field);
    if (!field) throw new Error(`Auslöseregel nennt unbekanntes Handlungsfeld „${c.field}“`);
    const s = fieldScores.get(c.field) ?? null;
    if (s === null) return null;
    const met = 'scoreBelow' in c ? s < c.scoreBelow : s >= c.scoreAtLeast;
    if (!met) return null;
    const target = levelToPoints(targetLevelFor(questionnaire, targets, field.id));
    return {
      reason: { kind: 'field', fieldId: field.id, score: s, condition: c },
      priority: (Math.max(0, target - s) / 25) * field.weight,
    };
  };

  const matched: (MatchedRecommendation & { order: number })[] = [];
  recommendations.forEach((rec, order) => {
    const results = rec.trigger.conditions.map(evaluate);
    const met = results.filter((r): r is NonNullable<typeof r> => r !== null);
    const applies = rec.trigger.match === 'all' ? met.length === results.length : met.length > 0;
    if (!applies) return;
    matched.push({
      recommendation: rec,
      reasons: met.map((m) => m.reason),
      priority: Math.max(...met.map((m) => m.priority)),
      order,
    });
  });
  matched.sort((a, b) => b.priority - a.priority || a.order - b.order);
  return matched.map(({ order: _order, ...m }) => m);
}
