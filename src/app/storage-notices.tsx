import { useEffect, useState, useSyncExternalStore } from 'react';
import { useStrings } from '../i18n/use-strings';
import {
  getRecovery,
  getStorageProblem,
  subscribeRecovery,
  subscribeStorageProblem,
} from '../store/safe-storage';
import { downloadText } from '../utils/download';
import { today } from '../engine/dates';

// The start screen written into index.html at build time knows no storage: nothing to report.
const noProblem = () => null;

/** The copy of damaged stored data, kept aside, with the problems found and a download. */
export function RecoveryNotice() {
  const t = useStrings();
  const recovery = useSyncExternalStore(subscribeRecovery, getRecovery, noProblem);
  if (!recovery) return null;
  return (
    <div className="warning-box" role="alert">
      {recovery.problems.map(({ problem, keptAs }, i) => (
        <p key={i}>{t.errors.recovery(problem, keptAs)}</p>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          downloadText(`digitalkompass-beschaedigte-daten-${today()}.json`, recovery.copy, 'application/json')
        }
      >
        {t.errors.downloadCopy}
      </button>
    </div>
  );
}

// The export code is not needed for the first screen. It is fetched as soon as a storage problem
// shows (the page has just been loaded, so the network is most likely there), not only on the
// click: with storage blocked there may be no offline copy either.
const loadBackup = () => import('../services/backup');

/** Storage full or blocked: what that means, and a download of everything now. */
export function StorageWarning() {
  const t = useStrings();
  const problem = useSyncExternalStore(subscribeStorageProblem, getStorageProblem, noProblem);
  const [saveFailed, setSaveFailed] = useState(false);
  useEffect(() => {
    if (problem) void loadBackup().catch(() => undefined);
  }, [problem]);
  if (!problem) return null;
  return (
    <div className="warning-box" role="alert">
      <strong>{t.errors.storageTitle}</strong>{' '}
      {problem === 'full' ? t.errors.storageFull : t.errors.storageBlocked} {t.errors.storage}{' '}
      <button
        type="button"
        className="button"
        onClick={() =>
          void loadBackup().then(
            ({ exportAllText }) => {
              setSaveFailed(false);
              downloadText(`digitalkompass-sicherung-${today()}.json`, exportAllText(), 'application/json');
            },
            () => setSaveFailed(true),
          )
        }
      >
        {t.errors.saveNow}
      </button>
      {saveFailed && <p>{t.errors.saveFailed}</p>}
    </div>
  );
}
