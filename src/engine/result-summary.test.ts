import { describe, expect, it } from 'vitest';
import type { Answers, Targets } from './assessment';
import { computeGaps } from './gaps';
import type { Questionnaire } from './questionnaire-schema';
import { matchRecommendations } from './recommend';
import { summarizeResults } from './result-summary';
import { scoreAssessment } from './score';
import { fixtureQuestionnaire, fixtureRecommendations } from '../../tests/fixtures/fixture-questionnaire';

const [fieldA, fieldB] = fixtureQuestionnaire.fields;
if (!fieldA || !fieldB) throw new Error('fixture changed');
const base = fieldA.questions[0];
if (!base) throw new Error('fixture changed');

/** Seven fields f1 … f7 with one question each (f7.1 only for a Landkreis), default target 3 = 75 points. */
const seven: Questionnaire = {
  ...fixtureQuestionnaire,
  fields: [1, 2, 3, 4, 5, 6, 7].map((n) => ({
    ...fieldA,
    id: `f${n}`,
    defaultTarget: 3,
    questions: [
      {
        ...base,
        id: `f${n}.1`,
        allowNotApplicable: true,
        ...(n === 7 ? { onlyFor: ['landkreis' as const] } : {}),
      },
    ],
  })),
};

const summary = (answers: Answers, targets: Targets = {}, q = seven, kind?: 'gemeinde' | 'landkreis') => {
  const score = scoreAssessment(q, answers, kind);
  const gaps = computeGaps(q, score, targets);
  return summarizeResults(q, answers, kind, gaps, []);
};
const ids = (list: { fieldId: string }[]) => list.map((g) => g.fieldId);

describe('summarizeResults: strongest and weakest fields against their targets', () => {
  it.each<{ name: string; answers: Answers; targets?: Targets; strongest: string[]; weakest: string[] }>([
    {
      name: 'six fields with a score: three and three, by gap',
      // gaps: f1 75, f2 50, f3 25, f4 0, f5 −25, f6 50
      answers: { 'f1.1': 0, 'f2.1': 1, 'f3.1': 2, 'f4.1': 3, 'f5.1': 4, 'f6.1': 1 },
      strongest: ['f5', 'f4', 'f3'],
      weakest: ['f1', 'f2', 'f6'],
    },
    {
      name: 'the gap counts, not the score: a high target makes a field weak',
      // f1 100 (target 4: gap 0), f2 50 (target 1: gap −25), f3 75 (target 4: gap 25)
      answers: { 'f1.1': 4, 'f2.1': 2, 'f3.1': 3, 'f4.1': 3, 'f5.1': 3, 'f6.1': 3 },
      targets: { f1: 4, f2: 1, f3: 4 },
      // weakest: f3 (gap 25), then gap 0 with the lower score first: f4, f5 (75) before f1 (100)
      strongest: ['f2', 'f1', 'f6'],
      weakest: ['f3', 'f4', 'f5'],
    },
    {
      name: 'equal gaps: the lower score is weaker, then questionnaire order',
      // all gaps 0 with targets equal to the level
      answers: { 'f1.1': 2, 'f2.1': 1, 'f3.1': 2, 'f4.1': 4 },
      targets: { f1: 2, f2: 1, f3: 2, f4: 4 },
      // four fields: two and two; f1 and f3 tie on score, f1 comes first in the questionnaire
      strongest: ['f4', 'f3'],
      weakest: ['f2', 'f1'],
    },
    {
      name: 'one field: it is the weakest, none is the strongest',
      answers: { 'f2.1': 4 },
      strongest: [],
      weakest: ['f2'],
    },
    {
      name: 'three fields: two weakest, one strongest, none twice',
      answers: { 'f1.1': 0, 'f2.1': 2, 'f3.1': 4 },
      strongest: ['f3'],
      weakest: ['f1', 'f2'],
    },
    {
      name: 'fields without a score are never named',
      answers: { 'f1.1': 'dontKnow', 'f2.1': 'notApplicable', 'f3.1': 1 },
      strongest: [],
      weakest: ['f3'],
    },
    { name: 'nothing answered', answers: {}, strongest: [], weakest: [] },
  ])('$name', ({ answers, targets, strongest, weakest }) => {
    const s = summary(answers, targets);
    expect(ids(s.strongest)).toEqual(strongest);
    expect(ids(s.weakest)).toEqual(weakest);
    for (const g of [...s.strongest, ...s.weakest]) expect(g.gap).toBe(g.target - g.current);
  });
});

describe('summarizeResults: open questions and the most urgent recommendations', () => {
  it.each<{ name: string; answers: Answers; kind?: 'gemeinde' | 'landkreis'; open: [string, string[]][] }>([
    { name: 'none', answers: { 'f1.1': 2 }, open: [] },
    {
      name: 'by field, in questionnaire order',
      answers: { 'f3.1': 'dontKnow', 'f1.1': 'dontKnow', 'f2.1': 'notApplicable' },
      open: [
        ['f1', ['f1.1']],
        ['f3', ['f3.1']],
      ],
    },
    {
      name: 'a question the municipality does not see is left out',
      answers: { 'f7.1': 'dontKnow' },
      kind: 'gemeinde',
      open: [],
    },
    {
      name: 'and kept for the kind that sees it',
      answers: { 'f7.1': 'dontKnow' },
      kind: 'landkreis',
      open: [['f7', ['f7.1']]],
    },
  ])('$name', ({ answers, kind, open }) => {
    const s = summary(answers, {}, seven, kind);
    expect(s.openQuestions.map((o) => [o.fieldId, o.questionIds])).toEqual(open);
    expect(s.openCount).toBe(open.reduce((n, [, q]) => n + q.length, 0));
  });

  it.each([
    [{ 'a.1': 0, 'a.2': 0, 'b.1': 4 } satisfies Answers],
    [{ 'a.1': 4, 'a.2': 4, 'b.1': 0 } satisfies Answers],
    [{ 'a.1': 1, 'a.2': 0, 'b.1': 4, 'b.lk': 0 } satisfies Answers],
  ])('takes the first five recommendations in their order of urgency: %j', (answers) => {
    const q = fixtureQuestionnaire;
    const score = scoreAssessment(q, answers, 'landkreis');
    const matched = matchRecommendations(q, fixtureRecommendations, answers, score, {}, 'landkreis');
    const s = summarizeResults(q, answers, 'landkreis', computeGaps(q, score, {}), matched);
    expect(s.topRecommendations).toEqual(matched.slice(0, 5));
    expect(s.topRecommendations.length).toBe(Math.min(5, matched.length));
  });
});
