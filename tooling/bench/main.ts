/**
 * `npm run bench`: builds the app, a bare React + SurveyJS baseline (tooling/bench/baseline) and a
 * reference with the same steps before the first question (tooling/bench/baseline-steps) with the
 * same Vite config, measures them in headless Chromium and the engine in Node, prints a table and
 * writes it with the machine it ran on to docs/benchmarks.md.
 *
 * Not a test: a missed target is printed with ✗ and the exit code stays 0. It exits 1 only when the
 * benchmark itself cannot run (build fails, no Chromium, a page does not reach its state).
 *
 * Environment: BENCH_RUNS (default 9 runs per page), BENCH_LIGHTHOUSE_RUNS (default 3, 0 leaves
 * Lighthouse out), CHROME_PATH (default /usr/bin/chromium).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { QuestionnairePackage } from '../../src/engine/questionnaire-package.ts';
import { loadQuestionnaireDir } from '../questionnaire-files.ts';
import { baselineTypingCost, typingCost, type TypingResult, type TypingRounds } from './answer-cost.ts';
import { launchBrowser } from './browser.ts';
import { LIGHTHOUSE_RUNS, lighthouseBench } from './lighthouse.ts';
import { buildAll, stepsFixture, type BuildDirs } from './builds.ts';
import { aggregateBench, completeAnswers, engineBench } from './engine.ts';
import { appLoad, appRepeat, baselineLoad, type LoadRun, type RepeatRun } from './page-loads.ts';
import { regionLoad, writeRegionFiles } from './region-load.ts';
import { writeReport } from './report.ts';
import { firstQuestionBreakdown, resultRows, type Measurements } from './results.ts';
import {
  AGGREGATE_COUNT,
  CPU_SLOWDOWN,
  log,
  REGION_RUNS,
  ROOT,
  RUNS,
  START_HEADING,
  TYPING_ROUNDS,
  TYPING_SLOW_CLICKS,
} from './settings.ts';
import { staticLoad, staticRepeat, writeStaticPage, type StaticRepeat } from './static-page.ts';
import { staticTypingCost } from './static-questions.ts';
import { serve } from './static-server.ts';

async function main() {
  const began = performance.now();
  const loadBefore = loadavg()[0] ?? NaN;
  const loaded = loadQuestionnaireDir(join(ROOT, 'questionnaires/bayern-kommunen'), ROOT);
  if (!loaded.ok) throw new Error(`Fragebogen ungültig:\n${loaded.errors.join('\n')}`);
  const pkg = loaded.value;

  const work = mkdtempSync(join(tmpdir(), 'digitalkompass-bench-'));
  try {
    const dirs = {
      app: join(work, 'app'),
      baseline: join(work, 'baseline'),
      steps: join(work, 'baseline-steps'),
    };
    const baselineConfig = await buildAll(dirs, stepsFixture(pkg));
    const staticDir = join(work, 'static');
    writeStaticPage(dirs.app, staticDir, START_HEADING);
    const swFiles = readdirSync(dirs.app).filter((f) => /^(sw|service-worker|registerSW)\.js$/.test(f));
    const { measurements, chromiumVersion, swActive } = await measure(
      pkg,
      dirs,
      staticDir,
      join(work, 'static-questions'),
    );
    writeReport(measurements, resultRows(measurements), firstQuestionBreakdown(measurements), {
      baselineConfig,
      swActive,
      swFiles,
      chromiumVersion,
      answerCount: Object.keys(completeAnswers(pkg)).length,
      loadBefore,
      durationS: (performance.now() - began) / 1000,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Runs each measurement once per round, `rounds` times, each round starting one further along: the
 * one that went second in the round before goes first, so each takes each place about equally often.
 */
async function inTurn(rounds: number, runs: (() => Promise<unknown>)[]) {
  for (let i = 0; i < rounds; i++)
    for (let k = 0; k < runs.length; k++) await runs[(i + k) % runs.length]?.();
}

/**
 * Runs every measurement on the three builds: the engine first, then the pages in one browser.
 * `staticDir` holds the static start page, `questionsDir` receives the static field pages.
 */
