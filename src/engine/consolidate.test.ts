import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue, AssessmentRecord, Profile } from './assessment';
import {
  consolidateRespondents,
  consolidatedAnswers,
  consolidatedNotes,
  consolidatedScore,
  type ConsolidatedQuestion,
} from './consolidate';
import { fixturePackage as pkg } from '../../tests/fixtures/fixture-questionnaire';
import { testProfile, testRecord } from '../../tests/fixtures/records';

const profile = (role: string, kind: Profile['kind'] = 'gemeinde'): Profile =>
  testProfile({ municipality: 'Musterhausen', kind, regierungsbezirk: 'schwaben', role });

const record = (id: string, role: string, answers: Answers, extra: Partial<AssessmentRecord> = {}) =>
  testRecord({ id, label: `Runde ${id}`, profile: profile(role), answers, ...extra });

/** One record per value, all answering question b.1 (which allows both special answers). */
const answering = (values: (AnswerValue | undefined)[]) =>
  values.map((v, i) => record(`r${i}`, `Person ${i}`, v === undefined ? {} : { 'b.1': v }));

describe('consolidateRespondents: one question', () => {
  type Case = Pick<
    ConsolidatedQuestion,
    'median' | 'min' | 'max' | 'spread' | 'disagreement' | 'suggested'
  > & {
    values: (AnswerValue | undefined)[];
  };
  /** Without a level there are no figures; the suggestion is the special answer, if any. */
  const noLevel = (values: Case['values'], suggested: AnswerValue | undefined): Case => ({
    values,
    median: null,
    min: null,
    max: null,
    spread: 0,
    disagreement: false,
    suggested,
  });
  const cases: Case[] = [
    { values: [2, 2], median: 2, min: 2, max: 2, spread: 0, disagreement: false, suggested: 2 },
    { values: [1, 2], median: 1, min: 1, max: 2, spread: 1, disagreement: false, suggested: 1 },
    { values: [0, 4], median: 0, min: 0, max: 4, spread: 4, disagreement: true, suggested: 0 },
    { values: [3, 1, 2], median: 2, min: 1, max: 3, spread: 2, disagreement: true, suggested: 2 },
    { values: [4, 0, 3, 1], median: 1, min: 0, max: 4, spread: 4, disagreement: true, suggested: 1 },
    { values: [4, 4, 3, 4], median: 4, min: 3, max: 4, spread: 1, disagreement: false, suggested: 4 },
    { values: [3, 'dontKnow'], median: 3, min: 3, max: 3, spread: 0, disagreement: false, suggested: 3 },
    {
      values: [1, 'notApplicable', 3],
      median: 1,
      min: 1,
      max: 3,
      spread: 2,
      disagreement: true,
      suggested: 1,
    },
    { values: [2, undefined], median: 2, min: 2, max: 2, spread: 0, disagreement: false, suggested: 2 },
    noLevel(['notApplicable', 'notApplicable'], 'notApplicable'),
    noLevel(['notApplicable', undefined], 'notApplicable'),
    noLevel(['dontKnow', 'dontKnow'], 'dontKnow'),
    noLevel(['dontKnow', undefined], 'dontKnow'),
    noLevel(['notApplicable', 'dontKnow'], 'dontKnow'),
    noLevel([undefined, undefined], undefined),
  ];
  it.each(cases)('$values → $suggested', ({ values, ...expected }) => {
    const c = consolidateRespondents(pkg, answering(values));
    const b1 = c.questions.find((x) => x.questionId === 'b.1');
    expect(b1).toMatchObject({ fieldId: 'b', ...expected });
    expect(b1?.values.map((v) => v.value)).toEqual(values);
    expect(b1?.levels).toEqual(values.filter((v) => typeof v === 'number'));
  });
});

