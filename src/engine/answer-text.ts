import { DONT_KNOW, NOT_APPLICABLE, type AnswerValue } from './assessment';
import type { LocalizedText, Question, Questionnaire } from './questionnaire-schema';

/** The words an answer is written with, in one language and the style of one place (screen, sheet, Word report). */
export interface AnswerWords {
  /** A level with its name and the question's descriptor of it ('' where no question is given). */
  level: (level: number, name: string, descriptor: string) => string;
  dontKnow: string;
  notApplicable: string;
  /** Not answered. */
  none: string;
}

/**
 * An answer as text: its level with the level's name (and, given the question, its descriptor),
 * "weiß nicht", "nicht zutreffend", or the word for no answer. The caller brings the words, so
 * every place writes answers by the same rule in its own style.
 */
export function answerText(
  value: AnswerValue | undefined,
  words: AnswerWords,
  lang: keyof LocalizedText,
  levelNames: Questionnaire['levelNames'],
  question?: Pick<Question, 'levels'>,
): string {
  if (value === undefined) return words.none;
  if (value === DONT_KNOW) return words.dontKnow;
  if (value === NOT_APPLICABLE) return words.notApplicable;
  return words.level(value, levelNames[value]?.[lang] ?? '', question?.levels[value]?.[lang] ?? '');
}
