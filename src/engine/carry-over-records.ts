import type { AssessmentRecord } from './assessment';
import { fitToQuestionnaire, type FitResult } from './export-envelope';
import type { MigrationList } from './questionnaire-migration';
import type { Questionnaire } from './questionnaire-schema';

type Fitted = Extract<FitResult, { ok: true }>;
type Refused = Extract<FitResult, { ok: false }>;

/** A record made with an older version of the questionnaire, carried over to the current one. */
export interface CarriedRecord {
  /** Its place among the records given. */
  index: number;
  /** The record as it was given, e.g. for its name and label. */
  original: AssessmentRecord;
  /** The record at the current version; answers whose question changed are in `toConfirm`. */
  record: AssessmentRecord;
  /** The version it was made with. */
  from: string;
  /** The notice the person also sees when opening or importing it. */
  notice: Fitted['notice'];
  /** Questions whose carried-over answers are marked "bitte prüfen". */
  toReview: string[];
}

/** A record whose version cannot be carried over, with the messages that say why. */
export interface RefusedRecord {
  index: number;
  original: AssessmentRecord;
  errors: Refused['errors'];
}

/** Records made fit for one questionnaire version, for screens that aggregate or compare many. */
export interface CarriedOverRecords {
  /** Per record given, in its order: the record to work with, or null when it was refused. */
  fitted: (AssessmentRecord | null)[];
  /** The records to work with, in their order, refused ones left out. */
  records: AssessmentRecord[];
  carried: CarriedRecord[];
  refused: RefusedRecord[];
}

/** Whether the record belongs to the questionnaire but was made with another version of it. */
export function needsCarryOver(record: AssessmentRecord, questionnaire: Questionnaire): boolean {
  return record.questionnaireId === questionnaire.id && record.questionnaireVersion !== questionnaire.version;
}

/**
 * Carries every record of an older version of `questionnaire` over to its current version, with the
 * same mapping and the same notice as opening a stored assessment or importing a file. Records of
 * the current version and of other questionnaires stay as they are: the screens check and count
 * those themselves. A version the mapping does not know (e.g. "9.9.9", or a newer one) is refused.
 * Nothing is stored: a stored assessment is carried over for good only when it is opened.
 */
export function carryOverRecords(
  records: readonly AssessmentRecord[],
  questionnaire: Questionnaire,
  migrations: MigrationList | null,
): CarriedOverRecords {
  const fitted: (AssessmentRecord | null)[] = [];
  const carried: CarriedRecord[] = [];
  const refused: RefusedRecord[] = [];
  records.forEach((original, index) => {
    if (!needsCarryOver(original, questionnaire)) {
      fitted.push(original);
      return;
    }
    const fit = fitToQuestionnaire(original, questionnaire, migrations);
    if (!fit.ok) {
      fitted.push(null);
      refused.push({ index, original, errors: fit.errors });
      return;
    }
    fitted.push(fit.record);
    carried.push({
      index,
      original,
      record: fit.record,
      from: original.questionnaireVersion,
      notice: fit.notice,
      toReview: fit.toReview,
    });
  });
  return { fitted, records: fitted.filter((r) => r !== null), carried, refused };
}

/**
 * The items given to carryOverRecords (by their `record`, in the same order), each with its record
 * carried over, refused ones left out: for lists that keep a key or a file name beside each record.
 */
export function withCarriedRecords<T extends { record: AssessmentRecord }>(
  items: readonly T[],
  c: Pick<CarriedOverRecords, 'fitted'>,
): T[] {
  return items.flatMap((item, i) => {
    const record = c.fitted[i];
    return record ? [record === item.record ? item : { ...item, record }] : [];
  });
}

/** What was carried over, in numbers, for one line about many records; null when nothing was. */
export function carryOverTotals(
  c: Pick<CarriedOverRecords, 'carried'>,
): { records: number; from: string[]; to: string; toReview: number } | null {
  const [first] = c.carried;
  if (!first) return null;
  return {
    records: c.carried.length,
    from: [...new Set(c.carried.map((r) => r.from))],
    to: first.record.questionnaireVersion,
    toReview: c.carried.reduce((n, r) => n + r.toReview.length, 0),
  };
}
