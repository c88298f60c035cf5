import { useEffect, useRef, useState } from 'react';
import { useStrings } from '../i18n/use-strings';
import { whenIdle } from '../utils/when-idle';

type UpdateFn = (reloadPage?: boolean) => Promise<void>;

/**
 * Registers the service worker the first time `enabled` is true (see App) and shows its state:
 * "offline bereit" once everything is cached, and "Update verfügbar" with a button when a new
 * version is waiting. The update is applied only when the person asks for it; every answer
 * is already saved, so nothing is lost.
 */
export function OfflineStatus({ enabled }: { enabled: boolean }) {
  const t = useStrings();
  const [offlineReady, setOfflineReady] = useState(false);
  const [update, setUpdate] = useState<UpdateFn | null>(null);

  const registered = useRef(false);

  useEffect(() => {
    // Once: `enabled` may turn false again (back on the start screen) and true once more.
    if (!enabled || registered.current) return;
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
    const register = () => {
      if (registered.current) return;
      registered.current = true;
      // workbox-window loads with it: not needed before the screen is up.
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
    };
    // Two seconds on, when the browser is idle: the screen that was just opened (the first
    // questions take about a second to draw on an old laptop) comes before the worker's install.
    // React draws in slices, so an idle moment alone can fall in the middle of that screen.
    const timer = window.setTimeout(() => whenIdle(register), 2000);
    return () => window.clearTimeout(timer);
  }, [enabled]);

  return (
    <>
      {/* Always there, empty until ready: its line is reserved, so the page does not jump when the
          message appears (the worker registers while someone may be answering), and screen
          readers announce the change of an existing status region. */}
      <span className="offline-badge" role="status">
        {offlineReady && !update ? t.offline.ready : ''}
      </span>
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
