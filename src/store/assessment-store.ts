import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import {
  newAssessmentRecord,
  ownValue,
  type AnswerValue,
  type AssessmentRecord,
  type CoatOfArms,
  type PlanItem,
  type Profile,
} from '../engine/assessment';
import {
  migratePersistedState,
  PERSISTED_VERSION,
  type CustomQuestionnaire,
} from '../engine/persisted-state';
import type { Language } from '../engine/language';
import { recoverTruncatedJson } from '../engine/recover-json';
import { writeJournal } from './crash-journal';
import { getStorageProblem, reportRecovery, safeLocalStorage, type RecoveryProblem } from './safe-storage';

/** What is persisted: only what people entered or loaded. */
export interface PersistedState {
  language: Language;
  assessments: Record<string, AssessmentRecord>;
  /** Questionnaires loaded from files, by id. */
  customQuestionnaires: Record<string, CustomQuestionnaire>;
}

interface Actions {
  setLanguage: (language: Language) => void;
  /** Creates an assessment; with `shortCheckQuestions` a short check that asks only these questions. */
  createAssessment: (
    questionnaireId: string,
    questionnaireVersion: string,
    label: string,
    shortCheckQuestions?: readonly string[],
  ) => string;
  /**
   * Turns a short check into the full assessment, keeping every answer; it goes on at `page`
   * (the field of the first open question). The record keeps that it began as a short check.
   */
  continueToFull: (id: string, page: string | null) => void;
  setProfile: (id: string, profile: Profile) => void;
  setAnswer: (id: string, questionId: string, value: AnswerValue | undefined) => void;
  setNote: (id: string, questionId: string, note: string) => void;
  /** Confirms answers copied from an earlier round as still true. */
  confirmAnswers: (id: string, questionIds: string[]) => void;
  setCurrentPage: (id: string, page: string) => void;
  setTarget: (id: string, fieldId: string, level: number) => void;
  markCompleted: (id: string) => void;
  renameAssessment: (id: string, label: string) => void;
  deleteAssessment: (id: string) => void;
  deleteAllAssessments: () => void;
  /** Starts a new round from an earlier one: answers, notes and targets are copied and marked as to be confirmed. */
  startNextRound: (fromId: string, label: string, date: string) => string | null;
  /**
   * Stores an assessment from a file or a consolidation. `replace` overwrites the assessment with
   * the same id (only after the person agreed); `copy` keeps both by giving it a new id.
   * Returns the id under which it was stored.
   */
  importAssessment: (record: AssessmentRecord, mode: 'replace' | 'copy') => string;
  /** Replaces a stored assessment by its copy carried over to the current questionnaire version. */
  applyUpgrade: (id: string, upgraded: AssessmentRecord) => void;
  addPlanItem: (id: string, item: Omit<PlanItem, 'id'>) => void;
  updatePlanItem: (id: string, itemId: string, change: Partial<Omit<PlanItem, 'id'>>) => void;
  removePlanItem: (id: string, itemId: string) => void;
  /** Sets the municipality's coat of arms (already a checked PNG), or removes it with null. */
  setCoatOfArms: (id: string, coat: CoatOfArms | null) => void;
  addCustomQuestionnaire: (id: string, files: Omit<CustomQuestionnaire, 'loadedAt'>) => void;
  removeCustomQuestionnaire: (id: string) => void;
}

export type AssessmentState = PersistedState & Actions;

export const STORAGE_KEY = 'digitalkompass-kommune';
export const STORAGE_VERSION = PERSISTED_VERSION;
/** When the value under STORAGE_KEY was saved: compared with the crash journal's at start. */
export const STAMP_KEY = `${STORAGE_KEY}-stand`;

