import { useEffect, useState } from 'react';
import { useStrings } from '../components/use-strings';

type UpdateFn = (reloadPage?: boolean) => Promise<void>;

/**
 * Registers the service worker once `enabled` (after the questionnaire chunk has loaded) and shows
 * its state: "offline bereit" once everything is cached, and "Update verfügbar" with a button when
 * a new version is waiting. The update is applied only when the person asks for it; every answer
 * is already saved, so nothing is lost.
 */
export function OfflineStatus({ enabled }: { enabled: boolean }) {
  const t = useStrings();
  const [offlineReady, setOfflineReady] = useState(false);
  const [update, setUpdate] = useState<UpdateFn | null>(null);

  useEffect(() => {
    if (!enabled || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
    // workbox-window loads with it: not needed before the first screen is up.
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const updateSW = registerSW({
        // The page has loaded by now: register right away instead of waiting for `load`.
        immediate: true,
        onOfflineReady: () => setOfflineReady(true),
        onNeedRefresh: () => setUpdate(() => updateSW),
        onRegisteredSW: (_url, registration) => {
          if (registration?.active) setOfflineReady(true);
        },
      });
    });
  }, [enabled]);

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
