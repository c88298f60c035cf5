import { DONT_KNOW, NOT_APPLICABLE, type AnswerValue } from '../engine/assessment';
import type { Question, Questionnaire } from '../engine/questionnaire-schema';
import type { Language } from '../engine/language';
import { printStrings } from '../i18n/strings-print';

/** An answer as the sheet's appendix and the Word report write it: level, name and descriptor, or what stands for none. */
export function answerText(
  q: Questionnaire,
  question: Question,
  a: AnswerValue | undefined,
  lang: Language,
): string {
  const p = printStrings[lang];
  if (typeof a === 'number')
    return `${p.level(a, q.levelNames[a]?.[lang] ?? '')}: ${question.levels[a]?.[lang] ?? ''}`;
  if (a === DONT_KNOW) return p.dontKnow;
  if (a === NOT_APPLICABLE) return p.notApplicable;
  return p.unanswered;
}
