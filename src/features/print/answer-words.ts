import type { AnswerWords } from '../../engine/answer-text';
import type { Language } from '../../i18n/strings';
import { printStrings } from '../../i18n/strings-print';

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
