import { STORAGE_KEY, useAssessmentStore } from './assessment-store';

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
