import { describe, expect, it } from 'vitest';
import type { AnswerValue, AssessmentRecord } from './assessment';
import { consolidateRespondents } from './consolidate';
import { generateAssessments } from '../../tests/fixtures/generate-assessments';
import { shortenTo, currentDecisions, jointAssessment, municipalitiesOf } from './joint-assessment';
import { fixtureQuestionnaire, fixtureRecommendations } from '../../tests/fixtures/fixture-questionnaire';

const pkg = { questionnaire: fixtureQuestionnaire, recommendations: fixtureRecommendations, sources: [] };
const generated = generateAssessments(pkg, 3, 9);
const [x, y, z] = generated as [AssessmentRecord, AssessmentRecord, AssessmentRecord];
const town = (r: AssessmentRecord, municipality: string, role: string): AssessmentRecord =>
  r.profile ? { ...r, profile: { ...r.profile, municipality, kind: 'gemeinde', role } } : r;

describe('shortenTo', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['one too many', 11, 'one too ma…'],
    ['', 3, ''],
  ])('%s (%d)', (text, max, expected) => {
    expect(shortenTo(text, max)).toBe(expected);
    expect(shortenTo(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('municipalitiesOf', () => {
  it.each([
    ['none', [], []],
    ['the same name twice, once with spaces', [town(x, 'Au', ''), town(y, ' Au ', '')], ['Au']],
    ['two names in order', [town(x, 'Bach', ''), town(y, 'Au', ''), town(z, 'Bach', '')], ['Bach', 'Au']],
    ['a record without a profile is left out', [{ ...x, profile: null }, town(y, 'Au', '')], ['Au']],
  ])('%s', (_name, records, names) => expect(municipalitiesOf(records)).toEqual(names));
});

describe('currentDecisions', () => {
  const disagreements = [{ questionId: 'a.1' }, { questionId: 'b.1' }];
  it.each<[string, Record<string, AnswerValue>, Record<string, AnswerValue>]>([
    ['nothing settled', {}, {}],
    ['settled on a disagreement', { 'a.1': 0 }, { 'a.1': 0 }],
    ['settled on a question no longer disputed', { 'a.2': 4, 'b.1': 'dontKnow' }, { 'b.1': 'dontKnow' }],
  ])('%s', (_name, settled, expected) =>
    expect(currentDecisions({ disagreements }, settled)).toEqual(expected),
  );

  it('an inherited name is no decision', () => {
    expect(currentDecisions({ disagreements: [{ questionId: 'constructor' }] }, {})).toEqual({});
  });
});

describe('jointAssessment', () => {
  const records = [{ ...x, profile: null }, town(y, 'Au', 'IT'), town(z, 'Au', 'Kämmerei')];
  const consolidation = consolidateRespondents(pkg, records);
  const meta = {
    id: 'gemeinsam',
    now: '2026-05-04T10:00:00.000Z',
    label: 'Runde',
    role: (n: string) => `Gemeinsam: ${n}`,
  };

  it('takes the questionnaire from the first record, the profile and targets from the first with one', () => {
    const joint = jointAssessment(records, consolidation, {}, meta);
    expect(joint).toMatchObject({
      id: 'gemeinsam',
      questionnaireId: x.questionnaireId,
      questionnaireVersion: x.questionnaireVersion,
      label: 'Runde',
      createdAt: meta.now,
      updatedAt: meta.now,
      completedAt: meta.now,
      targets: y.targets,
      plan: [],
      toConfirm: [],
      previousId: null,
      currentPage: null,
    });
    expect(joint?.profile).toEqual({ ...records[1]?.profile, role: `Gemeinsam: ${x.label}, IT, Kämmerei` });
  });

  it('answers: the settled value, else the suggestion', () => {
    const first = consolidation.questions[0];
    if (!first) throw new Error('the fixture has questions');
    const joint = jointAssessment(records, consolidation, { [first.questionId]: 'notApplicable' }, meta);
    expect(joint?.answers[first.questionId]).toBe('notApplicable');
    for (const q of consolidation.questions.slice(1)) expect(joint?.answers[q.questionId]).toBe(q.suggested);
  });

  it('cuts a long name, role and note to the limits', () => {
    const noted = records.map((r) => ({ ...r, notes: { 'a.1': 'n'.repeat(20_000) } }));
    const joint = jointAssessment(
      noted,
      consolidateRespondents(pkg, noted),
      {},
      {
        ...meta,
        label: 'L'.repeat(300),
        role: () => 'R'.repeat(300),
      },
    );
    expect(joint?.label).toHaveLength(200);
    expect(joint?.profile?.role).toHaveLength(200);
    expect(joint?.notes['a.1']).toHaveLength(10_000);
  });

  it('no profile anywhere: none; no records: null', () => {
    const bare = records.map((r) => ({ ...r, profile: null }));
    expect(jointAssessment(bare, consolidateRespondents(pkg, bare), {}, meta)?.profile).toBeNull();
    expect(jointAssessment([], consolidation, {}, meta)).toBeNull();
  });
});
