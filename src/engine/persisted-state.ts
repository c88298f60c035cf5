import * as z from 'zod/mini';
import { AssessmentRecord } from './assessment';

/** A questionnaire a person loaded from a file: the three raw documents, validated when used. */
export const CustomQuestionnaire = z.lazy(() =>
  z.strictObject({
    questionnaire: z.unknown(),
    recommendations: z.unknown(),
    sources: z.unknown(),
    /** The short check, when the questionnaire came with one. */
    shortCheck: z.optional(z.unknown()),
    loadedAt: z.iso.datetime(),
  }),
);
export type CustomQuestionnaire = z.infer<typeof CustomQuestionnaire>;

/** The stored app state, current version. Only what people entered or loaded. */
export const PersistedStateV2 = z.lazy(() =>
  z.object({
    language: z.enum(['de', 'en']),
    assessments: z.record(z.string(), AssessmentRecord),
    customQuestionnaires: z.record(z.string(), CustomQuestionnaire),
  }),
);
export type PersistedStateV2 = z.infer<typeof PersistedStateV2>;

/** The version of the stored state this app writes. */
export const PERSISTED_VERSION = 3;

// One step per version: version N's state in, version N+1's out.
const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 1 (the first release) had no questionnaires loaded from files.
  1: (s) => ({ ...s, customQuestionnaires: {} }),
  // Version 3 added short checks (an optional `shortCheck` on an assessment): version 2's state is
  // version 3's as it is. The step exists so that an older app refuses version 3 as newer instead
  // of dropping the short checks it does not know.
  2: (s) => s,
};

/** Why stored state could not be taken over, as a code the UI words. */
export type StoredStateProblem =
  | { code: 'newerVersion'; version: number }
  | { code: 'unreadable' }
  | { code: 'noMigrationPath'; from: number };

/** Stored state brought up to date, or why it could not be taken over. */
export type MigrationResult =
  | { ok: true; state: PersistedStateV2; dropped: string[]; reshaped: boolean }
  | { ok: false; reason: 'newer' | 'unreadable'; problem: StoredStateProblem };

/**
 * Brings stored state of an older app version up to date. Assessments that fail validation are
 * reported in `dropped` (the caller keeps a copy of the raw data); a state from a newer app
 * version is not touched.
 */
export function migratePersistedState(stored: unknown, fromVersion: number): MigrationResult {
  if (fromVersion > PERSISTED_VERSION)
    return { ok: false, reason: 'newer', problem: { code: 'newerVersion', version: fromVersion } };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored))
    return { ok: false, reason: 'unreadable', problem: { code: 'unreadable' } };
  let state = { ...(stored as Record<string, unknown>) };
  for (let v = Math.max(fromVersion, 1); v < PERSISTED_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: 'unreadable', problem: { code: 'noMigrationPath', from: v } };
    state = step(state);
  }
  // A list or any other value where a map of entries belongs is taken apart, not trusted:
  // `reshaped` tells the caller to keep a copy of what was stored.
  let reshaped = false;
  const entriesOf = (value: unknown): [string, unknown][] => {
    if (Array.isArray(value)) {
      reshaped = true;
      return value.map((v, i) => [String(i), v]);
    }
    if (typeof value === 'object' && value !== null) return Object.entries(value);
    if (value !== undefined) reshaped = true;
    return [];
  };
  const assessments: [string, AssessmentRecord][] = [];
  const dropped: string[] = [];
  for (const [key, raw] of entriesOf(state.assessments)) {
    const parsed = AssessmentRecord.safeParse(raw);
    // Keyed by the record's own id: every lookup goes by that id.
    if (parsed.success) assessments.push([parsed.data.id, parsed.data]);
    else dropped.push(key);
  }
  const custom: [string, CustomQuestionnaire][] = [];
  for (const [id, raw] of entriesOf(state.customQuestionnaires)) {
    const parsed = CustomQuestionnaire.safeParse(raw);
    if (parsed.success) custom.push([id, parsed.data]);
    else dropped.push(id);
  }
  return {
    ok: true,
    // fromEntries makes own properties, also for an id like "__proto__".
    state: {
      language: state.language === 'en' ? 'en' : 'de',
      assessments: Object.fromEntries(assessments),
      customQuestionnaires: Object.fromEntries(custom),
    },
    dropped,
    reshaped,
  };
}
