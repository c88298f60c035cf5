import { useMemo } from 'react';
import type { Answers, AssessmentRecord, Targets } from '../engine/assessment';
import type { MunicipalityKind } from '../engine/questionnaire-schema';
import { computeGaps, type FieldGap } from '../engine/gaps';
import type { QuestionnairePackage } from '../engine/questionnaire-package';
import { matchRecommendations, type MatchedRecommendation } from '../engine/recommend';
import { summarizeResults, type ResultSummary } from '../engine/result-summary';
import { scoreAssessment, type AssessmentScore } from '../engine/score';

/** Everything derived from an assessment's answers and targets. */
export type Results =
  | {
      ok: true;
      score: AssessmentScore;
      gaps: FieldGap[];
      recommendations: MatchedRecommendation[];
      /** The result at a glance, shared by the results screen, the sheet and the council paper. */
      summary: ResultSummary;
    }
  | { ok: false; error: string };

/** Scores, gaps and matched recommendations for one assessment's answers and targets (engine calls only). */
export function computeResults(
  pkg: QuestionnairePackage,
  answers: Answers,
  targets: Targets,
  kind: MunicipalityKind | undefined,
): Results {
  try {
    const score = scoreAssessment(pkg.questionnaire, answers, kind);
    const gaps = computeGaps(pkg.questionnaire, score, targets);
    const recommendations = matchRecommendations(
      pkg.questionnaire,
      pkg.recommendations,
      answers,
      score,
      targets,
      kind,
    );
    const summary = summarizeResults(pkg.questionnaire, answers, kind, gaps, recommendations);
    return { ok: true, score, gaps, recommendations, summary };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Memoised results; recomputed only when answers, targets or the kind of municipality change. */
export function useResults(pkg: QuestionnairePackage, a: AssessmentRecord): Results {
  const { answers, targets } = a;
  const kind = a.profile?.kind;
  return useMemo(() => computeResults(pkg, answers, targets, kind), [pkg, answers, targets, kind]);
}
