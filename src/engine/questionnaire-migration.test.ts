import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireDir } from '../../tooling/questionnaire-files';
import type { Answers, AnswerValue, AssessmentRecord } from './assessment';
import { createExport, fitToQuestionnaire, parseImport, serializeExport } from './export-envelope';
import {
  MigrationList,
  checkMigrations,
  migrationPath,
  upgradeAssessment,
  type MigrationStep,
} from './questionnaire-migration';
import { compareRounds } from './compare-rounds';
import { fixtureQuestionnaire } from '../../tests/fixtures/fixture-questionnaire';
import { testRecord } from '../../tests/fixtures/records';

function record(over: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return testRecord({
    questionnaireVersion: '0.9.0',
    label: 'Frühjahr 2025',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-02T08:00:00.000Z',
    ...over,
  });
}

// Fixture 0.9.0 → 1.0.0: "a.alt" renamed to a.1 (same), "a.x" and "a.y" merged into a.2 (changed),
// "b.weg" removed, b.1 kept.
const step: MigrationStep = {
  from: '0.9.0',
  to: '1.0.0',
  fields: ['a', 'b'],
  questions: [
    { from: 'a.alt', to: ['a.1'], meaning: 'same' },
    { from: 'a.x', to: ['a.2'], meaning: 'changed' },
    { from: 'a.y', to: ['a.2'], meaning: 'changed' },
    { from: 'b.weg', to: [], meaning: 'changed' },
    { from: 'b.1', to: ['b.1', 'b.lk'], meaning: 'same' },
  ],
};

describe('upgradeAssessment of a short check', () => {
  it('asks the same questions under their new ids, a removed one no more', () => {
    const up = upgradeAssessment(
      record({
        answers: { 'a.alt': 3 },
        shortCheck: { questions: ['a.alt', 'a.x', 'a.y', 'b.weg', 'b.1'], continuedAt: null },
      }),
      [step],
      fixtureQuestionnaire,
    );
    expect(up.record.shortCheck).toEqual({ questions: ['a.1', 'a.2', 'b.1', 'b.lk'], continuedAt: null });
    expect(up.record.answers).toEqual({ 'a.1': 3 });
  });
  it('leaves a full assessment without a short check', () => {
    expect(
      upgradeAssessment(record({ answers: { 'a.alt': 3 } }), [step], fixtureQuestionnaire).record,
    ).not.toHaveProperty('shortCheck');
  });
});

describe('upgradeAssessment', () => {
  it.each<[string, Record<string, AnswerValue>, Record<string, AnswerValue>, string[], string[]]>([
    ['a renamed answer keeps its meaning', { 'a.alt': 3 }, { 'a.1': 3 }, [], []],
    ['a changed question keeps the answer, marked for review', { 'a.x': 1 }, { 'a.2': 1 }, ['a.2'], []],
    [
      'in a merge the first answered question in the mapping wins',
      { 'a.x': 1, 'a.y': 4 },
      { 'a.2': 1 },
      ['a.2'],
      [],
    ],
    ['a merge takes the second when the first is unanswered', { 'a.y': 4 }, { 'a.2': 4 }, ['a.2'], []],
    ['a removed question drops its answer and says so', { 'b.weg': 2 }, {}, [], ['b.weg']],
    ['a split copies the answer to every new question', { 'b.1': 2 }, { 'b.1': 2, 'b.lk': 2 }, [], []],
    [
      '"nicht zutreffend" is dropped where the new question does not offer it (b.lk)',
      { 'b.1': 'notApplicable' },
      { 'b.1': 'notApplicable' },
      [],
      ['b.lk'],
    ],
  ])('%s', (_name, answers, expected, review, dropped) => {
    const up = upgradeAssessment(record({ answers }), [step], fixtureQuestionnaire);
    expect(up.record.answers).toEqual(expected);
    expect(up.toReview).toEqual(review);
    expect(up.record.toConfirm).toEqual(review);
    expect(up.dropped).toEqual(dropped);
    expect(up.record.questionnaireVersion).toBe('1.0.0');
    expect(up.fromVersion).toBe('0.9.0');
  });

  it('moves notes with their question and joins them on a merge', () => {
    const up = upgradeAssessment(
      record({ answers: { 'a.x': 1 }, notes: { 'a.x': 'erste', 'a.y': 'zweite', 'a.alt': 'bleibt' } }),
      [step],
      fixtureQuestionnaire,
    );
    expect(up.record.notes).toEqual({ 'a.2': 'erste\n\nzweite', 'a.1': 'bleibt' });
  });

  it('keeps answers still to be confirmed from an earlier round under their new id', () => {
    const up = upgradeAssessment(
      record({ answers: { 'a.alt': 2 }, toConfirm: ['a.alt'] }),
      [step],
      fixtureQuestionnaire,
    );
    expect(up.record.toConfirm).toEqual(['a.1']);
  });

  it('finds the path of steps, and none for an unknown version', () => {
    const list: MigrationList = {
      type: 'digitalkompass-migrations',
      questionnaireId: 'fixture',
      migrations: [step],
    };
    expect(migrationPath(list, '0.9.0', '1.0.0')).toEqual([step]);
    expect(migrationPath(list, '1.0.0', '1.0.0')).toEqual([]);
    expect(migrationPath(list, '9.9.9', '1.0.0')).toBeNull();
  });
});

// The real mapping of the Bavarian questionnaire, from 1.0.0 to 2.0.0.
const dir = 'questionnaires/bayern-kommunen';
const loaded = loadQuestionnaireDir(dir);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const q2 = loaded.value.questionnaire;
const migrations = MigrationList.parse(JSON.parse(readFileSync(`${dir}/migrations.json`, 'utf8')));
const [toV2] = migrations.migrations;
if (!toV2) throw new Error('migrations.json has a step');