let lastStamp = 0;
/** A save time that is later than every one before it in this tab. */
function nextStamp(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

/**
 * Keeps a copy of stored data the app could not take over as it was, under its own key, before
 * anything is written, and says so. Once per start: the first copy is the untouched original.
 */
let keptAside: string | null = null;
function keepAside(raw: string, problem: RecoveryProblem) {
  if (keptAside === null) {
    keptAside = `${STORAGE_KEY}-sicherung-${new Date().toISOString()}`;
    safeLocalStorage.setItem(keptAside, raw);
  }
  reportRecovery(problem, keptAside, raw);
}

/** What was last read from storage, as text: the copy to keep if it cannot be taken over. */
let lastRead = '';

/** Validates (and, for older versions, migrates) what was stored; never throws, never loses data silently. */
function restore(persisted: unknown, version: number): PersistedState {
  // Nothing stored yet (first visit): start empty, nothing to report.
  if (persisted === undefined || persisted === null)
    return { language: 'de', assessments: {}, customQuestionnaires: {} };
  const result = migratePersistedState(persisted, version);
  if (!result.ok) {
    keepAside(lastRead, result.problem);
    return { language: 'de', assessments: {}, customQuestionnaires: {} };
  }
  if (result.dropped.length) keepAside(lastRead, { code: 'droppedEntries', count: result.dropped.length });
  else if (result.reshaped) keepAside(lastRead, { code: 'reshaped' });
  return result.state;
}

/**
 * Storage as zustand's persist reads and writes it, with the reading made safe: a value that is
 * no JSON (cut off by a crash while it was written) is never simply dropped, because persist
 * would then start empty and overwrite it with the first answer. Its copy is kept first, and
 * whatever complete entries it still holds are taken over.
 */
const persistStorage: PersistStorage<PersistedState> = {
  getItem(name) {
    const raw = safeLocalStorage.getItem(name) as string | null;
    if (raw === null) return null;
    lastRead = raw;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = recoverTruncatedJson(raw);
      keepAside(raw, { code: value === undefined ? 'damaged' : 'truncated' });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !('state' in value)) {
      if (value !== undefined && keptAside === null) keepAside(raw, { code: 'unexpectedShape' });
      // Still nothing is lost: the copy is kept, and persist's merge sees no state.
      return null;
    }
    const version = 'version' in value && typeof value.version === 'number' ? value.version : 0;
    return { state: value.state as PersistedState, version };
  },
  setItem(name, value) {
    const raw = JSON.stringify(value);
    safeLocalStorage.setItem(name, raw);
    // Saved (no storage problem): also to the crash journal, which reaches the disk at once.
    if (getStorageProblem() === null) {
      const stamp = nextStamp();
      safeLocalStorage.setItem(STAMP_KEY, String(stamp));
      writeJournal({ raw, stamp });
    }
  },
  removeItem(name) {
    safeLocalStorage.removeItem(name);
  },
};