describe('consolidateRespondents: the whole round', () => {
  const records = [
    record(
      'bm',
      'Bürgermeisterin',
      { 'a.1': 0, 'a.2': 2, 'b.1': 4, 'b.lk': 1 },
      { notes: { 'a.1': 'Kaum Budget' } },
    ),
    record('kae', ' ', { 'a.1': 4, 'a.2': 3, 'b.1': 1 }, { notes: { 'a.1': '  ', 'b.1': 'Siehe Haushalt' } }),
    record('it', 'IT', { 'a.1': 2, 'a.2': 'dontKnow', 'b.1': 3 }, { notes: { 'a.1': 'Server veraltet' } }),
  ];
  const c = consolidateRespondents(pkg, records);

  it('names respondents by role, else by the round label', () => {
    expect(c.respondents).toEqual([
      { recordId: 'bm', respondent: 'Bürgermeisterin' },
      { recordId: 'kae', respondent: 'Runde kae' },
      { recordId: 'it', respondent: 'IT' },
    ]);
  });

  it('lists the visible questions for the first kind in questionnaire order', () => {
    expect(c.kind).toBe('gemeinde');
    expect(c.questions.map((x) => x.questionId)).toEqual(['a.1', 'a.2', 'b.1']);
  });

  it('sorts disagreements by spread, ties in questionnaire order', () => {
    expect(c.disagreements.map((x) => [x.questionId, x.spread])).toEqual([
      ['a.1', 4],
      ['b.1', 3],
    ]);
  });

  it('joins the notes as "Rolle: Notiz" lines', () => {
    expect(consolidatedNotes(c)).toEqual({
      'a.1': 'Bürgermeisterin: Kaum Budget\nIT: Server veraltet',
      'b.1': 'Runde kae: Siehe Haushalt',
    });
  });

  it('scores the suggested answers', () => {
    // a.1 → 2, a.2 → 2 (lower median of 2, 3), b.1 → 3
    expect(consolidatedAnswers(c)).toEqual({ 'a.1': 2, 'a.2': 2, 'b.1': 3 });
    expect(c.score.fields.map((f) => f.score)).toEqual([50, 75]);
    expect(c.score.overall).toBe(62.5);
  });

  const settledCases: { settled: Record<string, AnswerValue>; answers: Answers; overall: number | null }[] = [
    { settled: {}, answers: { 'a.1': 2, 'a.2': 2, 'b.1': 3 }, overall: 62.5 },
    { settled: { 'a.1': 4, 'a.2': 4 }, answers: { 'a.1': 4, 'a.2': 4, 'b.1': 3 }, overall: 87.5 },
    {
      settled: { 'b.1': 'notApplicable' },
      answers: { 'a.1': 2, 'a.2': 2, 'b.1': 'notApplicable' },
      overall: 50,
    },
    { settled: { 'a.2': 'dontKnow' }, answers: { 'a.1': 2, 'a.2': 'dontKnow', 'b.1': 3 }, overall: 62.5 },
    { settled: { 'x.unbekannt': 1 }, answers: { 'a.1': 2, 'a.2': 2, 'b.1': 3 }, overall: 62.5 },
  ];
  it.each(settledCases)('settled $settled overrides the suggestion', ({ settled, answers, overall }) => {
    expect(consolidatedAnswers(c, settled)).toEqual(answers);
    expect(consolidatedScore(pkg, c, settled).overall).toBe(overall);
  });

  it('uses the first record’s kind: a Landkreis sees its own question', () => {
    const lk = consolidateRespondents(pkg, [
      record('1', 'Landrat', { 'b.lk': 0 }, { profile: profile('Landrat', 'landkreis') }),
      record('2', 'IT', { 'b.lk': 4 }),
    ]);
    expect(lk.questions.map((x) => x.questionId)).toContain('b.lk');
    expect(lk.disagreements.map((x) => x.questionId)).toEqual(['b.lk']);
  });

  it('falls back to a numbered name when role and label are empty', () => {
    const two = consolidateRespondents(pkg, [
      record('1', '', {}, { label: '', profile: null }),
      record('2', '', {}, { label: '' }),
    ]);
    expect(two.respondents.map((r) => r.respondent)).toEqual(['Antwort 1', 'Antwort 2']);
    expect(two.kind).toBeUndefined();
  });
});

describe('consolidateRespondents: errors', () => {
  it.each([
    ['no record', [], /mindestens zwei Personen/],
    ['a single record', [record('1', 'IT', {})], /mindestens zwei Personen/],
    [
      'records of another questionnaire',
      [record('1', 'IT', {}), record('2', 'Kämmerei', {}, { questionnaireId: 'anderer' })],
      /„Kämmerei“ gehören zum Fragebogen „anderer“, nicht zu „fixture“/,
    ],
    [
      'answers that cannot be scored, naming the respondent',
      [record('1', 'IT', {}), record('2', 'Kämmerei', { 'a.1': 'notApplicable' })],
      /Antworten von „Kämmerei“: Frage „a.1“ bietet „nicht zutreffend“ nicht an/,
    ],
  ])('throws on %s', (_name, records, message) => {
    expect(() => consolidateRespondents(pkg, records)).toThrow(message);
  });
});
