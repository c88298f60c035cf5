import { describe, expect, it } from 'vitest';
import { toSurveyJson, type SurveyLabels } from './to-survey-json';
import { fixtureQuestionnaire as q } from '../../../../tests/fixtures/fixture-questionnaire';

const labels: SurveyLabels = {
  level: { de: 'Stufe', en: 'Level' },
  dontKnow: { de: 'weiß nicht', en: "don't know" },
  notApplicable: { de: 'nicht zutreffend', en: 'not applicable' },
  note: { de: 'Notiz', en: 'Note' },
};

describe('toSurveyJson', () => {
  it('makes one page per field and one radio group per visible question', () => {
    const json = toSurveyJson(q, labels, 'gemeinde');
    expect(json.pages.map((p) => p.name)).toEqual(['a', 'b']);
    expect(json.pages.map((p) => p.elements.map((e) => e.name))).toEqual([['a.1', 'a.2'], ['b.1']]);
  });

  it('shows kind-specific questions to that kind', () => {
    expect(toSurveyJson(q, labels, 'landkreis').pages[1]?.elements.map((e) => e.name)).toEqual([
      'b.1',
      'b.lk',
    ]);
  });

  it('offers the level descriptors, then "weiß nicht" and "nicht zutreffend" only where allowed', () => {
    const json = toSurveyJson(q, labels, 'landkreis');
    const a1 = json.pages[0]?.elements[0];
    expect(a1?.choices.map((c) => c.value)).toEqual([0, 1, 2, 3, 4, 'dontKnow']);
    expect(a1?.choices[2]?.text).toEqual({
      de: 'Stufe 2 – Stufe 2: Stufe 2',
      en: 'Level 2 – Stufe 2 (en): Stufe 2 (en)',
    });
    expect(json.pages[1]?.elements[0]?.choices.map((c) => c.value)).toEqual([
      0,
      1,
      2,
      3,
      4,
      'dontKnow',
      'notApplicable',
    ]);
    expect(json.pages[1]?.elements[1]?.choices.map((c) => c.value)).toEqual([0, 1, 2, 3, 4]);
  });

  it('carries help text and both languages', () => {
    const a1 = toSurveyJson(q, labels).pages[0]?.elements[0];
    expect(a1?.title).toEqual({ de: 'A1', en: 'A1 (en)' });
    expect(a1?.description).toEqual({ de: 'h', en: 'h (en)' });
    expect(a1?.commentText).toEqual(labels.note);
  });
});
