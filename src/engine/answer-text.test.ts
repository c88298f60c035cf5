import { describe, expect, it } from 'vitest';
import type { AnswerValue } from './assessment';
import { answerText, type AnswerWords } from './answer-text';
import { fixtureQuestionnaire } from '../../tests/fixtures/fixture-questionnaire';

// Two styles as the places write them: the analysis screens name the level, the sheet adds the descriptor.
const screen: AnswerWords = {
  level: (level, name) => `Stufe ${level} – ${name}`,
  dontKnow: 'weiß nicht',
  notApplicable: 'nicht zutreffend',
  none: '–',
};
const sheet: AnswerWords = {
  level: (level, name, descriptor) => `Level ${level} (${name}): ${descriptor}`,
  dontKnow: 'don’t know',
  notApplicable: 'not applicable',
  none: 'not answered',
};
const q = fixtureQuestionnaire;
const question = {
  levels: q.levelNames.map((n) => ({ de: `Beschreibung ${n.de}`, en: `Descriptor ${n.en}` })),
};

describe('answerText', () => {
  it.each<[string, AnswerValue | undefined, AnswerWords, 'de' | 'en', boolean, string]>([
    ['a level on screen', 2, screen, 'de', false, 'Stufe 2 – Stufe 2'],
    ['level 0 is a level, not "none"', 0, screen, 'de', false, 'Stufe 0 – Stufe 0'],
    ['weiß nicht', 'dontKnow', screen, 'de', false, 'weiß nicht'],
    ['nicht zutreffend', 'notApplicable', screen, 'de', false, 'nicht zutreffend'],
    ['unanswered', undefined, screen, 'de', false, '–'],
    [
      'a level with descriptor, in English',
      4,
      sheet,
      'en',
      true,
      'Level 4 (Stufe 4 (en)): Descriptor Stufe 4 (en)',
    ],
    ['no question: empty descriptor', 1, sheet, 'en', false, 'Level 1 (Stufe 1 (en)): '],
    ['unanswered on the sheet', undefined, sheet, 'en', true, 'not answered'],
  ])('%s', (_name, value, words, lang, withQuestion, expected) => {
    expect(answerText(value, words, lang, q.levelNames, withQuestion ? question : undefined)).toBe(expected);
  });

  it('a level the questionnaire does not name gets an empty name', () => {
    expect(answerText(3, screen, 'de', [])).toBe('Stufe 3 – ');
  });
});
