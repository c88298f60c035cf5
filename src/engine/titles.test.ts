import { describe, expect, it } from 'vitest';
import { fixtureQuestionnaire } from '../../tests/fixtures/fixture-questionnaire';
import { titlesOf } from './titles';

describe('titlesOf', () => {
  const de = titlesOf(fixtureQuestionnaire, 'de');
  const en = titlesOf(fixtureQuestionnaire, 'en');
  it.each([
    ['a field in German', de.field('a'), 'Feld A'],
    ['a field in English', en.field('b'), 'Feld B (en)'],
    ['a question', de.question('b.lk'), 'B nur Landkreis'],
    ['an unknown field: its id', de.field('z'), 'z'],
    ['an unknown question: its id', en.question('a.9'), 'a.9'],
    ['a field id is no question', de.question('a'), 'a'],
    ['an inherited name is no field', de.field('constructor'), 'constructor'],
    ['an inherited name is no question', de.question('toString'), 'toString'],
  ])('%s', (_name, title, expected) => expect(title).toBe(expected));

  it('gives the question itself', () => {
    expect(de.questionById.get('b.1')?.allowNotApplicable).toBe(true);
    expect(de.questionById.get('__proto__')).toBeUndefined();
  });
});
