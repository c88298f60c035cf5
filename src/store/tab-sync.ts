import { STAMP_KEY, STORAGE_KEY, useAssessmentStore } from './assessment-store';
import { readJournal } from './crash-journal';
import { safeLocalStorage } from './safe-storage';

/**
 * Another tab of the app saved a change: reload the stored state so this tab shows it and never
 * writes back an older copy over it. Every change is saved at once, so the newest write wins and
 * each tab works on top of it. Calls `onChange` so the UI can say what happened.
 */
export function watchOtherTabs(onChange: () => void): () => void {
  const listener = (e: StorageEvent) => {
    if (e.key !== STORAGE_KEY || e.newValue === null) return;
    void useAssessmentStore.persist.rehydrate();
    onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/**
 * At start: when the crash journal holds a later save than localStorage (the browser was killed
 * before it wrote localStorage to disk), that save is put back and the store reloads it. The
 * questionnaire follows as it does for a change from another tab.
 */
export async function restoreNewerJournal(): Promise<boolean> {
  const journal = await readJournal();
  if (!journal) return false;
  const local = Number(safeLocalStorage.getItem(STAMP_KEY) ?? 0) || 0;
  if (journal.stamp <= local) return false;
  safeLocalStorage.setItem(STORAGE_KEY, journal.raw);
  safeLocalStorage.setItem(STAMP_KEY, String(journal.stamp));
  await useAssessmentStore.persist.rehydrate();
  return true;
}
