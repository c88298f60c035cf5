import type { StateStorage } from 'zustand/middleware';
import type { StoredStateProblem } from '../engine/persisted-state';

/** What went wrong with the browser's storage, if anything. */
export type StorageProblem = null | 'blocked' | 'full';

let problem: StorageProblem = null;
const listeners = new Set<() => void>();

function report(p: StorageProblem) {
  if (problem === p) return;
  problem = p;
  listeners.forEach((l) => l());
}

/** Current storage problem (for useSyncExternalStore). */
export function getStorageProblem(): StorageProblem {
  return problem;
}

/** Subscribe to storage problems (for useSyncExternalStore). */
export function subscribeStorageProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
}

/**
 * localStorage wrapped so that a blocked or full storage never breaks the app: every call is
 * guarded, failures are reported (the UI warns and offers an export) and the app goes on in memory.
 */
export const safeLocalStorage: StateStorage = {
  getItem(name) {
    try {
      return window.localStorage.getItem(name);
    } catch {
      report('blocked');
      return null;
    }
  },
  setItem(name, value) {
    try {
      window.localStorage.setItem(name, value);
      if (problem) report(null);
    } catch (e) {
      report(isQuotaError(e) ? 'full' : 'blocked');
    }
  },
  removeItem(name) {
    try {
      window.localStorage.removeItem(name);
    } catch {
      report('blocked');
    }
  },
};

/** What happened to stored data the app could not take over as it was, as a code the UI words. */
export type RecoveryProblem =
  | StoredStateProblem
  | { code: 'droppedEntries'; count: number }
  | { code: 'reshaped' }
  | { code: 'damaged' }
  | { code: 'truncated' }
  | { code: 'unexpectedShape' };

/** Stored data the app could not take over as it was: what happened, and the copy kept of it. */
export interface Recovery {
  /** Each problem with the storage key under which the original was kept. */
  problems: { problem: RecoveryProblem; keptAs: string }[];
  /** The stored text as it was found, for download (also when no copy could be written). */
  copy: string;
}

let recovery: Recovery | null = null;
const recoveryListeners = new Set<() => void>();

/** Tells the person that stored data could not be taken over as it was, and keeps its copy at hand. */
export function reportRecovery(problem: RecoveryProblem, keptAs: string, copy: string): void {
  recovery = { problems: [...(recovery?.problems ?? []), { problem, keptAs }], copy: recovery?.copy ?? copy };
  recoveryListeners.forEach((l) => l());
}

/** The recovery so far (for useSyncExternalStore). */
export function getRecovery(): Recovery | null {
  return recovery;
}

/** Subscribe to recovery problems (for useSyncExternalStore). */
export function subscribeRecovery(listener: () => void): () => void {
  recoveryListeners.add(listener);
  return () => recoveryListeners.delete(listener);
}
