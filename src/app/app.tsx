import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLanguage, useStrings } from '../i18n/use-strings';
import { FOOTER_ROUTES, NAV_ROUTES, routeHref } from '../router/routes';
import { useHash, useRoute } from '../router/use-route';
import { restoreNewerJournal, watchOtherTabs } from '../store/tab-sync';
import { useOperatorFromBrowser, warmOperatorCache } from '../features/legal/operator-source';
import { whenIdle } from '../utils/when-idle';
import { useBrand } from './brand';
import { switchLanguage } from './language-switch';
import { OfflineStatus } from './offline-status';
import { prefetchQuestions } from './questionnaire-code';
import { ScreenBoundary } from './screen-boundary';
import { Screen } from './screens';
import { RecoveryNotice, StorageWarning } from './storage-notices';

/**
 * A new screen opens at its top. Not on the first render: that takes over the screen written into
 * the page (hydration), which the person may already have scrolled, and a passive effect of the
 * hydration ran only when their next click arrived (React flushes pending effects before a
 * discrete event): the page jumped to the top between mouse down and mouse up, and the click on
 * "Weiter zu den Fragen" was lost (3 of 80 bench runs). A layout effect runs in the commit that
 * shows the screen, before it is painted and before anyone can scroll it.
 */
function useTopOfNewScreen(screen: string) {
  const shown = useRef(screen);
  useLayoutEffect(() => {
    if (shown.current === screen) return;
    shown.current = screen;
    window.scrollTo(0, 0);
  }, [screen]);
}

/** The app shell: header with language switch, storage warning, the current screen. */
export function App() {
  const t = useStrings();
  const language = useLanguage();
  const route = useRoute();
  const brand = useBrand(route);
  const hash = useHash();
  const fromFile = useOperatorFromBrowser();
  const [otherTab, setOtherTab] = useState(false);
  // The service worker's offline copy (all chunks, about 700 KB gzip) is fetched once nobody is
  // waiting for the questions: after the questionnaire code has loaded, and only when the person
  // has left the start and profile screens or 10 seconds later. On a slow network the questions
  // come first.
  const [codeLoaded, setCodeLoaded] = useState(false);
  const [waited, setWaited] = useState(false);
  const onTheWay = route.name === 'start' || route.name === 'new';
  useEffect(() => {
    if (!codeLoaded) return;
    const timer = window.setTimeout(() => setWaited(true), 10_000);
    return () => window.clearTimeout(timer);
  }, [codeLoaded]);

  useEffect(() => watchOtherTabs(() => setOtherTab(true)), []);

  // Answers saved just before a crash may be only in the crash journal: take them back.
  useEffect(() => void restoreNewerJournal(), []);

  // The legal pages must work offline: once the service worker is active, keep betreiber.json.
  useEffect(() => warmOperatorCache(), []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = brand.name;
  }, [language, brand.name]);

  useEffect(() => {
    // While the start screen is shown, in a quiet moment, but within half a second even if the
    // page never is quiet: someone who clicks "Neue Bewertung beginnen" at once keeps the browser
    // busy, and the download then only began after "Weiter zu den Fragen" (Chromium trace, CPU ×4).
    whenIdle(() => void prefetchQuestions().finally(() => setCodeLoaded(true)), 500);
  }, []);

  useEffect(() => {
    // The profile form is the last step before the questions: fetch them now at the latest.
    if (route.name === 'new') void prefetchQuestions().finally(() => setCodeLoaded(true));
  }, [route.name]);

  useTopOfNewScreen(route.name);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}
      >
        {t.skipToContent}
      </a>
      <header className="app-header">
        <a className="brand" href={routeHref({ name: 'start' })}>
          <span className="brand-name">{brand.name}</span>
          {brand.tagline && <span className="brand-tagline">{brand.tagline}</span>}
        </a>
        <nav className="app-nav" aria-label={t.mainNav}>
          {NAV_ROUTES.map(({ name, label }) => (
            <a key={name} href={routeHref({ name })}>
              {t[label]}
            </a>
          ))}
          <button
            type="button"
            className="button lang-switch"
            lang={language === 'de' ? 'en' : 'de'}
            aria-label={t.switchLanguageLabel}
            onClick={switchLanguage}
          >
            {t.switchLanguage}
          </button>
        </nav>
      </header>
      <OfflineStatus enabled={codeLoaded && (waited || !onTheWay)} />
      <StorageWarning />
      <RecoveryNotice />
      {otherTab && (
        <div className="warning-box" role="status">
          {t.errors.otherTab}{' '}
          <button type="button" className="link-button" onClick={() => setOtherTab(false)}>
            {t.errors.dismiss}
          </button>
        </div>
      )}
      <main id="main" tabIndex={-1}>
        <ScreenBoundary key={hash} t={t}>
          <Suspense fallback={<p role="status">{t.loading}</p>}>
            <Screen />
          </Suspense>
        </ScreenBoundary>
      </main>
      <footer className="app-footer no-print">
        <nav aria-label={t.legal.nav}>
          {FOOTER_ROUTES.map(({ name, label }) =>
            // The operator form is for whoever runs the app from a file, not for a hosted copy.
            name === 'operator' && !fromFile ? null : (
              <a key={name} href={routeHref({ name })}>
                {t.legal[label]}
              </a>
            ),
          )}
        </nav>
      </footer>
    </>
  );
}
