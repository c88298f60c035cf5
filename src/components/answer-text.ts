import { answerText, type AnswerWords } from '../engine/answer-text';
import type { AnswerValue } from '../engine/assessment';
import type { Language } from '../engine/language';
import type { Question, Questionnaire } from '../engine/questionnaire-schema';
import { printStrings } from '../i18n/strings-print';

/** How the sheet's appendix and the Word report write an answer: level, name and descriptor, or what stands for none. */
export function printAnswerWords(lang: Language): AnswerWords {
  const p = printStrings[lang];
  return {
    level: (level, name, descriptor) => `${p.level(level, name)}: ${descriptor}`,
    dontKnow: p.dontKnow,
    notApplicable: p.notApplicable,
    none: p.unanswered,
  };
}

/** An answer as the sheet's appendix and the Word report write it (the engine's rule, the sheet's words). */
export function printedAnswer(
  q: Questionnaire,
  question: Question,
  a: AnswerValue | undefined,
  lang: Language,
): string {
  return answerText(a, printAnswerWords(lang), lang, q.levelNames, question);
}
