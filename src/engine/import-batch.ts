import type { AssessmentRecord } from './assessment';
import { parseImport, type ImportError } from './export-envelope';

/** The messages for one file that could not be read. */
export interface FileProblem {
  file: string;
  errors: ImportError[];
  /** Not read at all: larger than the app reads. */
  tooLarge?: boolean;
}

/** A file's name and its text, as read from disk. */
export interface NamedText {
  name: string;
  text: string;
}

/** The assessments of one readable export file. */
export interface ReadExport {
  file: string;
  records: AssessmentRecord[];
}

/** An assessment to work with on a screen: read from a file (named) or stored in this browser (null). */
export interface SourcedRecord {
  /** Unique on the screen, also when the same assessment was read twice. */
  key: string;
  record: AssessmentRecord;
  file: string | null;
}

/** Reads export files one by one: the assessments of each readable file and the messages of each other one. */
export function readExportFiles(files: readonly NamedText[]): {
  read: ReadExport[];
  problems: FileProblem[];
} {
  const read: ReadExport[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    const result = parseImport(file.text);
    if (result.ok) read.push({ file: file.name, records: result.assessments });
    else problems.push({ file: file.name, errors: result.errors });
  }
  return { read, problems };
}

/** The assessments read, in file order, each under the key `prefix-n`. */
export function sourcedRecords(read: readonly ReadExport[], prefix: string): SourcedRecord[] {
  return read
    .flatMap(({ file, records }) => records.map((record) => ({ record, file })))
    .map((r, n) => ({ key: `${prefix}-${n}`, ...r }));
}

/** What was read from files over several imports, one record per id so that each assessment counts once. */
export interface ImportBatch {
  /** Files chosen, readable or not. */
  files: number;
  records: ReadonlyMap<string, AssessmentRecord>;
  /** Records dropped because one with their id was read already. */
  duplicates: number;
  problems: FileProblem[];
}

/** A batch before any file was read. */
export const EMPTY_BATCH: ImportBatch = { files: 0, records: new Map(), duplicates: 0, problems: [] };

/**
 * The batch with the results of more files: a record whose id was read before replaces the earlier
 * one (at its place) and counts as a duplicate.
 */
export function addToBatch(
  batch: ImportBatch,
  files: number,
  records: readonly AssessmentRecord[],
  problems: readonly FileProblem[],
): ImportBatch {
  const merged = new Map(batch.records);
  let duplicates = batch.duplicates;
  for (const record of records) {
    if (merged.has(record.id)) duplicates++;
    merged.set(record.id, record);
  }
  return {
    files: batch.files + files,
    records: merged,
    duplicates,
    problems: [...batch.problems, ...problems],
  };
}

/**
 * The batch's records followed by the stored ones that were not read from a file; a stored one that
 * was also read counts as one more duplicate (the copy from the file is used).
 */
export function withStored(
  batch: ImportBatch,
  stored: Iterable<AssessmentRecord>,
): { records: AssessmentRecord[]; duplicates: number } {
  const records = [...batch.records.values()];
  let duplicates = batch.duplicates;
  for (const record of stored) {
    if (batch.records.has(record.id)) duplicates++;
    else records.push(record);
  }
  return { records, duplicates };
}
