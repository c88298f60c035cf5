import { useMemo } from 'react';
import type { AssessmentRecord } from '../engine/assessment';
import { computeGaps, type FieldGap } from '../engine/gaps';
import type { QuestionnairePackage } from '../engine/questionnaire-package';
import { matchRecommendations, type MatchedRecommendation } from '../engine/recommend';
import { scoreAssessment, type AssessmentScore } from '../engine/score';

/** Everything derived from an assessment's answers and targets. */
export type Results =
  | { ok: true; score: AssessmentScore; gaps: FieldGap[]; recommendations: MatchedRecommendation[] }
  | { ok: false; error: string };

/** Scores, gaps and matched recommendations for one assessment (engine calls only). */
export function computeResults(pkg: QuestionnairePackage, a: AssessmentRecord): Results {
  try {
    const kind = a.profile?.kind;
    const score = scoreAssessment(pkg.questionnaire, a.answers, kind);
    const gaps = computeGaps(pkg.questionnaire, score, a.targets);
    const recommendations = matchRecommendations(
      pkg.questionnaire,
      pkg.recommendations,
      a.answers,
      score,
      a.targets,
      kind,
    );
    return { ok: true, score, gaps, recommendations };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Memoised results; recomputed only when answers, targets or the kind of municipality change. */
export function useResults(pkg: QuestionnairePackage, a: AssessmentRecord): Results {
  const { answers, targets, profile } = a;
  const kind = profile?.kind;
  return useMemo(
    () => computeResults(pkg, { ...a, answers, targets }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only these inputs affect the results
    [pkg, answers, targets, kind],
  );
}