describe('questionnaires/bayern-kommunen/migrations.json', () => {
  it('fits the current questionnaire', () => {
    expect(checkMigrations(migrations, q2)).toEqual([]);
    expect(toV2.from).toBe('1.0.0');
    expect(toV2.to).toBe(q2.version);
  });

  it('names every renamed, merged, split and changed question of 1.0.0', () => {
    const changed = toV2.questions.filter((m) => m.meaning === 'changed').map((m) => m.from);
    expect(changed).toEqual(
      expect.arrayContaining([
        'onlinedienste.bayernid',
        'onlinedienste.zentrale-dienste',
        'zusammenarbeit.zentrale-dienste',
        'fuehrung.landkreis-koordination',
        'prozesse.ratsarbeit',
        'beteiligung.internetseite',
        'infrastruktur.betrieb',
      ]),
    );
  });
});

describe('a 1.0.0 export file imported into 2.0.0', () => {
  // Every 1.0.0 question answered: level by position, one "weiß nicht".
  const oldIds = toV2.questions.map((m) => m.from);
  const answers: Record<string, AnswerValue> = Object.fromEntries(
    oldIds.map((id, i) => [id, i === 3 ? 'dontKnow' : i % 5]),
  );
  const old = record({
    id: 'musterdorf-2025',
    questionnaireId: 'bayern-kommunen',
    questionnaireVersion: '1.0.0',
    answers,
    notes: { 'onlinedienste.bayernid': 'BayernID seit 2024' },
    targets: { strategie: 3 },
    currentPage: 'onlinedienste',
  });
  const file = serializeExport(createExport([old], '0.1.0', new Date('2025-04-01T10:00:00.000Z')));
  const parsed = parseImport(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const [imported] = parsed.assessments;
  if (!imported) throw new Error('one assessment in the file');
  const fit = fitToQuestionnaire(imported, q2, migrations);

  it('opens with 2.0.0 and says that the answers were carried over from 1.0.0, some to be checked', () => {
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.record.questionnaireVersion).toBe('2.0.0');
    expect(fit.notice).toMatchObject({ from: '1.0.0', to: '2.0.0', toReview: fit.toReview.length });
    expect(fit.toReview.length).toBeGreaterThan(1);
  });

  const cases = toV2.questions.flatMap((m) => m.to.map((to) => [m.from, to, m.meaning] as const));
  it.each(cases)('%s → %s (%s)', (from, to, meaning) => {
    if (!fit.ok) throw new Error(JSON.stringify(fit.errors));
    // In a merge, the first answered old question in the mapping gives the answer.
    const source = toV2.questions.find((m) => m.to.includes(to) && Object.hasOwn(answers, m.from));
    expect(fit.record.answers[to]).toBe(answers[source?.from ?? from]);
    const flagged = toV2.questions.some((m) => m.to.includes(to) && m.meaning === 'changed');
    expect(fit.record.toConfirm.includes(to)).toBe(flagged);
    if (meaning === 'changed') expect(fit.toReview).toContain(to);
  });

  it('keeps notes, targets and the page to resume', () => {
    if (!fit.ok) throw new Error(JSON.stringify(fit.errors));
    expect(fit.record.notes).toEqual({ 'onlinedienste.nutzerkonto': 'BayernID seit 2024' });
    expect(fit.record.targets).toEqual({ strategie: 3 });
    expect(fit.record.currentPage).toBe('onlinedienste');
  });

  it('refuses an unknown version such as 9.9.9, naming it and the versions it can carry over', () => {
    const r = fitToQuestionnaire({ ...imported, questionnaireVersion: '9.9.9' }, q2, migrations);
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          code: 'unknownVersion',
          version: '9.9.9',
          questionnaireId: 'bayern-kommunen',
          current: '2.0.0',
          known: ['1.0.0'],
        },
      ],
    });
  });

  it('takes a 2.0.0 file as it is, with no notice', () => {
    if (!fit.ok) throw new Error(JSON.stringify(fit.errors));
    const again = fitToQuestionnaire(fit.record, q2, migrations);
    expect(again).toEqual({ ok: true, record: fit.record, notice: null, toReview: [] });
  });
});

describe('comparing a 1.0.0 round with a 2.0.0 round', () => {
  const round = (id: string, questionnaireVersion: string, label: string, answers: Answers) =>
    record({ id, questionnaireId: 'bayern-kommunen', questionnaireVersion, label, answers });
  const older = round('r1', '1.0.0', 'Frühjahr 2025', {
    'onlinedienste.bayernid': 1,
    'strategie.digitalstrategie': 2,
  });
  const newer = round('r2', '2.0.0', 'Herbst 2026', {
    'onlinedienste.nutzerkonto': 3,
    'strategie.digitalstrategie': 3,
  });
  const pkg = loaded.value;

  it('uses the mapping: the renamed question is compared under its new id and marked', () => {
    const c = compareRounds(pkg, older, newer, migrations);
    expect(c.answers.map((a) => [a.questionId, a.before, a.after])).toEqual([
      ['strategie.digitalstrategie', 2, 3],
      ['onlinedienste.nutzerkonto', 1, 3],
    ]);
    expect(c.changedMeaning).toEqual(['onlinedienste.nutzerkonto']);
  });

  it('refuses without a mapping, naming the version', () => {
    expect(() => compareRounds(pkg, older, newer)).toThrow(
      'Die Runde „Frühjahr 2025“ wurde mit Version „1.0.0“ des Fragebogens erstellt',
    );
  });
});
