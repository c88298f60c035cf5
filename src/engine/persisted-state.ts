import * as z from 'zod/mini';
import { AssessmentRecord } from './assessment';

/** A questionnaire a person loaded from a file: the three raw documents, validated when used. */
export const CustomQuestionnaire = z.lazy(() =>
  z.strictObject({
    questionnaire: z.unknown(),
    recommendations: z.unknown(),
    sources: z.unknown(),
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
export const PERSISTED_VERSION = 2;

// One step per version: version N's state in, version N+1's out.
const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 1 (the first release) had no questionnaires loaded from files.
  1: (s) => ({ ...s, customQuestionnaires: {} }),
};

/** Why stored data could not be taken over. */
export type MigrationResult =
  | { ok: true; state: PersistedStateV2; dropped: string[] }
  | { ok: false; reason: 'newer' | 'unreadable'; message: string };

/**
 * Brings stored state of an older app version up to date. Assessments that fail validation are
 * reported in `dropped` (the caller keeps a copy of the raw data); a state from a newer app
 * version is not touched.
 */
export function migratePersistedState(stored: unknown, fromVersion: number): MigrationResult {
  if (fromVersion > PERSISTED_VERSION)
    return {
      ok: false,
      reason: 'newer',
      message: `Die gespeicherten Daten stammen aus einer neueren Version des Digitalkompass (Speicherformat ${fromVersion}).`,
    };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored))
    return { ok: false, reason: 'unreadable', message: 'Die gespeicherten Daten sind nicht lesbar.' };
  let state = { ...(stored as Record<string, unknown>) };
  for (let v = Math.max(fromVersion, 1); v < PERSISTED_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step)
      return { ok: false, reason: 'unreadable', message: `Kein Weg von Speicherformat ${v} zu ${v + 1}.` };
    state = step(state);
  }
  const assessments: Record<string, AssessmentRecord> = {};
  const dropped: string[] = [];
  const rawAssessments =
    typeof state.assessments === 'object' && state.assessments !== null
      ? (state.assessments as Record<string, unknown>)
      : {};
  for (const [id, raw] of Object.entries(rawAssessments)) {
    const parsed = AssessmentRecord.safeParse(raw);
    if (parsed.success) assessments[id] = parsed.data;
    else dropped.push(id);
  }
  const custom: Record<string, CustomQuestionnaire> = {};
  const rawCustom =
    typeof state.customQuestionnaires === 'object' && state.customQuestionnaires !== null
      ? (state.customQuestionnaires as Record<string, unknown>)
      : {};
  for (const [id, raw] of Object.entries(rawCustom)) {
    const parsed = CustomQuestionnaire.safeParse(raw);
    if (parsed.success) custom[id] = parsed.data;
    else dropped.push(id);
  }
  return {
    ok: true,
    state: { language: state.language === 'en' ? 'en' : 'de', assessments, customQuestionnaires: custom },
    dropped,
  };
}
