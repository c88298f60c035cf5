import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from './assessment';
import { createExport, serializeExport } from './export-envelope';
import { generateAssessments } from '../../tests/fixtures/generate-assessments';
import {
  addToBatch,
  EMPTY_BATCH,
  readExportFiles,
  sourcedRecords,
  withStored,
  type FileProblem,
  type ImportBatch,
} from './import-batch';
import { fixtureQuestionnaire, fixtureRecommendations } from '../../tests/fixtures/fixture-questionnaire';

const pkg = { questionnaire: fixtureQuestionnaire, recommendations: fixtureRecommendations, sources: [] };
const [a, b, c] = generateAssessments(pkg, 3, 17) as [AssessmentRecord, AssessmentRecord, AssessmentRecord];
const exported = (...records: AssessmentRecord[]) =>
  serializeExport(createExport(records, 'test', new Date('2026-06-01T10:00:00Z')));
const ids = (records: Iterable<AssessmentRecord>) => [...records].map((r) => r.id);

describe('readExportFiles', () => {
  it.each([
    ['no files', [], [], []],
    ['one file, two assessments', [['ab.json', exported(a, b)]], [['ab.json', [a.id, b.id]]], []],
    ['a file that is no JSON', [['kaputt.json', '{"type":']], [], ['kaputt.json']],
    [
      'readable and unreadable files keep their order',
      [
        ['x.json', 'nichts'],
        ['c.json', exported(c)],
        ['y.json', '{}'],
        ['a.json', exported(a)],
      ],
      [
        ['c.json', [c.id]],
        ['a.json', [a.id]],
      ],
      ['x.json', 'y.json'],
    ],
  ])('%s', (_name, files, read, failed) => {
    const result = readExportFiles(files.map(([name, text]) => ({ name: name ?? '', text: text ?? '' })));
    expect(result.read.map((r) => [r.file, ids(r.records)])).toEqual(read);
    expect(result.problems.map((p) => p.file)).toEqual(failed);
    for (const p of result.problems) expect(p.errors.length).toBeGreaterThan(0);
  });
});

describe('sourcedRecords', () => {
  it('numbers the assessments of all files in order under the prefix', () => {
    const keyed = sourcedRecords(
      [
        { file: 'ab.json', records: [a, b] },
        { file: 'c.json', records: [c] },
      ],
      'datei-3',
    );
    expect(keyed.map((r) => [r.key, r.file, r.record.id])).toEqual([
      ['datei-3-0', 'ab.json', a.id],
      ['datei-3-1', 'ab.json', b.id],
      ['datei-3-2', 'c.json', c.id],
    ]);
  });
});

describe('addToBatch and withStored', () => {
  const newerA = { ...a, label: 'später eingelesen' };
  const problem: FileProblem = { file: 'kaputt.json', errors: [{ code: 'notJson' }] };
  const cases: {
    name: string;
    imports: [number, AssessmentRecord[]][];
    stored: AssessmentRecord[];
    files: number;
    records: string[];
    duplicates: number;
  }[] = [
    { name: 'nothing read', imports: [], stored: [], files: 0, records: [], duplicates: 0 },
    {
      name: 'one import',
      imports: [[2, [a, b]]],
      stored: [],
      files: 2,
      records: [a.id, b.id],
      duplicates: 0,
    },
    {
      name: 'the same id in a later import replaces the earlier one at its place',
      imports: [
        [2, [a, b]],
        [1, [newerA]],
      ],
      stored: [],
      files: 3,
      records: [a.id, b.id],
      duplicates: 1,
    },
    {
      name: 'stored records come after those read; one also read counts as a duplicate',
      imports: [[1, [a]]],
      stored: [c, a],
      files: 1,
      records: [a.id, c.id],
      duplicates: 1,
    },
    { name: 'only stored ones', imports: [], stored: [b, c], files: 0, records: [b.id, c.id], duplicates: 0 },
  ];
  it.each(cases)('$name', ({ imports, stored, files, records, duplicates }) => {
    const batch = imports.reduce<ImportBatch>(
      (acc, [n, read]) => addToBatch(acc, n, read, [problem]),
      EMPTY_BATCH,
    );
    expect(batch.files).toBe(files);
    expect(batch.problems).toHaveLength(imports.length);
    const all = withStored(batch, stored);
    expect(ids(all.records)).toEqual(records);
    expect(all.duplicates).toBe(duplicates);
  });

  it('keeps the later copy and leaves the batch it started from as it was', () => {
    const first = addToBatch(EMPTY_BATCH, 1, [a], []);
    const second = addToBatch(first, 1, [newerA], []);
    expect(second.records.get(a.id)?.label).toBe('später eingelesen');
    expect(first.records.get(a.id)?.label).toBe(a.label);
    expect(EMPTY_BATCH.records.size).toBe(0);
  });
});
