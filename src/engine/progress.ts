import type { AssessmentRecord } from './assessment';
import type { Questionnaire } from './questionnaire-schema';
import { visibleQuestions } from './score';

/** How far an assessment is: answered and visible questions (any answer counts, also "weiß nicht"). */
export function progressOf(
  questionnaire: Questionnaire,
  a: AssessmentRecord,
): { answered: number; total: number } {
  let answered = 0;
  let total = 0;
  for (const field of questionnaire.fields)
    for (const q of visibleQuestions(field, a.profile?.kind)) {
      total++;
      if (a.answers[q.id] !== undefined) answered++;
    }
  return { answered, total };
}

/** Progress in whole percent. */
export function progressPercent(p: { answered: number; total: number }): number {
  return p.total === 0 ? 0 : Math.round((p.answered / p.total) * 100);
}
