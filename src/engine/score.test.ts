import { describe, expect, it } from 'vitest';
import type { Answers } from './assessment';
import { scoreAssessment, levelToPoints, bandFor, displayScore } from './score';
import { fixtureQuestionnaire as q } from '../../tests/fixtures/fixture-questionnaire';

describe('levelToPoints', () => {
  it.each([
    [0, 0],
    [1, 25],
    [2, 50],
    [3, 75],
    [4, 100],
  ])('level %i → %i points', (level, points) => {
    expect(levelToPoints(level)).toBe(points);
  });
});

describe('scoreAssessment', () => {
  const cases: {
    name: string;
    answers: Answers;
    kind?: 'gemeinde' | 'landkreis';
    a: number | null;
    b: number | null;
    overall: number | null;
    band: string | null;
  }[] = [
    { name: 'nothing answered', answers: {}, a: null, b: null, overall: null, band: null },
    {
      name: 'all "weiß nicht"',
      answers: { 'a.1': 'dontKnow', 'a.2': 'dontKnow', 'b.1': 'dontKnow' },
      a: null,
      b: null,
      overall: null,
      band: null,
    },
    {
      name: 'weights: a.1=4 (w1), a.2=0 (w3) → 25',
      answers: { 'a.1': 4, 'a.2': 0 },
      a: 25,
      b: null,
      overall: 25,
      band: 'Grundlagen',
    },
    {
      name: 'weights the other way: a.1=0, a.2=4 → 75',
      answers: { 'a.1': 0, 'a.2': 4 },
      a: 75,
      b: null,
      overall: 75,
      band: 'Fortgeschritten',
    },
    {
      name: '"nicht zutreffend" is left out of the denominator',
      answers: { 'a.1': 2, 'b.1': 'notApplicable' },
      a: 50,
      b: null,
      overall: 50,
      band: 'Im Aufbau',
    },
    {
      name: '"weiß nicht" does not lower the field',
      answers: { 'a.1': 4, 'a.2': 'dontKnow', 'b.1': 2 },
      a: 100,
      b: 50,
      overall: 75,
      band: 'Fortgeschritten',
    },
    {
      name: 'overall is the plain mean of fields (field weight does not count)',
      answers: { 'a.1': 0, 'a.2': 0, 'b.1': 4 },
      a: 0,
      b: 100,
      overall: 50,
      band: 'Im Aufbau',
    },
    {
      name: 'a Landkreis-only question is ignored for a Gemeinde',
      answers: { 'b.1': 4, 'b.lk': 0 },
      kind: 'gemeinde',
      a: null,
      b: 100,
      overall: 100,
      band: 'Vorreiter',
    },
    {
      name: 'the same question counts for a Landkreis',
      answers: { 'b.1': 4, 'b.lk': 0 },
      kind: 'landkreis',
      a: null,
      b: 50,
      overall: 50,
      band: 'Im Aufbau',
    },
    {
      name: 'all answered 0 is a score of 0, not "no score"',
      answers: { 'a.1': 0, 'a.2': 0, 'b.1': 'notApplicable' },
      a: 0,
      b: null,
      overall: 0,
      band: 'Einstieg',
    },
  ];
  it.each(cases)('$name', ({ answers, kind, a, b, overall, band }) => {
    const s = scoreAssessment(q, answers, kind);
    expect(s.fields.map((f) => f.score)).toEqual([a, b]);
    expect(s.overall).toBe(overall);
    expect(s.band?.name.de ?? null).toBe(band);
  });

  it('counts answers by kind', () => {
    const s = scoreAssessment(q, { 'a.1': 3, 'a.2': 'dontKnow', 'b.1': 'notApplicable' }, 'gemeinde');
    expect(s.counts).toEqual({ total: 3, scored: 1, dontKnow: 1, notApplicable: 1, unanswered: 0 });
    expect(s.fields[0]).toMatchObject({ total: 2, scored: 1, dontKnow: 1, weightSum: 1 });
  });

  it.each([
    [{ 'x.unknown': 2 }, /Unbekannte Frage „x.unknown“/],
    [{ 'a.1': 5 }, /Ungültige Stufe 5 bei Frage „a.1“/],
    [{ 'a.1': -1 }, /Ungültige Stufe -1/],
    [{ 'a.1': 1.5 }, /Ungültige Stufe 1.5/],
    [{ 'a.1': '2' }, /Ungültige Stufe "2"/],
    [{ 'a.1': 'notApplicable' }, /bietet „nicht zutreffend“ nicht an/],
    [{ 'b.lk': 'dontKnow' }, /bietet „weiß nicht“ nicht an/],
  ])('rejects %j', (answers, message) => {
    expect(() => scoreAssessment(q, answers as unknown as Answers)).toThrow(message);
  });
});

describe('bandFor', () => {
  it.each([
    [0, 'Einstieg'],
    [19.99, 'Einstieg'],
    [20, 'Grundlagen'],
    [59.9, 'Im Aufbau'],
    [80, 'Vorreiter'],
    [100, 'Vorreiter'],
  ])('%f → %s', (score, name) => {
    expect(bandFor(q.bands, score)?.name.de).toBe(name);
  });
  it('has no band without a score', () => expect(bandFor(q.bands, null)).toBeNull());
});

describe('displayScore', () => {
  it.each([
    [62.5, 63],
    [62.49, 62],
    [0, 0],
  ])('%f → %i', (s, shown) => expect(displayScore(s)).toBe(shown));
});
