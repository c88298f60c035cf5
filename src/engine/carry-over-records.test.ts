import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireDir } from '../../tooling/questionnaire-files';
import { testProfile, testRecord } from '../../tests/fixtures/records';
import { aggregateRegion } from './aggregate-region';
import type { AnswerValue, AssessmentRecord, Profile } from './assessment';
import { carryOverRecords, carryOverTotals, needsCarryOver, withCarriedRecords } from './carry-over-records';
import { consolidateRespondents } from './consolidate';
import { createExport, fitToQuestionnaire, parseImport, serializeExport } from './export-envelope';
import { MigrationList } from './questionnaire-migration';

// The real Bavarian questionnaire (2.0.0) and its mapping from 1.0.0.
const dir = 'questionnaires/bayern-kommunen';
const loaded = loadQuestionnaireDir(dir);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const pkg = loaded.value;
const q = pkg.questionnaire;
const migrations = MigrationList.parse(JSON.parse(readFileSync(`${dir}/migrations.json`, 'utf8')));
const [toV2] = migrations.migrations;
if (!toV2) throw new Error('migrations.json has a step');

const profile = (municipality: string): Profile =>
  testProfile({ municipality, regierungsbezirk: 'schwaben', population: '1000-2999', date: '2025-04-01' });

function record(over: Partial<AssessmentRecord>): AssessmentRecord {
  return testRecord({
    id: 'r',
    questionnaireId: 'bayern-kommunen',
    questionnaireVersion: q.version,
    label: 'Runde',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-02T08:00:00.000Z',
    ...over,
  });
}

// Every 1.0.0 question answered: level by position, one "weiß nicht".
const v1Answers: Record<string, AnswerValue> = Object.fromEntries(
  toV2.questions.map((m, i) => [m.from, i === 3 ? 'dontKnow' : i % 5]),
);
const v2Answers: Record<string, AnswerValue> = Object.fromEntries(
  q.fields.flatMap((f) => f.questions).map((question) => [question.id, 2]),
);
const altdorf = record({
  id: 'altdorf-2025',
  questionnaireVersion: '1.0.0',
  profile: profile('Altdorf'),
  answers: v1Answers,
});
const neudorf = record({ id: 'neudorf-2026', profile: profile('Neudorf'), answers: v2Answers });
const other = record({ id: 'fremd', questionnaireId: 'sachsen-kommunen', questionnaireVersion: '1.0.0' });
const unknown = record({ id: 'zukunft', questionnaireVersion: '9.9.9', profile: profile('Zukunft') });