async function measure(pkg: QuestionnairePackage, dirs: BuildDirs, staticDir: string, questionsDir: string) {
  log('Engine in Node …');
  const engine = engineBench(pkg);
  const aggregate = await aggregateBench(pkg);

  const app = await serve(dirs.app);
  const base = await serve(dirs.baseline);
  const ref = await serve(dirs.steps);
  const still = await serve(staticDir);
  const browser = await launchBrowser();
  const chromiumVersion = browser.version();
  const appRuns: LoadRun[] = [];
  const baseRuns: LoadRun[] = [];
  const refRuns: LoadRun[] = [];
  const repeatRuns: RepeatRun[] = [];
  const staticRuns: number[] = [];
  const staticRepeats: StaticRepeat[] = [];
  let swActive = true;
  try {
    log(`Seitenaufrufe: 1 Aufwärmlauf + ${RUNS} Läufe je Seite, CPU ×${CPU_SLOWDOWN}, abwechselnd …`);
    await appLoad(browser, app);
    await baselineLoad(browser, base);
    await appLoad(browser, ref);
    await staticLoad(browser, still);
    // In turn, each page in each place about equally often.
    const loads = [
      () => appLoad(browser, app).then((r) => appRuns.push(r)),
      () => baselineLoad(browser, base).then((r) => baseRuns.push(r)),
      () => appLoad(browser, ref).then((r) => refRuns.push(r)),
      () => staticLoad(browser, still).then((r) => staticRuns.push(r)),
    ];
    await inTurn(RUNS, loads);
    log('Wiederholter Besuch (Service Worker) …');
    for (let i = 0; i < RUNS && swActive; i++) {
      const r = await appRepeat(browser, app);
      if (r) repeatRuns.push(r);
      else swActive = false;
      staticRepeats.push(await staticRepeat(browser, still));
    }
    log(
      `Antwortänderungen von App und Referenz (CPU ×1, ganzer Fragebogen, ${TYPING_ROUNDS} Runden im Wechsel) …`,
    );
    // The reference: the same questions in SurveyJS alone, in turn with the app as the page loads
    // above (inTurn).
    const appClicks: TypingResult[] = [];
    const refClicks: TypingResult[] = [];
    const clickRuns = [
      () => typingCost(browser, app, pkg, 1).then((r) => appClicks.push(r)),
      () => typingCost(browser, ref, pkg, 1, { kind: 'reference' }).then((r) => refClicks.push(r)),
    ];
    await inTurn(TYPING_ROUNDS, clickRuns);
    const typingRounds: TypingRounds = appClicks.map((a, i) => {
      const r = refClicks[i];
      if (!r) throw new Error(`Antwortänderungen: Runde ${i + 1} der Referenz fehlt`);
      return { app: a, ref: r };
    });
    log('Antwortänderungen der statischen Kopie der Seiten (Grenze, CPU ×1) …');
    const typingStatic = await staticTypingCost(browser, app, dirs.app, pkg, questionsDir);
    log('Antwortänderungen der Baseline (CPU ×1) …');
    const typingBase = await baselineTypingCost(browser, base, typingRounds[0]?.app.clicks.length ?? 0);
    log(`Antwortänderungen (CPU ×${CPU_SLOWDOWN}, die ersten ${TYPING_SLOW_CLICKS} Fragen) …`);
    const typing4 = await typingCost(browser, app, pkg, CPU_SLOWDOWN, { kind: 'app' }, TYPING_SLOW_CLICKS);
    log(`Regionale Übersicht aus ${AGGREGATE_COUNT} Dateien (CPU ×1, ${REGION_RUNS} Läufe) …`);
    const regionFiles = writeRegionFiles(pkg);
    const region = [];
    try {
      for (let i = 0; i < REGION_RUNS; i++) region.push(await regionLoad(browser, app, regionFiles.paths));
    } finally {
      regionFiles.remove();
    }

    // Last, with the page measurements done: Lighthouse starts Chromium processes of its own.
    const lighthouse = LIGHTHOUSE_RUNS > 0 ? await lighthouseBench(app.url, base.url) : null;

    // The service worker's precache list (workbox: `{url:"…",revision:…}` in sw.js).
    const sw = join(dirs.app, 'sw.js');
    const swSource = existsSync(sw) ? readFileSync(sw, 'utf8') : '';
    const precache = [...swSource.matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1] ?? '');
    const precacheBytes = precache.reduce((n, url) => n + app.wireBytes(`/${url.replace(/^\//, '')}`), 0);
    const measurements: Measurements = {
      appRuns,
      baseRuns,
      refRuns,
      repeatRuns,
      staticRuns,
      staticRepeats,
      lighthouse,
      engine,
      aggregate,
      precache: { files: precache.length, bytes: precacheBytes },
      typingBase,
      typingRounds,
      typingStatic,
      typing4,
      region,
    };
    return { measurements, chromiumVersion, swActive };
  } finally {
    await browser.close();
    await app.close();
    await base.close();
    await ref.close();
    await still.close();
  }
}

main().catch((e: unknown) => {
  console.error(`[bench] Benchmark konnte nicht laufen: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
  process.exit(1);
});
