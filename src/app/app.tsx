import { lazy, Suspense, use, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { ownValue, type AssessmentRecord } from '../engine/assessment';
import type { MunicipalityKind } from '../engine/questionnaire-schema';
import { downloadText } from '../components/download';
import { PackageGate, QuestionnaireGate } from '../components/package-gate';
import { useErrorStrings } from '../components/use-error-strings';
import { routeHref, useRoute } from '../components/route';
import { whenIdle } from '../components/when-idle';
import { useLanguage, useStrings } from '../components/use-strings';
import { ProfileForm } from '../features/profile/profile-form';
import { StartScreen } from '../features/start/start-screen';
import { useAssessmentStore } from '../store/assessment-store';
import { loadedStrings, loadStrings } from '../i18n/strings';
import { BUILT_IN_META, DEFAULT_QUESTIONNAIRE_ID, loadQuestionnaire } from '../store/questionnaire-catalog';
import {
  getRecovery,
  getStorageProblem,
  subscribeRecovery,
  subscribeStorageProblem,
} from '../store/safe-storage';
import type { CurrentFit } from '../store/questionnaire-migrations';
import { restoreNewerJournal, watchOtherTabs } from '../store/tab-sync';
import { operatorFromBrowser, warmOperatorCache } from '../features/legal/operator-source';
import { OfflineStatus } from './offline-status';
import { ScreenBoundary } from './screen-boundary';

// SurveyJS is large: it loads only when the questionnaire opens, and is prefetched once the start
// screen is shown so that opening the questionnaire is quick.
type QuestionnaireModule = typeof import('../features/questionnaire/questionnaire-screen');
let questionnaireModule: QuestionnaireModule | null = null;
const loadQuestionnaireCode = () =>
  import('../features/questionnaire/questionnaire-screen').then((m) => (questionnaireModule = m));
const LazyQuestionnaireScreen = lazy(loadQuestionnaireCode);
// Once the prefetch has loaded the code, the screen is rendered directly: `lazy` would still
// suspend once, show the fallback and render the questions in a second, time-sliced pass, which
// on an old laptop keeps the first question away for a few hundred milliseconds more.
const QuestionnaireScreen: QuestionnaireModule['default'] = (props) => {
  const Loaded = questionnaireModule?.default ?? LazyQuestionnaireScreen;
  return <Loaded {...props} />;
};
/**
 * The default questionnaire's file (loaded and checked once, then cached) and SurveyJS's code, in
 * the background; resolves when the code is there.
 */
const prefetchQuestions = () => {
  void loadQuestionnaire(DEFAULT_QUESTIONNAIRE_ID);
  return loadQuestionnaireCode();
};
/** While a new assessment's profile is filled in: build its first field's questions. */
const prepareQuestions = (id: string, kind: MunicipalityKind) =>
  whenIdle(
    () =>
      void Promise.all([loadQuestionnaireCode(), loadQuestionnaire(id)]).then(([m, q]) => {
        if (q.ok) m.prepareFirstField(q.value, kind, useAssessmentStore.getState().language);
      }),
  );
const QuestionnairesScreen = lazy(() =>
  import('../features/questionnaires/questionnaires-screen').then((m) => ({
    default: m.QuestionnairesScreen,
  })),
);
// Every other screen but the start and profile screens is loaded when first opened.
const AssessmentList = lazy(() =>
  import('../features/list/assessment-list').then((m) => ({ default: m.AssessmentList })),
);
const CompareScreen = lazy(() =>
  import('../features/compare/compare-screen').then((m) => ({ default: m.CompareScreen })),
);
const ConsolidateScreen = lazy(() =>
  import('../features/consolidate/consolidate-screen').then((m) => ({ default: m.ConsolidateScreen })),
);
const DataScreen = lazy(() =>
  import('../features/data/data-screen').then((m) => ({ default: m.DataScreen })),
);
const ExplainScreen = lazy(() =>
  import('../features/explain/explain-screen').then((m) => ({ default: m.ExplainScreen })),
);
const PrintView = lazy(() => import('../features/print/print-view').then((m) => ({ default: m.PrintView })));
const RegionScreen = lazy(() =>
  import('../features/region/region-screen').then((m) => ({ default: m.RegionScreen })),
);
const LegalScreen = lazy(() =>
  import('../features/legal/legal-screen').then((m) => ({ default: m.LegalScreen })),
);
const OperatorScreen = lazy(() =>
  import('../features/legal/legal-screen').then((m) => ({ default: m.OperatorScreen })),
);
const ResultsScreen = lazy(() =>
  import('../features/results/results-screen').then((m) => ({ default: m.ResultsScreen })),
);

function AssessmentRoute({ id, children }: { id: string; children: (a: AssessmentRecord) => ReactNode }) {
  const t = useStrings();
  const a = useAssessmentStore((s) => ownValue(s.assessments, id));
  if (!a) return <p role="alert">{t.errors.notFound}</p>;
  // Made with an older version of a built-in questionnaire: carry the answers over first.
  const current = ownValue(BUILT_IN_META, a.questionnaireId)?.version;
  if (current && a.questionnaireVersion !== current)
    return (
      <Suspense fallback={<p role="status">{t.loading}</p>}>
        <CarryOver record={a} />
      </Suspense>
    );
  return <>{children(a)}</>;
}

// One carry-over per stored assessment and version, for React's `use`. Its code loads only when
// an assessment of an older questionnaire version is opened.
const carryOvers = new Map<string, Promise<CurrentFit>>();

/** Carries a stored assessment over to the current questionnaire version and stores the result. */
function CarryOver({ record }: { record: AssessmentRecord }) {
  const t = useStrings();
  const key = `${record.id}@${record.questionnaireVersion}`;
  let promise = carryOvers.get(key);
  if (!promise) {
    promise = import('../store/questionnaire-migrations').then((m) => m.fitToCurrentVersion(record));
    carryOvers.set(key, promise);
  }
  const result = use(promise);
  const m = useErrorStrings();
  useEffect(() => {
    if (result.ok) useAssessmentStore.getState().applyUpgrade(record.id, result.record);
  }, [result, record.id]);
  if (result.ok) return <p role="status">{result.notice ? m.carryOver(result.notice) : t.loading}</p>;
  return (
    <section className="error-box" role="alert" aria-labelledby="carry-over-errors">
      <h2 id="carry-over-errors">{t.errors.questionnaireTitle}</h2>
      <ul>
        {'errors' in result
          ? result.errors.map((e, i) => <li key={i}>{m.mismatch(e)}</li>)
          : result.questionnaire.map((e, i) => <li key={i}>{m.questionnaireProblem(e)}</li>)}
      </ul>
    </section>
  );
}

function Screen() {
  const route = useRoute();
  const t = useStrings();
  switch (route.name) {
    case 'start':
      return <StartScreen />;
    case 'notFound':
      return <p role="alert">{t.errors.notFound}</p>;
    case 'list':
      return <AssessmentList />;
    case 'compare':
      return <CompareScreen />;
    case 'consolidate':
      return <ConsolidateScreen />;
    case 'region':
      return <RegionScreen />;
    case 'data':
      return <DataScreen />;
    case 'imprint':
    case 'privacy':
    case 'accessibility':
      return <LegalScreen key={route.name} page={route.name} />;
    case 'operator':
      return <OperatorScreen />;
    case 'explain':
      return (
        <AssessmentRoute id={route.id}>
          {(a) => (
            <PackageGate id={a.questionnaireId}>
              {(pkg) => <ExplainScreen pkg={pkg} assessment={a} />}
            </PackageGate>
          )}
        </AssessmentRoute>
      );
    case 'print':
      return (
        <AssessmentRoute id={route.id}>
          {(a) => (
            <PackageGate id={a.questionnaireId}>
              {(pkg) => <PrintView pkg={pkg} assessment={a} />}
            </PackageGate>
          )}
        </AssessmentRoute>
      );
    case 'new': {
      const id = route.questionnaire ?? DEFAULT_QUESTIONNAIRE_ID;
      const onKindChosen = (kind: MunicipalityKind) => prepareQuestions(id, kind);
      // A built-in questionnaire's title and version are in the start file: the form shows at
      // once, while the questionnaire file may still be loading. One loaded from a file is
      // checked first.
      const meta = ownValue(BUILT_IN_META, id);
      if (meta) return <ProfileForm key={id} questionnaire={meta} onKindChosen={onKindChosen} />;
      return (
        <QuestionnaireGate id={id}>
          {(q) => <ProfileForm key={q.id} questionnaire={q} onKindChosen={onKindChosen} />}
        </QuestionnaireGate>
      );
    }
    case 'questionnaires':
      return <QuestionnairesScreen />;
    case 'profile':
      return (
        <AssessmentRoute id={route.id}>
          {(a) => (
            <QuestionnaireGate id={a.questionnaireId}>
              {(q) => <ProfileForm questionnaire={q} assessmentId={a.id} />}
            </QuestionnaireGate>
          )}
        </AssessmentRoute>
      );
    case 'questions':
      return (
        <AssessmentRoute id={route.id}>
          {(a) =>
            a.profile ? (
              <QuestionnaireGate id={a.questionnaireId}>
                {(q) => (
                  <Suspense fallback={<p role="status">{t.loading}</p>}>
                    <QuestionnaireScreen questionnaire={q} assessment={a} />
                  </Suspense>
                )}
              </QuestionnaireGate>
            ) : (
              <QuestionnaireGate id={a.questionnaireId}>
                {(q) => <ProfileForm questionnaire={q} assessmentId={a.id} />}
              </QuestionnaireGate>
            )
          }
        </AssessmentRoute>
      );
    case 'results':
      return (
        <AssessmentRoute id={route.id}>
          {(a) => (
            <PackageGate id={a.questionnaireId}>
              {(pkg) => <ResultsScreen pkg={pkg} assessment={a} />}
            </PackageGate>
          )}
        </AssessmentRoute>
      );
  }
}

function RecoveryNotice() {
  const t = useStrings();
  const recovery = useSyncExternalStore(subscribeRecovery, getRecovery);
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
          downloadText(
            `digitalkompass-beschaedigte-daten-${new Date().toISOString().slice(0, 10)}.json`,
            recovery.copy,
            'application/json',
          )
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
const loadBackup = () => import('../store/backup');

function StorageWarning() {
  const t = useStrings();
  const problem = useSyncExternalStore(subscribeStorageProblem, getStorageProblem);
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
              downloadText(
                `digitalkompass-sicherung-${new Date().toISOString().slice(0, 10)}.json`,
                exportAllText(),
                'application/json',
              );
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

/** The app shell: header with language switch, storage warning, the current screen. */
export function App() {
  const t = useStrings();
  const language = useLanguage();
  const setLanguage = useAssessmentStore((s) => s.setLanguage);
  const route = useRoute();
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
    document.title = t.appName;
  }, [language, t.appName]);

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

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route.name]);

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
          <span className="brand-name">{t.appName}</span>
          <span className="brand-tagline">{t.appTagline}</span>
        </a>
        <nav className="app-nav" aria-label={t.mainNav}>
          <a href={routeHref({ name: 'start' })}>{t.navStart}</a>
          <a href={routeHref({ name: 'list' })}>{t.navList}</a>
          <a href={routeHref({ name: 'compare' })}>{t.navCompare}</a>
          <a href={routeHref({ name: 'consolidate' })}>{t.navConsolidate}</a>
          <a href={routeHref({ name: 'region' })}>{t.navRegion}</a>
          <a href={routeHref({ name: 'questionnaires' })}>{t.navQuestionnaires}</a>
          <a href={routeHref({ name: 'data' })}>{t.navData}</a>
          <button
            type="button"
            className="button lang-switch"
            lang={language === 'de' ? 'en' : 'de'}
            aria-label={t.switchLanguageLabel}
            onClick={() => {
              const next = language === 'de' ? 'en' : 'de';
              // The English texts are a chunk of their own: switch once they are there.
              void loadStrings(next).then((loaded) => {
                if (loaded === loadedStrings(next)) setLanguage(next);
              });
            }}
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
        <ScreenBoundary key={window.location.hash} t={t}>
          <Suspense fallback={<p role="status">{t.loading}</p>}>
            <Screen />
          </Suspense>
        </ScreenBoundary>
      </main>
      <footer className="app-footer no-print">
        <nav aria-label={t.legal.nav}>
          <a href={routeHref({ name: 'imprint' })}>{t.legal.imprint}</a>
          <a href={routeHref({ name: 'privacy' })}>{t.legal.privacy}</a>
          <a href={routeHref({ name: 'accessibility' })}>{t.legal.accessibility}</a>
          {operatorFromBrowser() && <a href={routeHref({ name: 'operator' })}>{t.legal.operator}</a>}
        </nav>
      </footer>
    </>
  );
}
