import { beforeEach, describe, expect, it } from 'vitest';
import { DONT_KNOW } from '../engine/assessment';
import { useAssessmentStore } from './assessment-store';

// The store's actions as a person triggers them, in Node (no localStorage: nothing is persisted).
const store = () => useAssessmentStore.getState();
const record = (id: string) => {
  const a = store().assessments[id];
  if (!a) throw new Error(`no assessment ${id}`);
  return a;
};
const profile = {
  municipality: 'Musterhausen',
  kind: 'gemeinde',
  regierungsbezirk: 'oberbayern',
  population: '1000-2999',
  role: 'Bürgermeisterin',
  date: '2026-12-02',
} as const;

beforeEach(() => {
  useAssessmentStore.setState({ assessments: {}, customQuestionnaires: {}, language: 'de' });
});

describe('an assessment from creation to the next round', () => {
  it('creates an empty assessment for a questionnaire version', () => {
    const id = store().createAssessment('bayern-kommunen', '2.0.0', 'Bewertung vom 02.12.2026');
    expect(record(id)).toMatchObject({
      id,
      questionnaireId: 'bayern-kommunen',
      questionnaireVersion: '2.0.0',
      label: 'Bewertung vom 02.12.2026',
      profile: null,
      answers: {},
      plan: [],
      toConfirm: [],
      previousId: null,
      completedAt: null,
    });
  });

  it.each([
    ['a level', 3, { q1: 3 }],
    ['"weiß nicht"', DONT_KNOW, { q1: DONT_KNOW }],
    ['no answer (cleared)', undefined, {}],
  ] as const)('stores %s as the answer', (_name, value, answers) => {
    const id = store().createAssessment('q', '1.0.0', 'A');
    store().setAnswer(id, 'q1', 1);
    store().setAnswer(id, 'q1', value);
    expect(record(id).answers).toEqual(answers);
  });

  it('keeps notes, drops an empty one', () => {
    const id = store().createAssessment('q', '1.0.0', 'A');
    store().setNote(id, 'q1', 'Beschluss vom März');
    expect(record(id).notes).toEqual({ q1: 'Beschluss vom März' });
    store().setNote(id, 'q1', '   ');
    expect(record(id).notes).toEqual({});
  });

  it('sets targets, the profile, completion once, and a trimmed new name', () => {
    const id = store().createAssessment('q', '1.0.0', 'A');
    store().setProfile(id, profile);
    store().setTarget(id, 'strategie', 3);
    store().markCompleted(id);
    const completedAt = record(id).completedAt;
    store().markCompleted(id);
    store().renameAssessment(id, '  Runde 2026  ');
    expect(record(id)).toMatchObject({
      profile,
      targets: { strategie: 3 },
      label: 'Runde 2026',
      completedAt,
    });
    expect(completedAt).not.toBeNull();
  });

  it('adds, changes and removes plan items', () => {
    const id = store().createAssessment('q', '1.0.0', 'A');
    store().addPlanItem(id, {
      recommendationId: 'r1',
      title: 'Strategie',
      owner: 'Kämmerei',
      due: '2027-03-31',
      status: 'offen',
      note: '',
    });
    const itemId = record(id).plan[0]?.id ?? '';
    store().updatePlanItem(id, itemId, { status: 'in-arbeit' });
    expect(record(id).plan).toEqual([
      {
        id: itemId,
        recommendationId: 'r1',
        title: 'Strategie',
        owner: 'Kämmerei',
        due: '2027-03-31',
        status: 'in-arbeit',
        note: '',
      },
    ]);
    store().removePlanItem(id, itemId);
    expect(record(id).plan).toEqual([]);
  });

  it('starts the next round: answers to confirm, open plan items only, new date, link to the last round', () => {
    const id = store().createAssessment('q', '1.0.0', 'Runde 1');
    store().setProfile(id, profile);
    store().setAnswer(id, 'q1', 2);
    store().setAnswer(id, 'q2', 4);
    store().addPlanItem(id, {
      recommendationId: 'r1',
      title: 'A',
      owner: '',
      due: '',
      status: 'erledigt',
      note: '',
    });
    store().addPlanItem(id, {
      recommendationId: 'r2',
      title: 'B',
      owner: '',
      due: '',
      status: 'offen',
      note: '',
    });
    store().markCompleted(id);
    const next = store().startNextRound(id, ' Runde 2 ', '2027-12-01');
    expect(next).not.toBeNull();
    const n = record(next ?? '');
    expect(n).toMatchObject({
      label: 'Runde 2',
      previousId: id,
      answers: { q1: 2, q2: 4 },
      completedAt: null,
      profile: { ...profile, date: '2027-12-01' },
    });
    expect(n.toConfirm.sort()).toEqual(['q1', 'q2']);
    expect(n.plan.map((p) => p.recommendationId)).toEqual(['r2']);
    // Answering confirms; so does confirming them all.
    store().setAnswer(n.id, 'q1', 2);
    expect(record(n.id).toConfirm).toEqual(['q2']);
    store().confirmAnswers(n.id, ['q2']);
    expect(record(n.id).toConfirm).toEqual([]);
  });

  it('a short check: continued into the full assessment with every answer, its next round again a short check', () => {
    const id = store().createAssessment('bayern-kommunen', '2.0.0', 'Kurz', ['q1', 'q2']);
    expect(record(id).shortCheck).toEqual({ questions: ['q1', 'q2'], continuedAt: null });
    store().setAnswer(id, 'q1', 3);
    store().markCompleted(id);
    const nextShort = store().startNextRound(id, 'Kurz 2', '2027-12-01');
    expect(record(nextShort ?? '').shortCheck).toEqual({ questions: ['q1', 'q2'], continuedAt: null });

    store().continueToFull(id, 'feld-2');
    const continued = record(id);
    expect(continued).toMatchObject({ answers: { q1: 3 }, currentPage: 'feld-2', completedAt: null });
    expect(continued.shortCheck?.continuedAt).toEqual(expect.any(String));
    // Once continued, it stays so; its next round is a full assessment.
    store().continueToFull(id, 'feld-3');
    expect(record(id).currentPage).toBe('feld-2');
    expect(record(store().startNextRound(id, 'Voll', '2027-12-01') ?? '').shortCheck).toBeUndefined();
  });

  it('carries an assessment over to a new questionnaire version', () => {
    const id = store().createAssessment('q', '1.0.0', 'A');
    store().setAnswer(id, 'alt', 2);
    const upgraded = {
      ...record(id),
      questionnaireVersion: '2.0.0',
      answers: { neu: 2 },
      toConfirm: ['neu'],
    };
    store().applyUpgrade(id, upgraded);
    expect(record(id)).toMatchObject({
      questionnaireVersion: '2.0.0',
      answers: { neu: 2 },
      toConfirm: ['neu'],
    });
  });
});

