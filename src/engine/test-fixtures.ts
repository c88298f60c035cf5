import type { Questionnaire, Recommendation } from './questionnaire-schema';

// A small questionnaire for engine tests. Two fields; field "a" has weights 1 and 3,
// field "b" has one kind-specific question and one that allows "nicht zutreffend".
const t = (de: string) => ({ de, en: `${de} (en)` });
const levels = [0, 1, 2, 3, 4].map((l) => t(`Stufe ${l}`));

/** Test questionnaire; not shipped to users. */
export const fixtureQuestionnaire: Questionnaire = {
  type: 'digitalkompass-questionnaire',
  id: 'fixture',
  version: '1.0.0',
  title: t('Testfragebogen'),
  description: t('Nur für Tests'),
  basedOn: t('Testquelle'),
  levelNames: levels,
  themes: [{ id: 'W1', title: t('Thema 1'), description: t('Beschreibung') }],
  bands: [
    { from: 0, name: t('Einstieg'), description: t('a') },
    { from: 20, name: t('Grundlagen'), description: t('b') },
    { from: 40, name: t('Im Aufbau'), description: t('c') },
    { from: 60, name: t('Fortgeschritten'), description: t('d') },
    { from: 80, name: t('Vorreiter'), description: t('e') },
  ],
  fields: [
    {
      id: 'a',
      title: t('Feld A'),
      description: t('A'),
      themes: ['W1'],
      defaultTarget: 3,
      weight: 1,
      questions: [
        {
          id: 'a.1',
          title: t('A1'),
          help: t('h'),
          levels,
          weight: 1,
          themes: ['W1'],
          allowDontKnow: true,
          allowNotApplicable: false,
        },
        {
          id: 'a.2',
          title: t('A2'),
          help: t('h'),
          levels,
          weight: 3,
          themes: ['W1'],
          allowDontKnow: true,
          allowNotApplicable: false,
        },
      ],
    },
    {
      id: 'b',
      title: t('Feld B'),
      description: t('B'),
      themes: ['W1'],
      defaultTarget: 2,
      weight: 2,
      questions: [
        {
          id: 'b.1',
          title: t('B1'),
          help: t('h'),
          levels,
          weight: 1,
          themes: ['W1'],
          allowDontKnow: true,
          allowNotApplicable: true,
        },
        {
          id: 'b.lk',
          title: t('B nur Landkreis'),
          help: t('h'),
          levels,
          weight: 1,
          themes: ['W1'],
          allowDontKnow: false,
          allowNotApplicable: false,
          onlyFor: ['landkreis'],
        },
      ],
    },
  ],
};

const rec = (
  id: string,
  field: string,
  trigger: Recommendation['trigger'],
  kind: Recommendation['kind'] = 'first-step',
): Recommendation => ({
  id,
  field,
  kind,
  title: t(id),
  steps: [t('Schritt')],
  why: t('Warum'),
  themes: ['W1'],
  actors: ['verwaltung'],
  effort: 'gering',
  horizon: 'sofort',
  trigger,
  references: [],
});

/** Test recommendations covering every kind of condition. */
export const fixtureRecommendations: Recommendation[] = [
  rec('r.a1-low', 'a', { match: 'any', conditions: [{ question: 'a.1', atOrBelow: 1 }] }),
  rec('r.a2-low', 'a', { match: 'any', conditions: [{ question: 'a.2', atOrBelow: 1 }] }),
  rec('r.a-field', 'a', { match: 'any', conditions: [{ field: 'a', scoreBelow: 50 }] }),
  rec('r.a-both', 'a', {
    match: 'all',
    conditions: [
      { question: 'a.1', atOrBelow: 2 },
      { question: 'a.2', atOrBelow: 2 },
    ],
  }),
  rec('r.b-top', 'b', { match: 'any', conditions: [{ field: 'b', scoreAtLeast: 90 }] }, 'keep-going'),
  rec('r.b-high', 'b', { match: 'any', conditions: [{ question: 'b.1', atOrAbove: 4 }] }, 'keep-going'),
  rec('r.blk', 'b', { match: 'any', conditions: [{ question: 'b.lk', atOrBelow: 4 }] }),
];
