import { describe, expect, it } from 'vitest';
import { migratePersistedState, PERSISTED_VERSION } from './persisted-state';
import { testProfile, testRecord } from '../../tests/fixtures/records';

const record = testRecord({
  id: 'a1',
  questionnaireId: 'bayern-kommunen',
  label: 'Bewertung vom 01.02.2026',
  createdAt: '2026-02-01T09:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
  profile: testProfile({ population: '1000-2999', role: 'Kämmerei', date: '2026-02-01' }),
  answers: { 'strategie.digitalstrategie': 2, 'strategie.ziele': 'dontKnow' },
  notes: { 'strategie.digitalstrategie': 'Entwurf liegt vor' },
  targets: { strategie: 4 },
  currentPage: 'strategie',
});

describe('migratePersistedState', () => {
  it('version 1 → 2: keeps language and assessments, adds the list of loaded questionnaires', () => {
    const stored = { language: 'en', assessments: { a1: record } };
    expect(migratePersistedState(stored, 1)).toEqual({
      ok: true,
      state: { language: 'en', assessments: { a1: record }, customQuestionnaires: {} },
      dropped: [],
      reshaped: false,
    });
  });

  it('version 2 → 3: the assessments stored before short checks stay as they are (full assessments)', () => {
    const stored = { language: 'de', assessments: { a1: record }, customQuestionnaires: {} };
    const result = migratePersistedState(stored, 2);
    expect(result).toEqual({ ok: true, state: stored, dropped: [], reshaped: false });
    expect(result.ok && result.state.assessments.a1?.shortCheck).toBeUndefined();
  });

  it('version 3 keeps a short check with its questions and whether it was continued', () => {
    const shortCheck = { questions: ['strategie.digitalstrategie'], continuedAt: null };
    const stored = {
      language: 'de',
      assessments: { a1: { ...record, shortCheck } },
      customQuestionnaires: {},
    };
    const result = migratePersistedState(stored, 3);
    expect(result.ok && result.state.assessments.a1?.shortCheck).toEqual(shortCheck);
  });

  it('the current version passes through unchanged', () => {
    const stored = {
      language: 'de',
      assessments: { a1: record },
      customQuestionnaires: {
        x: {
          questionnaire: { id: 'x' },
          recommendations: {},
          sources: {},
          loadedAt: '2026-03-01T00:00:00.000Z',
        },
      },
    };
    const result = migratePersistedState(stored, PERSISTED_VERSION);
    expect(result).toEqual({ ok: true, state: stored, dropped: [], reshaped: false });
  });

  it('reports assessments that cannot be read instead of failing the whole state', () => {
    const broken = { ...record, id: 'a2', answers: { x: 9 } };
    const result = migratePersistedState({ language: 'de', assessments: { a1: record, a2: broken } }, 1);
    expect(result.ok && Object.keys(result.state.assessments)).toEqual(['a1']);
    expect(result.ok && result.dropped).toEqual(['a2']);
  });

  it.each([
    ['a list', [record]],
    ['a text', 'kaputt'],
    ['a number', 7],
  ])('assessments as %s: the readable records are taken over by their own id, and it says so', (_, value) => {
    const result = migratePersistedState({ language: 'de', assessments: value }, PERSISTED_VERSION);
    expect(result).toMatchObject({ ok: true, reshaped: true });
    expect(result.ok && Object.keys(result.state.assessments)).toEqual(Array.isArray(value) ? ['a1'] : []);
  });

  it('a stored id like "__proto__" stays an own entry and does not become the prototype', () => {
    const stored = JSON.parse(
      JSON.stringify({ language: 'de', assessments: { a1: record } }).replace('"a1":', '"__proto__":'),
    ) as unknown;
    const evil = { ...record, id: '__proto__' };
    const result = migratePersistedState(
      { language: 'de', assessments: { ...(stored as { assessments: object }).assessments } },
      PERSISTED_VERSION,
    );
    expect(result.ok && Object.hasOwn(result.state.assessments, 'a1')).toBe(true);
    const own = migratePersistedState(
      { language: 'de', assessments: Object.fromEntries([['__proto__', evil]]) },
      PERSISTED_VERSION,
    );
    expect(own.ok && Object.getPrototypeOf(own.state.assessments)).toBe(Object.prototype);
    expect(own.ok && Object.hasOwn(own.state.assessments, '__proto__')).toBe(true);
  });

  it.each([
    [null, 'unreadable'],
    ['text', 'unreadable'],
    [[], 'unreadable'],
  ])('rejects %j as %s', (stored, reason) => {
    expect(migratePersistedState(stored, 1)).toMatchObject({ ok: false, reason });
  });

  it('does not touch data from a newer app version', () => {
    expect(migratePersistedState({ language: 'de' }, PERSISTED_VERSION + 1)).toMatchObject({
      ok: false,
      reason: 'newer',
      problem: { code: 'newerVersion', version: PERSISTED_VERSION + 1 },
    });
  });
});