describe('import, delete and odd ids', () => {
  it('imports as a copy beside an existing one, or replaces it', () => {
    const id = store().createAssessment('q', '1.0.0', 'Hier');
    const incoming = { ...record(id), label: 'Aus der Datei' };
    const copy = store().importAssessment(incoming, 'copy');
    expect(copy).not.toBe(id);
    expect(record(id).label).toBe('Hier');
    expect(record(copy).label).toBe('Aus der Datei');
    expect(store().importAssessment(incoming, 'replace')).toBe(id);
    expect(record(id).label).toBe('Aus der Datei');
  });

  it('deletes one or all', () => {
    const a = store().createAssessment('q', '1.0.0', 'A');
    const b = store().createAssessment('q', '1.0.0', 'B');
    store().deleteAssessment(a);
    expect(Object.keys(store().assessments)).toEqual([b]);
    store().deleteAllAssessments();
    expect(store().assessments).toEqual({});
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'an action on the unknown id %s changes nothing',
    (id) => {
      const a = store().createAssessment('q', '1.0.0', 'A');
      const before = store().assessments;
      store().setAnswer(id, 'q1', 3);
      store().renameAssessment(id, 'X');
      expect(store().startNextRound(id, 'X', '2027-01-01')).toBeNull();
      expect(store().assessments).toBe(before);
      expect(Object.keys(store().assessments)).toEqual([a]);
    },
  );

  it('keeps an imported record with the id __proto__ as an entry of its own', () => {
    const a = store().createAssessment('q', '1.0.0', 'A');
    const id = store().importAssessment({ ...record(a), id: '__proto__' }, 'replace');
    expect(id).toBe('__proto__');
    expect(Object.hasOwn(store().assessments, '__proto__')).toBe(true);
    store().deleteAssessment('__proto__');
    expect(Object.keys(store().assessments)).toEqual([a]);
  });
});

describe('custom questionnaires and the language', () => {
  it('adds and removes a questionnaire loaded from files', () => {
    store().addCustomQuestionnaire('eigener', { questionnaire: '{}', recommendations: '{}', sources: '{}' });
    expect(store().customQuestionnaires.eigener).toMatchObject({ questionnaire: '{}' });
    store().removeCustomQuestionnaire('eigener');
    expect(store().customQuestionnaires).toEqual({});
  });

  it('switches the language', () => {
    store().setLanguage('en');
    expect(store().language).toBe('en');
  });
});
