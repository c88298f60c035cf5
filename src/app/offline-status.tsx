import { useEffect, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { useStrings } from '../components/use-strings';

type UpdateFn = (reloadPage?: boolean) => Promise<void>;

/**
 * Registers the service worker and shows its state: "offline bereit" once everything is cached,
 * and "Update verfügbar" with a button when a new version is waiting. The update is applied only
 * when the person asks for it; every answer is already saved, so nothing is lost.
 */
export function OfflineStatus() {
  const t = useStrings();
  const [offlineReady, setOfflineReady] = useState(false);
  const [update, setUpdate] = useState<UpdateFn | null>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
    const updateSW = registerSW({
      onOfflineReady: () => setOfflineReady(true),
      onNeedRefresh: () => setUpdate(() => updateSW),
      onRegisteredSW: (_url, registration) => {
        if (registration?.active) setOfflineReady(true);
      },
    });
  }, []);

  return (
    <>
      {offlineReady && !update && (
        <span className="offline-badge" role="status">
          {t.offline.ready}
        </span>
      )}
      {update && (
        <div className="update-banner" role="alert">
          {t.offline.updateAvailable}{' '}
          <button type="button" className="button" onClick={() => void update(true)}>
            {t.offline.updateNow}
          </button>
        </div>
      )}
    </>
  );
}
