import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useAssessmentStore } from '../store/assessment-store';
import {
  BUILT_IN_IDS,
  BUILT_IN_META,
  DEFAULT_QUESTIONNAIRE_ID,
  declarationsById,
  loadQuestionnaire,
} from './questionnaire-catalog';
import { declarationsOf, startDeclarations } from '../engine/declarations';

describe('built-in questionnaires in the start file', () => {
  it('has id, version, title, declarations and short check of every built-in questionnaire, as its file has them', async () => {
    expect(Object.keys(BUILT_IN_META).sort()).toEqual([...BUILT_IN_IDS].sort());
    expect(BUILT_IN_META[DEFAULT_QUESTIONNAIRE_ID]?.shortCheckQuestions).toHaveLength(15);
    for (const id of BUILT_IN_IDS) {
      const loaded = await loadQuestionnaire(id);
      if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
      const { id: fileId, version, title } = loaded.value;
      // Exactly these, what the header and the profile form need of the declarations, and the
      // short check's ids: the questions stay in the questionnaire's own file.
      const { shortCheckQuestions, ...meta } = BUILT_IN_META[id] ?? {};
      expect(meta).toStrictEqual({ id: fileId, version, title, ...startDeclarations(loaded.value) });
      expect(declarationsById(id)).toStrictEqual(declarationsOf(loaded.value));
      for (const q of shortCheckQuestions ?? [])
        expect(loaded.value.fields.some((f) => f.questions.some((x) => x.id === q))).toBe(true);
    }
  });
});

describe('the declarations of a questionnaire loaded from a file', () => {
  const hessen = JSON.parse(
    readFileSync(
      new URL('../../tests/fixtures/questionnaires/hessen-kommunen/questionnaire.json', import.meta.url),
      'utf8',
    ),
  ) as Record<string, unknown>;
  const store = (questionnaire: unknown) =>
    useAssessmentStore.setState({
      customQuestionnaires: {
        [String(hessen.id)]: {
          questionnaire,
          recommendations: {},
          sources: {},
          loadedAt: '2026-12-01T08:00:00.000Z',
        },
      },
    });

  it.each([
    ['as loaded', hessen, 'Digitalkompass Hessen', 'Regierungsbezirk'],
    // Storage changed by hand: the words of the first format, not a broken screen.
    ['with a broken subject', { ...hessen, subject: {} }, 'Digitalkompass Kommune', 'Regierungsbezirk'],
    ['not a questionnaire at all', 'kaputt', 'Digitalkompass Kommune', 'Regierungsbezirk'],
  ])('%s', (_name, questionnaire, appName, region) => {
    store(questionnaire);
    const declared = declarationsById('hessen-kommunen');
    expect(declared.appName.de).toBe(appName);
    expect(declared.profile.region?.label.de).toBe(region);
    useAssessmentStore.setState({ customQuestionnaires: {} });
  });
});