describe('carryOverRecords', () => {
  const c = carryOverRecords([altdorf, neudorf, other, unknown], q, migrations);
  const opened = fitToQuestionnaire(altdorf, q, migrations);
  if (!opened.ok) throw new Error(opened.errors.join('\n'));

  it.each<[string, AssessmentRecord, AssessmentRecord | null]>([
    ['a 1.0.0 record is carried over to 2.0.0, as when it is opened', altdorf, opened.record],
    ['a 2.0.0 record stays as it is', neudorf, neudorf],
    ['a record of another questionnaire stays as it is (the screens count it)', other, other],
    ['a version the mapping does not know is left out', unknown, null],
  ])('%s', (_name, given, expected) => {
    expect(needsCarryOver(given, q)).toBe(given === altdorf || given === unknown);
    const at = [altdorf, neudorf, other, unknown].indexOf(given);
    expect(c.fitted[at]).toEqual(expected);
    if (expected === given) expect(c.fitted[at]).toBe(given);
  });

  it('lists the records to work with in their order, without the refused one', () => {
    expect(c.records.map((r) => [r.id, r.questionnaireVersion])).toEqual([
      ['altdorf-2025', '2.0.0'],
      ['neudorf-2026', '2.0.0'],
      ['fremd', '1.0.0'],
    ]);
  });

  it('gives the carried-over record the notice and the answers to review that opening it gives', () => {
    expect(c.carried).toEqual([
      {
        index: 0,
        original: altdorf,
        record: opened.record,
        from: '1.0.0',
        notice: opened.notice,
        toReview: opened.toReview,
      },
    ]);
    // The words are i18n's (strings-errors.test.ts); here the facts the notice gives.
    expect(opened.notice).toMatchObject({ from: '1.0.0', to: '2.0.0', toReview: opened.toReview.length });
    expect(opened.toReview.length).toBeGreaterThan(0);
    expect(c.carried[0]?.record.toConfirm).toEqual(opened.toReview);
  });

  it('names the version it cannot carry over, and the ones it can', () => {
    expect(c.refused).toEqual([
      {
        index: 3,
        original: unknown,
        errors: [
          {
            code: 'unknownVersion',
            version: '9.9.9',
            questionnaireId: 'bayern-kommunen',
            current: '2.0.0',
            known: ['1.0.0'],
          },
        ],
      },
    ]);
  });

  it('refuses a 1.0.0 record when there is no mapping', () => {
    const none = carryOverRecords([altdorf], q, null);
    expect(none.records).toEqual([]);
    expect(none.refused[0]?.errors[0]).toMatchObject({ code: 'unknownVersion', version: '1.0.0', known: [] });
  });

  it('passes current records through untouched, and carries nothing over', () => {
    const same = carryOverRecords([neudorf, other], q, migrations);
    expect(same).toEqual({ fitted: [neudorf, other], records: [neudorf, other], carried: [], refused: [] });
    expect(carryOverTotals(same)).toBeNull();
  });

  it('keeps the key and file beside each record, and leaves the refused one out', () => {
    const entries = [altdorf, neudorf, other, unknown].map((r, i) => ({
      key: `k${i}`,
      record: r,
      file: 'a.json',
    }));
    const kept = withCarriedRecords(entries, c);
    expect(kept.map((e) => [e.key, e.record.id, e.record.questionnaireVersion])).toEqual([
      ['k0', 'altdorf-2025', '2.0.0'],
      ['k1', 'neudorf-2026', '2.0.0'],
      ['k2', 'fremd', '1.0.0'],
    ]);
    expect(kept[1]).toBe(entries[1]);
  });

  it('adds up what was carried over', () => {
    const two = carryOverRecords([altdorf, { ...altdorf, id: 'altdorf-2024' }, neudorf], q, migrations);
    expect(carryOverTotals(two)).toEqual({
      records: 2,
      from: ['1.0.0'],
      to: '2.0.0',
      toReview: 2 * opened.toReview.length,
    });
  });
});

describe('1.0.0 records in the analyses', () => {
  it('an export file of 1.0.0 is read as 1.0.0: the batch reading does not carry it over, carryOverRecords does', () => {
    const file = serializeExport(createExport([altdorf], '0.1.0', new Date('2025-04-01T10:00:00.000Z')));
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.assessments.map((r) => r.questionnaireVersion)).toEqual(['1.0.0']);
    const c = carryOverRecords(parsed.assessments, q, migrations);
    expect(c.records.map((r) => r.questionnaireVersion)).toEqual(['2.0.0']);
  });

  it('the regional overview counts a 1.0.0 municipality once it is carried over, not as unscorable', () => {
    const before = aggregateRegion(pkg, [altdorf, neudorf]);
    expect([before.included, before.skipped.invalidAnswers]).toEqual([1, 1]);
    const after = aggregateRegion(pkg, carryOverRecords([altdorf, neudorf], q, migrations).records);
    expect([after.included, after.skipped.invalidAnswers]).toEqual([2, 0]);
  });

  it('a 1.0.0 respondent can be consolidated with a 2.0.0 one once carried over', () => {
    expect(() => consolidateRespondents(pkg, [altdorf, neudorf])).toThrow(/Antworten von „/);
    const c = consolidateRespondents(pkg, carryOverRecords([altdorf, neudorf], q, migrations).records);
    expect(c.respondents.map((r) => r.recordId)).toEqual(['altdorf-2025', 'neudorf-2026']);
    expect(c.questionnaireId).toBe('bayern-kommunen');
  });
});