/** A random id; falls back where crypto.randomUUID is unavailable. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const now = () => new Date().toISOString();

/** The single app store: assessments and language, persisted to localStorage. */
export const useAssessmentStore = create<AssessmentState>()(
  persist(
    (set, get) => {
      const update = (id: string, change: (a: AssessmentRecord) => Partial<AssessmentRecord>) =>
        set((s) => {
          const a = ownValue(s.assessments, id);
          if (!a) return s;
          const changed = change(a);
          if (Object.keys(changed).length === 0) return s;
          return { assessments: { ...s.assessments, [id]: { ...a, ...changed, updatedAt: now() } } };
        });
      return {
        language: 'de',
        assessments: {},
        customQuestionnaires: {},
        setLanguage: (language) => set({ language }),
        createAssessment: (questionnaireId, questionnaireVersion, label, shortCheckQuestions) => {
          const id = newId();
          const record = newAssessmentRecord({
            id,
            questionnaireId,
            questionnaireVersion,
            label,
            now: now(),
          });
          if (shortCheckQuestions)
            record.shortCheck = { questions: [...shortCheckQuestions], continuedAt: null };
          set((s) => ({ assessments: { ...s.assessments, [id]: record } }));
          return id;
        },
        continueToFull: (id, page) =>
          update(id, (a) =>
            a.shortCheck && a.shortCheck.continuedAt === null
              ? {
                  shortCheck: { ...a.shortCheck, continuedAt: now() },
                  completedAt: null,
                  currentPage: page ?? a.currentPage,
                }
              : {},
          ),
        setProfile: (id, profile) => update(id, () => ({ profile })),
        setAnswer: (id, questionId, value) =>
          update(id, (a) => {
            if (a.answers[questionId] === value && !a.toConfirm.includes(questionId)) return {};
            const { [questionId]: _old, ...rest } = a.answers;
            const answers = value === undefined ? rest : { ...rest, [questionId]: value };
            return { answers, toConfirm: a.toConfirm.filter((q) => q !== questionId) };
          }),
        setNote: (id, questionId, note) =>
          update(id, (a) => {
            if ((a.notes[questionId] ?? '') === note) return {};
            const { [questionId]: _old, ...rest } = a.notes;
            return { notes: note.trim() === '' ? rest : { ...rest, [questionId]: note } };
          }),
        applyUpgrade: (id, upgraded) =>
          update(id, () => ({
            questionnaireVersion: upgraded.questionnaireVersion,
            answers: upgraded.answers,
            notes: upgraded.notes,
            targets: upgraded.targets,
            toConfirm: upgraded.toConfirm,
            currentPage: upgraded.currentPage,
          })),
        confirmAnswers: (id, questionIds) =>
          update(id, (a) => ({ toConfirm: a.toConfirm.filter((q) => !questionIds.includes(q)) })),
        setCurrentPage: (id, page) => update(id, () => ({ currentPage: page })),
        setTarget: (id, fieldId, level) =>
          update(id, (a) => ({ targets: { ...a.targets, [fieldId]: level } })),
        markCompleted: (id) => update(id, (a) => ({ completedAt: a.completedAt ?? now() })),
        renameAssessment: (id, label) => update(id, () => ({ label: label.trim() })),
        deleteAssessment: (id) =>
          set((s) => {
            const { [id]: _deleted, ...rest } = s.assessments;
            return { assessments: rest };
          }),
        deleteAllAssessments: () => set({ assessments: {} }),
        startNextRound: (fromId, label, date) => {
          const from = ownValue(get().assessments, fromId);
          if (!from) return null;
          const id = newId();
          const t = now();
          const record: AssessmentRecord = {
            ...from,
            id,
            label: label.trim(),
            createdAt: t,
            updatedAt: t,
            profile: from.profile ? { ...from.profile, date } : null,
            plan: from.plan.filter((p) => p.status !== 'erledigt'),
            currentPage: null,
            completedAt: null,
            toConfirm: Object.keys(from.answers),
            previousId: from.id,
            // The next round of a short check is a short check again; of a full one (also one
            // begun as a short check) a full assessment.
            shortCheck:
              from.shortCheck?.continuedAt === null
                ? { questions: from.shortCheck.questions, continuedAt: null }
                : undefined,
          };
          set((s) => ({ assessments: { ...s.assessments, [id]: record } }));
          return id;
        },
        importAssessment: (record, mode) => {
          const id = mode === 'copy' && Object.hasOwn(get().assessments, record.id) ? newId() : record.id;
          set((s) => ({ assessments: { ...s.assessments, [id]: { ...record, id } } }));
          return id;
        },
        addPlanItem: (id, item) => update(id, (a) => ({ plan: [...a.plan, { ...item, id: newId() }] })),
        updatePlanItem: (id, itemId, change) =>
          update(id, (a) => ({ plan: a.plan.map((p) => (p.id === itemId ? { ...p, ...change } : p)) })),
        removePlanItem: (id, itemId) => update(id, (a) => ({ plan: a.plan.filter((p) => p.id !== itemId) })),
        // undefined, not a missing key: the merge in `update` keeps keys it is not given.
        setCoatOfArms: (id, coat) => update(id, () => ({ coatOfArms: coat ?? undefined })),
        addCustomQuestionnaire: (id, files) =>
          set((s) => ({
            customQuestionnaires: { ...s.customQuestionnaires, [id]: { ...files, loadedAt: now() } },
          })),
        removeCustomQuestionnaire: (id) =>
          set((s) => {
            const { [id]: _removed, ...rest } = s.customQuestionnaires;
            return { customQuestionnaires: rest };
          }),
      };
    },
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: persistStorage,
      partialize: (s): PersistedState => ({
        language: s.language,
        assessments: s.assessments,
        customQuestionnaires: s.customQuestionnaires,
      }),
      migrate: (persisted, version) => restore(persisted, version),
      // Also the current version is validated: a damaged entry must not break the app.
      merge: (persisted, current) =>
        persisted === undefined ? current : { ...current, ...restore(persisted, STORAGE_VERSION) },
    },
  ),
);
