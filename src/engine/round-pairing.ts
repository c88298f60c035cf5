import type { AssessmentRecord } from './assessment';
import type { SourcedRecord } from './import-batch';

/** Two rounds to compare, by key: the earlier one (before) and the later one (after). */
export interface RoundPair {
  before: string;
  after: string;
}

/** The day a round stands for: its assessment date, else the day it was created. */
export function roundDate(r: AssessmentRecord): string {
  return r.profile?.date ?? r.createdAt.slice(0, 10);
}

/** Oldest first: by the assessment date, then by when it was created. */
export function byAge(a: SourcedRecord, b: SourcedRecord): number {
  return (
    roundDate(a.record).localeCompare(roundDate(b.record)) ||
    a.record.createdAt.localeCompare(b.record.createdAt)
  );
}

/** The same for rounds of one questionnaire and one municipality (its name in any case and spacing). */
export function municipalityKey(r: AssessmentRecord): string {
  return `${r.questionnaireId}\u0000${r.profile?.municipality.trim().toLocaleLowerCase('de') ?? ''}`;
}

/** The rounds in the order the lists offer them: by municipality, then oldest first. */
export function sortRounds(rounds: readonly SourcedRecord[]): SourcedRecord[] {
  return [...rounds].sort(
    (x, y) =>
      (x.record.profile?.municipality ?? '').localeCompare(y.record.profile?.municipality ?? '', 'de') ||
      byAge(x, y),
  );
}

/** The two newest rounds of the municipality whose newest round is the most recent; null when none has two. */
export function defaultPair(rounds: readonly SourcedRecord[]): RoundPair | null {
  const groups = new Map<string, SourcedRecord[]>();
  for (const r of [...rounds].sort(byAge)) {
    if (!r.record.profile) continue;
    const key = municipalityKey(r.record);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  let best: { before: SourcedRecord; after: SourcedRecord } | null = null;
  for (const list of groups.values()) {
    const after = list[list.length - 1];
    const before = list[list.length - 2];
    if (!after || !before) continue;
    if (!best || byAge(best.after, after) < 0) best = { before, after };
  }
  return best && { before: best.before.key, after: best.after.key };
}

/** The rounds a comparison shows and what the lists offer as "after" for the chosen "before". */
export interface RoundChoice {
  before: SourcedRecord | null;
  after: SourcedRecord | null;
  /** Other rounds of the same questionnaire and municipality as "before". */
  sameTown: SourcedRecord[];
  /** Rounds of the same questionnaire but another municipality. */
  otherTowns: SourcedRecord[];
  /** The two rounds belong to different municipalities: the comparison shows no development. */
  differentMunicipalities: boolean;
  /** The round chosen as "after" is the older one. */
  reversed: boolean;
}

/**
 * Resolves what the person chose (or, before any choice, the default pair): "before" is the chosen
 * round, else the default, else the first; "after" the chosen one among the rounds of the same
 * questionnaire, else the newest of the same municipality, else any of the same questionnaire.
 */
export function chooseRounds(
  rounds: readonly SourcedRecord[],
  choice: RoundPair | null,
  fallback: RoundPair | null,
): RoundChoice {
  const byKey = new Map(rounds.map((r) => [r.key, r]));
  const before = byKey.get(choice?.before ?? '') ?? byKey.get(fallback?.before ?? '') ?? rounds[0] ?? null;
  const candidates = before
    ? rounds.filter((r) => r.key !== before.key && r.record.questionnaireId === before.record.questionnaireId)
    : [];
  const sameTown = before
    ? candidates.filter((r) => municipalityKey(r.record) === municipalityKey(before.record))
    : [];
  const otherTowns = candidates.filter((r) => !sameTown.includes(r));
  const wanted = choice?.after ?? fallback?.after ?? '';
  const after =
    candidates.find((r) => r.key === wanted) ?? [...sameTown].sort(byAge).at(-1) ?? candidates[0] ?? null;
  return {
    before,
    after,
    sameTown,
    otherTowns,
    differentMunicipalities:
      !!before && !!after && municipalityKey(before.record) !== municipalityKey(after.record),
    reversed: !!before && !!after && byAge(before, after) > 0,
  };
}

/**
 * The pair to show once a round was read from a file: it and the newest of the other rounds of its
 * municipality, older first; null for a round without a profile or the only one of its municipality.
 */
export function pairWithNewest(loaded: SourcedRecord, others: readonly SourcedRecord[]): RoundPair | null {
  if (!loaded.record.profile) return null;
  const newest = others
    .filter((r) => municipalityKey(r.record) === municipalityKey(loaded.record))
    .sort(byAge)
    .at(-1);
  if (!newest) return null;
  const [older, newer] = [loaded, newest].sort(byAge);
  return older && newer ? { before: older.key, after: newer.key } : null;
}
