/**
 * `npm run bench`: builds the app, a bare React + SurveyJS baseline (bench/baseline) and a reference
 * with the same steps before the first question (bench/baseline-steps) with the same Vite config,
 * measures them in headless Chromium and the engine in Node, prints a table and writes it with the
 * machine it ran on to docs/benchmarks.md.
 *
 * Not a test: a missed target is printed with ✗ and the exit code stays 0. It exits 1 only when the
 * benchmark itself cannot run (build fails, no Chromium, a page does not reach its state).
 *
 * Environment: BENCH_RUNS (default 9 runs per page), CHROME_PATH (default /usr/bin/chromium).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, loadConfigFromFile, type PluginOption } from 'vite';
import type { Answers, AnswerValue } from '../src/engine/assessment.ts';
import { computeGaps } from '../src/engine/gaps.ts';
import type { QuestionnairePackage } from '../src/engine/questionnaire-package.ts';
import type { MunicipalityKind, Question } from '../src/engine/questionnaire-schema.ts';
import { matchRecommendations } from '../src/engine/recommend.ts';
import { scoreAssessment, visibleQuestions } from '../src/engine/score.ts';
import { toSurveyJson, type SurveyJson } from '../src/engine/to-survey-json.ts';
import { de } from '../src/i18n/strings.ts';
import type { StepsFixture } from '../bench/baseline-steps/fixture.ts';
import { loadQuestionnaireDir } from './questionnaire-files.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE_ROOT = join(ROOT, 'bench/baseline');
const BASELINE_DIST = join(ROOT, 'bench/dist-baseline');
const STEPS_ROOT = join(ROOT, 'bench/baseline-steps');
const STEPS_DIST = join(ROOT, 'bench/dist-baseline-steps');
const REPORT = join(ROOT, 'docs/benchmarks.md');
// 9: the three pages take turns, so each is first, second and third equally often (3 times each).
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 9));
const CPU_SLOWDOWN = 4;
const KIND: MunicipalityKind = 'gemeinde';
const START_HEADING = de.start.title;
const AGGREGATE_COUNT = 2056;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity);
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (x: number) => `${x.toFixed(2)} ×`;
const log = (msg: string) => console.log(`[bench] ${msg}`);

// ---------------------------------------------------------------------------------------------
// Builds

async function pluginNames(options: PluginOption[]): Promise<string[]> {
  const names: string[] = [];
  for (const option of options) {
    const p = await option;
    if (Array.isArray(p)) names.push(...(await pluginNames(p)));
    else if (p) names.push(p.name);
  }
  return names;
}

/**
 * Builds the app into `appOut`, the baseline into bench/dist-baseline and the reference with the
 * steps into bench/dist-baseline-steps, all with vite.config.ts.
 * The app goes to a private folder, not dist/: `npm test` or `npm run build` elsewhere rebuild
 * dist/ and would swap the files while they are being measured.
 */
async function buildAll(
  appOut: string,
  steps: { fixture: StepsFixture; pages: SurveyJson['pages'] },
): Promise<string> {
  const configFile = join(ROOT, 'vite.config.ts');
  // The Vite API (not `npm run build`): the benchmark measures the bundle, and a type error in a
  // file someone is editing should not stop it. `npm test` still gates the build on `tsc -b`.
  log('Build der App (vite build) …');
  await build({ configFile, root: ROOT, logLevel: 'warn', build: { outDir: appOut, emptyOutDir: true } });

  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, configFile);
  if (!loaded) throw new Error('vite.config.ts konnte nicht geladen werden');
  const names = await pluginNames(loaded.config.plugins ?? []);
  // The app's config has a PWA plugin: it would add a service worker, manifest and precache to
  // the baseline, which is not "bare React + SurveyJS". So the baseline gets the same base and
  // build options with only the react() plugin.
  const withoutPwa = names.some((n) => /pwa|workbox/i.test(n));
  const buildFixture = (root: string, outDir: string, define?: Record<string, string>) =>
    withoutPwa
      ? build({
          configFile: false,
          root,
          base: loaded.config.base,
          plugins: [react()],
          define,
          logLevel: 'warn',
          build: { ...loaded.config.build, outDir, emptyOutDir: true },
        })
      : build({ configFile, root, define, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  log('Build der Baseline (bench/baseline) …');
  await buildFixture(BASELINE_ROOT, BASELINE_DIST);
  log('Build der Referenz mit den Schritten (bench/baseline-steps) …');
  await buildFixture(STEPS_ROOT, STEPS_DIST, {
    BENCH_STEPS: JSON.stringify(steps.fixture),
    BENCH_PAGES: JSON.stringify(steps.pages),
  });
  return withoutPwa
    ? "vite.config.ts ohne PWA-Plugin (configFile: false, react() und dieselben build-Optionen; ohne die Plugins der App wie Kompilierhinweise und die Auswahl aus SurveyJS' Stylesheet: die Baseline ist der nackte Stack)"
    : 'vite.config.ts (root: bench/baseline bzw. bench/baseline-steps)';
}

/**
 * What bench/baseline-steps shows, from the app's own questionnaire and German texts: the same
 * start link, the same profile fields and options (so the same key presses choose them) and the
 * app's first question for this kind of municipality; and at `#/alle` all of its questions.
 */
function stepsFixture(pkg: QuestionnairePackage): { fixture: StepsFixture; pages: SurveyJson['pages'] } {
  const { pages } = toSurveyJson(pkg.questionnaire, de.survey, KIND);
  return { fixture: stepsTexts(pages), pages };
}

function stepsTexts(pages: SurveyJson['pages']): StepsFixture {
  const question = pages[0]?.elements[0];
  if (!question) throw new Error(`Der Fragebogen hat keine Frage für ${KIND}`);
  const p = de.profile;
  return {
    heading: de.start.title,
    startLabel: de.start.newAssessment,
    profileTitle: p.title,
    submitLabel: p.submit,
    labels: {
      municipality: p.municipality,
      kind: p.kind,
      regierungsbezirk: p.regierungsbezirk,
      population: p.population,
      role: p.role,
      date: p.date,
    },
    choose: p.choose,
    options: { kind: de.kinds, regierungsbezirk: de.bezirke, population: de.populations },
    question,
  };
}

// ---------------------------------------------------------------------------------------------
// Static server: gzip like a typical web server, `no-cache` so a repeat visit without a service
// worker would go back to the network.

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

interface StaticServer {
  url: string;
  close: () => Promise<void>;
  /** Bytes this server sends for a path with gzip: status line, headers and body. */
  wireBytes: (pathname: string) => number;
}

function serve(dir: string): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  /** The file for a URL path, or an HTTP status when there is none. */
  const resolveFile = (pathname: string): string | number => {
    let file: string;
    try {
      file = normalize(join(dir, decodeURIComponent(pathname)));
    } catch {
      return 400;
    }
    if (file !== dir && !file.startsWith(dir + sep)) return 403;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : 404;
  };
  const response = (file: string, gzip: boolean) => {
    const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': contentType, 'cache-control': 'no-cache' };
    let body: Buffer = readFileSync(file);
    if (gzip && COMPRESSIBLE.test(contentType)) {
      const cached = gzipped.get(file) ?? gzipSync(body, { level: 6 });
      gzipped.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    return { headers, body };
  };
  const server = createServer((req, res) => {
    const file = resolveFile(new URL(req.url ?? '/', 'http://x').pathname);
    if (typeof file === 'number') {
      res.writeHead(file, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden');
      return;
    }
    const { headers, body } = response(file, /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')));
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  const wireBytes = (pathname: string) => {
    const file = resolveFile(pathname);
    if (typeof file === 'number') return 0;
    const { headers, body } = response(file, true);
    // Node adds Date, Connection and Keep-Alive (about 80 bytes) to the headers set here.
    const head = `HTTP/1.1 200 OK\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('')}\r\n`;
    return Buffer.byteLength(head) + 80 + body.length;
  };
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      ok({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
        wireBytes,
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Browser measurements

type Mark = 'start' | 'question' | 'rating' | 'profile' | 'click' | 'submit';

/**
 * Runs in the page before any of its scripts: stamps performance.now() (ms since navigation start)
 * in the first animation frame after each state appears in the DOM. A string, not a function:
 * tsx would wrap a function's inner functions in a helper that does not exist in the page.
 */
const INSTALL_MARKS = `(() => {
  const marks = {};
  const waiting = {};
  const set = (name, value) => {
    if (name in marks) return;
    marks[name] = value;
    for (const resolve of waiting[name] ?? []) resolve(value);
  };
  // A promise for a mark: the harness waits on it instead of polling the page.
  window.__benchWhen = (name) =>
    name in marks ? Promise.resolve(marks[name]) : new Promise((r) => (waiting[name] ??= []).push(r));
  const pending = new Set();
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const stamp = (name) => {
    if (pending.has(name)) return;
    pending.add(name);
    requestAnimationFrame(() => set(name, performance.now()));
  };
  const check = () => {
    const h1 = document.querySelector('h1');
    if (h1 && h1.textContent.includes(${JSON.stringify(START_HEADING)}) && visible(h1)) stamp('start');
    const radio = document.querySelector('.sd-question input[type=radio]');
    if (radio && !radio.disabled && visible(radio)) stamp('question');
    const rating = document.querySelector('.sd-rating__item');
    if (rating && visible(rating)) stamp('rating');
    const profile = document.querySelector('input[name=municipality]');
    if (profile && visible(profile)) stamp('profile');
    if (pending.has('question') || pending.has('rating')) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  // When the person acts: first click (the start link) and the profile's submit.
  document.addEventListener('click', () => set('click', performance.now()), true);
  document.addEventListener('submit', () => set('submit', performance.now()), true);
})();`;

/**
 * Evaluates an expression in the page over plain CDP and returns its (awaited) value. Unlike
 * Playwright's `evaluate` and locators, this brings no helper script into the page: parsing
 * Playwright's injected script alone takes the throttled main thread about 120 ms.
 */
async function inPage<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails)
    throw new Error(`Im Browser: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/** Waits until the page has stamped a mark and returns it (ms since navigation start). */
async function readMark(cdp: CDPSession, name: Mark): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`Zustand „${name}“ nach 60 s nicht erreicht`)), 60_000);
  });
  try {
    // An awaited promise in the page: no polling script runs in the throttled page meanwhile.
    return await Promise.race([inPage<number>(cdp, `window.__benchWhen(${JSON.stringify(name)})`), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /**
   * Bytes of every finished response of this page so far (headers and body). A response the
   * service worker served from its offline copy counts with what the server sends for it: the
   * worker fetched it over the network, only in its own thread, which this page does not see.
   */
  transferred: () => number;
  /** How many of those responses came from the service worker. */
  fromServiceWorker: () => number;
}

/** A fresh context (empty cache and storage) with one page, throttled CPU and a byte counter. */
async function openSession(
  browser: Browser,
  slowdown: number,
  server: StaticServer | null,
  marks = true,
): Promise<Session> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  // Generous: the CPU is throttled and the machine may be shared.
  context.setDefaultTimeout(60_000);
  if (marks) await context.addInitScript(INSTALL_MARKS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let bytes = 0;
  let swServed = 0;
  const viaWorker = new Map<string, string>();
  cdp.on('Network.responseReceived', (e) => {
    if (e.response.fromServiceWorker) viaWorker.set(e.requestId, new URL(e.response.url).pathname);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const path = viaWorker.get(e.requestId);
    if (path !== undefined && server) {
      swServed++;
      bytes += server.wireBytes(path);
    } else bytes += e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  return { context, page, cdp, transferred: () => bytes, fromServiceWorker: () => swServed };
}

/** Centre of the element in the viewport (scrolled into view if need be), for a real mouse click. */
async function centreOf(cdp: CDPSession, selector: string): Promise<[number, number]> {
  const centre = await inPage<[number, number] | null>(
    cdp,
    `(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? [r.x + r.width / 2, r.y + r.height / 2] : null;
    })()`,
  );
  if (!centre) throw new Error(`${selector} ist nicht sichtbar`);
  return centre;
}

/**
 * What a keyboard user types into a focused, closed select to choose an option: the shortest start
 * of its label whose first match in the list is that option (the browser's type-ahead).
 */
async function typeAhead(cdp: CDPSession, selector: string, value: string): Promise<string> {
  const options = await inPage<[string, string][]>(
    cdp,
    `[...document.querySelector(${JSON.stringify(selector)}).options].map((o) => [o.value, o.text])`,
  );
  const label = options.find(([v]) => v === value)?.[1];
  if (label === undefined) throw new Error(`${selector} hat keine Option ${value}`);
  for (let n = 1; n <= label.length; n++) {
    const start = label.slice(0, n).toLocaleLowerCase('de');
    if (options.find(([, text]) => text.toLocaleLowerCase('de').startsWith(start))?.[0] === value)
      return label.slice(0, n);
  }
  return label;
}

/**
 * The steps a person takes from the start screen to the questions (as in tests/e2e/helpers.ts):
 * click the start link, click the name field and type the name, Tab to kind, Regierungsbezirk and
 * population and choose each by typing the start of its label, click "Weiter zu den Fragen".
 *
 * The steps are real input events (CDP `Input`, the way a mouse and keyboard deliver them), each
 * as soon as the page shows its element: no think time. The harness's own work in the throttled
 * page is a few one-line evaluations over plain CDP (an element's position, a select's option
 * labels, the check of the entered values); it waits on promises of the in-page marks instead of
 * polling. Until 2026-11-29 the steps were Playwright actions (`click`, `fill`,
 * `selectOption`): Playwright's injected script then ran in the throttled page for its checks
 * (and had to be parsed there first), which a person's clicks do not cause. The steps still wait
 * for the page's main thread, which loads SurveyJS in the background meanwhile, so they are not
 * pure harness time either; the report shows them apart.
 */
async function startAssessment(page: Page, cdp: CDPSession) {
  await readMark(cdp, 'start');
  await page.mouse.click(...(await centreOf(cdp, '.start a.button.primary[href="#/neu"]')));
  await readMark(cdp, 'profile');
  const form = 'form.profile-form';
  await page.mouse.click(...(await centreOf(cdp, `${form} input[name=municipality]`)));
  await page.keyboard.insertText('Musterhausen');
  const choices = { kind: KIND, regierungsbezirk: 'niederbayern', population: '3000-4999' };
  // In the form's order, each the next field after the one before.
  for (const [name, value] of Object.entries(choices)) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(await typeAhead(cdp, `${form} select[name=${name}]`, value));
  }
  const entered = await inPage<Record<string, string>>(
    cdp,
    `Object.fromEntries([...document.querySelector(${JSON.stringify(form)}).elements]
      .filter((e) => e.name).map((e) => [e.name, e.value]))`,
  );
  for (const [name, value] of Object.entries({ municipality: 'Musterhausen', ...choices }))
    if (entered[name] !== value) throw new Error(`Profil: ${name} ist „${entered[name]}“ statt „${value}“`);
  await page.mouse.click(...(await centreOf(cdp, `${form} button[type=submit]`)));
  await readMark(cdp, 'question');
}

interface LoadRun {
  /** Start screen visible, ms since navigation start (app only). */
  start: number | null;
  /** App only: click on the start link, profile form visible, profile submitted (ms since navigation start). */
  steps: { click: number; profile: number; submit: number } | null;
  /** First question interactive, ms since navigation start, clicks included for the app. */
  question: number;
  /** Bytes transferred up to the first question interactive. */
  bytes: number;
  /** Of these responses, how many the service worker served. */
  swServed: number;
}

async function appLoad(browser: Browser, server: StaticServer): Promise<LoadRun> {
  const s = await openSession(browser, CPU_SLOWDOWN, server);
  try {
    await s.page.goto(server.url, { waitUntil: 'commit' });
    // Act right away; the in-page marks are read afterwards.
    await startAssessment(s.page, s.cdp);
    const bytes = s.transferred();
    const start = await readMark(s.cdp, 'start');
    const question = await readMark(s.cdp, 'question');
    const steps = {
      click: await readMark(s.cdp, 'click'),
      profile: await readMark(s.cdp, 'profile'),
      submit: await readMark(s.cdp, 'submit'),
    };
    return { start, steps, question, bytes, swServed: s.fromServiceWorker() };
  } finally {
    await s.context.close();
  }
}

async function baselineLoad(browser: Browser, server: StaticServer): Promise<LoadRun> {
  const s = await openSession(browser, CPU_SLOWDOWN, server);
  try {
    await s.page.goto(server.url, { waitUntil: 'commit' });
    const question = await readMark(s.cdp, 'rating');
    const bytes = s.transferred();
    return { start: null, steps: null, question, bytes, swServed: s.fromServiceWorker() };
  } finally {
    await s.context.close();
  }
}

interface RepeatRun {
  first: number;
  repeat: number;
  /** The reloaded page was controlled by the service worker. */
  controlled: boolean;
}

/** First visit, then (if a service worker registers) wait until it is active and reload. */
async function appRepeat(browser: Browser, server: StaticServer): Promise<RepeatRun | null> {
  const s = await openSession(browser, CPU_SLOWDOWN, server);
  try {
    await s.page.goto(server.url, { waitUntil: 'commit' });
    const first = await readMark(s.cdp, 'start');
    const registered = await s.page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return false;
      if (document.readyState !== 'complete')
        await new Promise((r) => window.addEventListener('load', r, { once: true }));
      // The app registers once the questionnaire chunk has loaded in the background and the
      // person has left the start screen (or 10 s later): open the list, as a person would, and
      // give it up to 20 seconds on the throttled CPU.
      location.hash = '#/bewertungen';
      for (let i = 0; i < 200; i++) {
        if ((await navigator.serviceWorker.getRegistrations()).length > 0) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    });
    if (!registered) return null;
    await s.page.evaluate(() => navigator.serviceWorker.ready.then(() => (location.hash = '#/')));
    await s.page.reload({ waitUntil: 'commit' });
    const repeat = await readMark(s.cdp, 'start');
    const controlled = await s.page.evaluate(() => navigator.serviceWorker.controller !== null);
    return { first, repeat, controlled };
  } finally {
    await s.context.close();
  }
}

/** Renderer main-thread busy time so far, in ms (CDP Performance.getMetrics TaskDuration). */
async function taskTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/** Waits until the page has rendered two frames and then idled a little. */
async function settle(page: Page) {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))),
  );
  await sleep(120);
}

const levelFor = (q: Question, n: number): AnswerValue =>
  n % 7 === 6 && q.allowDontKnow ? 'dontKnow' : ((n % 5) as 0 | 1 | 2 | 3 | 4);

function optionName(value: AnswerValue): RegExp {
  if (value === 'dontKnow') return /^weiß nicht$/;
  if (value === 'notApplicable') return /^nicht zutreffend$/;
  return new RegExp(`^Stufe ${value} – `);
}

/**
 * Main-thread time of one click in the middle of `box`: TaskDuration before and after, with the
 * page settled on both sides, and of the same settling without a click (the method's own cost).
 * The click is a raw mouse event, so no Playwright script runs in the page between the readings.
 */
async function measureClick(
  page: Page,
  cdp: CDPSession,
  box: { x: number; y: number; width: number; height: number },
  into: TypingResult,
) {
  await settle(page);
  const idleBefore = await taskTime(cdp);
  await settle(page);
  const before = await taskTime(cdp);
  into.idle.push(before - idleBefore);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await settle(page);
  into.clicks.push((await taskTime(cdp)) - before);
}

interface TypingResult {
  /** Main-thread ms per answer click. */
  clicks: number[];
  /** Main-thread ms of the same measurement without a click (the method's own cost). */
  idle: number[];
}

/**
 * Answers the whole questionnaire (or the first `limit` questions) one click at a time and takes
 * the main-thread time of each click (measureClick on the option's label).
 */
async function typingCost(
  browser: Browser,
  server: StaticServer,
  pkg: QuestionnairePackage,
  slowdown: number,
  limit = Infinity,
  reference = false,
): Promise<TypingResult> {
  const s = await openSession(browser, slowdown, server);
  const { page, cdp } = s;
  const clicks: number[] = [];
  const idle: number[] = [];
  try {
    // The reference (bench/baseline-steps) shows all questions in bare SurveyJS at `#/alle`, with
    // SurveyJS's own "Weiter" button and page titles: the rest of the walk is the same.
    if (reference) await page.goto(`${server.url}#/alle`);
    else {
      await page.goto(server.url);
      await startAssessment(page, cdp);
    }
    const fields = pkg.questionnaire.fields.filter((f) => visibleQuestions(f, KIND).length > 0);
    let n = 0;
    for (const field of fields) {
      // Bare SurveyJS 3 gives titles no heading role (the app makes them h2 and h3).
      await (
        reference
          ? page.locator('.sd-page__title').getByText(field.title.de, { exact: true })
          : page.getByRole('heading', { name: field.title.de, exact: true })
      ).waitFor();
      for (const question of visibleQuestions(field, KIND)) {
        if (n >= limit) return { clicks, idle };
        const value = levelFor(question, n++);
        const option = page.getByRole('radio', { name: optionName(value) });
        const item = page
          .locator(`.sd-question[data-name="${question.id}"] .sd-item`)
          .filter({ has: option });
        const radio = item.getByRole('radio');
        const label = item.locator('.sd-item__control-label');
        await label.scrollIntoViewIfNeeded();
        const box = await label.boundingBox();
        if (!box) throw new Error(`Antwort für ${question.id} ist nicht sichtbar`);
        await measureClick(page, cdp, box, { clicks, idle });
        if (!(await radio.isChecked())) throw new Error(`Klick hat ${question.id} nicht beantwortet`);
      }
      if (field !== fields[fields.length - 1])
        await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    }
    return { clicks, idle };
  } finally {
    await s.context.close();
  }
}

/**
 * The same measurement on the baseline: its one rating question answered `count` times, each
 * click on another value. What SurveyJS alone costs per answer on this machine.
 */
async function baselineTypingCost(
  browser: Browser,
  server: StaticServer,
  count: number,
): Promise<TypingResult> {
  const s = await openSession(browser, 1, server, false);
  const { page, cdp } = s;
  const clicks: number[] = [];
  const idle: number[] = [];
  try {
    await page.goto(server.url);
    const items = page.locator('.sd-rating__item');
    await items.first().waitFor({ state: 'visible' });
    const n = await items.count();
    for (let i = 0; i < count; i++) {
      const item = items.nth(i % n);
      const box = await item.boundingBox();
      if (!box) throw new Error('Baseline: Rating-Wert ist nicht sichtbar');
      await measureClick(page, cdp, box, { clicks, idle });
      if (!/--selected/.test((await item.getAttribute('class')) ?? ''))
        throw new Error('Baseline: Klick hat die Rating-Frage nicht beantwortet');
    }
    return { clicks, idle };
  } finally {
    await s.context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Engine (Node)

function completeAnswers(pkg: QuestionnairePackage): Answers {
  const answers: Answers = {};
  let n = 0;
  for (const f of pkg.questionnaire.fields)
    for (const q of visibleQuestions(f, KIND)) answers[q.id] = levelFor(q, n++);
  return answers;
}

/** Mean ms to score, compute gaps and match recommendations for one complete assessment. */
function engineBench(pkg: QuestionnairePackage): { meanMs: number; iterations: number; matched: number } {
  const q = pkg.questionnaire;
  const answers = completeAnswers(pkg);
  let sink = 0;
  const once = () => {
    const score = scoreAssessment(q, answers, KIND);
    const gaps = computeGaps(q, score, {});
    const matched = matchRecommendations(q, pkg.recommendations, answers, score, {}, KIND);
    sink += gaps.length + matched.length;
    return matched.length;
  };
  for (let i = 0; i < 2000; i++) once();
  let iterations = 0;
  const t0 = performance.now();
  while (iterations < 5000 || performance.now() - t0 < 1000) {
    once();
    iterations++;
  }
  const elapsed = performance.now() - t0;
  if (sink < 0) console.log(sink);
  return { meanMs: elapsed / iterations, iterations, matched: once() };
}

type AggregateResult =
  | { status: 'missing'; missing: string[] }
  | { status: 'error'; message: string }
  | { status: 'ok'; medianMs: number; coldMs: number; runs: number[]; records: number };

type AnyFunction = (...args: unknown[]) => unknown;

/** Aggregates 2,056 generated assessments, if the aggregation and generator exist yet. */
async function aggregateBench(pkg: QuestionnairePackage): Promise<AggregateResult> {
  const files = ['src/engine/aggregate-region.ts', 'tests/fixtures/generate-assessments.ts'];
  const missing = files.filter((f) => !existsSync(join(ROOT, f)));
  if (missing.length) return { status: 'missing', missing };
  try {
    const [aggregate, generate] = (await Promise.all(
      files.map((f) => import(pathToFileURL(join(ROOT, f)).href)),
    )) as [{ aggregateRegion?: AnyFunction }, { generateAssessments?: AnyFunction }];
    const { aggregateRegion } = aggregate;
    const { generateAssessments } = generate;
    if (typeof aggregateRegion !== 'function' || typeof generateAssessments !== 'function')
      return { status: 'error', message: 'aggregateRegion oder generateAssessments wird nicht exportiert' };
    const records = await generateAssessments(pkg, AGGREGATE_COUNT, 20260101);
    if (!Array.isArray(records)) return { status: 'error', message: 'generateAssessments gibt kein Array' };
    const filter = {};
    const time = () => {
      const t0 = performance.now();
      aggregateRegion(pkg, records, filter);
      return performance.now() - t0;
    };
    const coldMs = time();
    for (let i = 0; i < 3; i++) time();
    const runs = Array.from({ length: 15 }, time);
    return { status: 'ok', medianMs: median(runs), coldMs, runs, records: records.length };
  } catch (e) {
    return { status: 'error', message: (e as Error).message };
  }
}

// ---------------------------------------------------------------------------------------------
// Report

interface Row {
  name: string;
  app: string;
  baseline: string;
  value: string;
  target: string;
  /** true ✓, false ✗, null: not measurable or informative only. */
  ok: boolean | null;
}

const mark = (ok: boolean | null) => (ok === null ? '–' : ok ? '✓' : '✗');

function markdownTable(rows: Row[]): string {
  const head = ['Messung', 'App', 'Baseline', 'Ergebnis', 'Ziel', ''];
  const lines = rows.map((r) => [r.name, r.app, r.baseline, r.value, r.target, mark(r.ok)]);
  const fmt = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [fmt(head), fmt(head.map(() => '---')), ...lines.map(fmt)].join('\n');
}

function consoleTable(rows: Row[]): string {
  const head = ['Messung', 'App', 'Baseline', 'Ergebnis', 'Ziel', ''];
  const lines = [head, ...rows.map((r) => [r.name, r.app, r.baseline, r.value, r.target, mark(r.ok)])];
  const widths = head.map((_, i) => max(lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [fmt(lines[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(fmt)].join(
    '\n',
  );
}

const list = (xs: number[], digits = 0) => xs.map((x) => x.toFixed(digits)).join(', ');

// ---------------------------------------------------------------------------------------------

async function main() {
  const began = performance.now();
  const loadBefore = loadavg()[0] ?? NaN;
  const loaded = loadQuestionnaireDir(join(ROOT, 'questionnaires/bayern-kommunen'), ROOT);
  if (!loaded.ok) throw new Error(`Fragebogen ungültig:\n${loaded.errors.join('\n')}`);
  const pkg = loaded.value;

  const appDist = mkdtempSync(join(tmpdir(), 'digitalkompass-bench-'));
  try {
    await measure(pkg, appDist, began, loadBefore);
  } finally {
    rmSync(appDist, { recursive: true, force: true });
  }
}

async function measure(pkg: QuestionnairePackage, appDist: string, began: number, loadBefore: number) {
  const baselineConfig = await buildAll(appDist, stepsFixture(pkg));
  const swFiles = readdirSync(appDist).filter((f) => /^(sw|service-worker|registerSW)\.js$/.test(f));

  log('Engine in Node …');
  const engine = engineBench(pkg);
  const aggregate = await aggregateBench(pkg);

  const app = await serve(appDist);
  const base = await serve(BASELINE_DIST);
  const ref = await serve(STEPS_DIST);
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  const appRuns: LoadRun[] = [];
  const baseRuns: LoadRun[] = [];
  const refRuns: LoadRun[] = [];
  const repeatRuns: RepeatRun[] = [];
  let swActive = true;
  let typing1: TypingResult;
  let typingBase: TypingResult;
  let typingRef: TypingResult;
  let typing4: TypingResult;
  try {
    log(`Seitenaufrufe: 1 Aufwärmlauf + ${RUNS} Läufe je Seite, CPU ×${CPU_SLOWDOWN}, abwechselnd …`);
    await appLoad(browser, app);
    await baselineLoad(browser, base);
    await appLoad(browser, ref);
    // In turn, each page first, second and third equally often (over every three runs).
    const loads = [
      () => appLoad(browser, app).then((r) => appRuns.push(r)),
      () => baselineLoad(browser, base).then((r) => baseRuns.push(r)),
      () => appLoad(browser, ref).then((r) => refRuns.push(r)),
    ];
    for (let i = 0; i < RUNS; i++)
      for (let k = 0; k < loads.length; k++) await loads[(i + k) % loads.length]?.();
    log('Wiederholter Besuch (Service Worker) …');
    for (let i = 0; i < RUNS && swActive; i++) {
      const r = await appRepeat(browser, app);
      if (r) repeatRuns.push(r);
      else swActive = false;
    }
    log('Antwortänderungen (CPU ×1, ganzer Fragebogen) …');
    typing1 = await typingCost(browser, app, pkg, 1);
    log('Antwortänderungen der Baseline (CPU ×1) …');
    typingBase = await baselineTypingCost(browser, base, typing1.clicks.length);
    log('Antwortänderungen der Referenz, dieselben Fragen in SurveyJS allein (CPU ×1) …');
    typingRef = await typingCost(browser, ref, pkg, 1, Infinity, true);
    log(`Antwortänderungen (CPU ×${CPU_SLOWDOWN}, erste zwei Handlungsfelder) …`);
    typing4 = await typingCost(browser, app, pkg, CPU_SLOWDOWN, 11);
  } finally {
    await browser.close();
    await app.close();
    await base.close();
    await ref.close();
  }

  const appStart = median(appRuns.map((r) => r.start ?? NaN));
  const appQuestion = median(appRuns.map((r) => r.question));
  const baseQuestion = median(baseRuns.map((r) => r.question));
  const refQuestion = median(refRuns.map((r) => r.question));
  const appBytes = median(appRuns.map((r) => r.bytes));
  // The service worker's precache list (workbox: `{url:"…",revision:…}` in sw.js).
  const swSource = existsSync(join(appDist, 'sw.js')) ? readFileSync(join(appDist, 'sw.js'), 'utf8') : '';
  const precache = [...swSource.matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1] ?? '');
  const precacheBytes = precache.reduce((n, url) => n + app.wireBytes(`/${url.replace(/^\//, '')}`), 0);
  const baseBytes = median(baseRuns.map((r) => r.bytes));
  const rows: Row[] = [
    {
      name: 'Startbildschirm sichtbar',
      app: ms(appStart),
      baseline: `${ms(baseQuestion)} (erste Frage)`,
      value: ratio(appStart / baseQuestion),
      target: '≤ 0.50 × Baseline erste Frage',
      ok: appStart / baseQuestion <= 0.5,
    },
    {
      name: 'Erste Frage bedienbar (App inkl. Klicks)',
      app: ms(appQuestion),
      baseline: ms(baseQuestion),
      value: ratio(appQuestion / baseQuestion),
      target: '≤ 1.10 × Baseline',
      ok: appQuestion / baseQuestion <= 1.1,
    },
    {
      name: 'Referenz: nackter Stack mit denselben Schritten, erste Frage (informativ)',
      app: `${ms(refQuestion)} (ohne App)`,
      baseline: ms(baseQuestion),
      value: `${ratio(refQuestion / baseQuestion)} Baseline; App ${ratio(appQuestion / refQuestion)} Referenz`,
      target: '–',
      ok: null,
    },
    {
      name: 'Übertragen bis erste Frage',
      app: kb(appBytes),
      baseline: kb(baseBytes),
      value: ratio(appBytes / baseBytes),
      target: '≤ 1.15 × Baseline',
      ok: appBytes / baseBytes <= 1.15,
    },
  ];
  if (repeatRuns.length) {
    const first = median(repeatRuns.map((r) => r.first));
    const repeat = median(repeatRuns.map((r) => r.repeat));
    rows.push({
      name: 'Wiederholter Besuch (SW-Cache), Startbildschirm',
      app: `${ms(repeat)} (erster Besuch ${ms(first)})`,
      baseline: '–',
      value: ratio(repeat / first),
      target: '≤ 0.50 × erster Besuch',
      ok: repeat / first <= 0.5,
    });
  } else {
    rows.push({
      name: 'Wiederholter Besuch (SW-Cache), Startbildschirm',
      app: 'kein Service Worker',
      baseline: '–',
      value: 'kein Service Worker',
      target: '≤ 0.50 × erster Besuch',
      ok: null,
    });
  }
  rows.push({
    name: 'Engine: 1 Bewertung bewerten + Empfehlungen',
    app: ms(engine.meanMs),
    baseline: '–',
    value: `Mittel aus ${engine.iterations} Läufen`,
    target: '< 1 ms',
    ok: engine.meanMs < 1,
  });
  const aggregateName = `Engine: ${AGGREGATE_COUNT.toLocaleString('de-DE')} Bewertungen aggregieren`;
  if (aggregate.status === 'ok')
    rows.push({
      name: aggregateName,
      app: ms(aggregate.medianMs),
      baseline: '–',
      value: `Median aus ${aggregate.runs.length} (kalt ${ms(aggregate.coldMs)})`,
      target: '< 200 ms',
      ok: aggregate.medianMs < 200,
    });
  else
    rows.push({
      name: aggregateName,
      app: aggregate.status === 'missing' ? 'noch nicht vorhanden' : `Fehler: ${aggregate.message}`,
      baseline: '–',
      value: aggregate.status === 'missing' ? 'noch nicht vorhanden' : 'nicht messbar',
      target: '< 200 ms',
      ok: null,
    });
  rows.push(
    {
      name: 'Offline-Vorrat des Service Workers (informativ)',
      app: kb(precacheBytes),
      baseline: '–',
      value: `${precache.length} Dateien, einmalig, im Hintergrund`,
      target: '–',
      ok: null,
    },
    {
      name: 'Antwortänderung Main-Thread, CPU ×1 (Ziel: jede, also Max)',
      app: `Median ${ms(median(typing1.clicks))}, Max ${ms(max(typing1.clicks))}`,
      baseline: `Median ${ms(median(typingBase.clicks))}, Max ${ms(max(typingBase.clicks))} (Rating-Frage); Referenz, dieselben Fragen und Klicks in SurveyJS allein: Median ${ms(median(typingRef.clicks))}, Max ${ms(max(typingRef.clicks))}`,
      value: `${typing1.clicks.length} Klicks; Median ${ratio(median(typing1.clicks) / median(typingBase.clicks))} Baseline, ${ratio(median(typing1.clicks) / median(typingRef.clicks))} Referenz`,
      target: '< 16 ms',
      ok: max(typing1.clicks) < 16,
    },
    {
      name: `Antwortänderung Main-Thread, CPU ×${CPU_SLOWDOWN} (informativ)`,
      app: `Median ${ms(median(typing4.clicks))}, Max ${ms(max(typing4.clicks))}`,
      baseline: '–',
      value: `${typing4.clicks.length} Klicks`,
      target: '–',
      ok: null,
    },
  );

  const cpu = cpus();
  const machine = [
    `- Datum: ${new Date().toISOString()}`,
    `- CPU: ${cpu[0]?.model.trim() ?? 'unbekannt'}, ${availableParallelism()} Kerne (${cpu.length} logische CPUs)`,
    `- Arbeitsspeicher: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `- System: ${type()} ${release()}`,
    `- Node ${process.version}, Chromium ${chromiumVersion} (headless, ${executablePath})`,
    // Other processes on the machine slow the browser down: the load shows how quiet it was.
    `- Systemlast (loadavg 1 min): ${loadBefore.toFixed(1)} zu Beginn, ${(loadavg()[0] ?? NaN).toFixed(1)} am Ende`,
  ];
  const table = markdownTable(rows);
  // Each section for the app and for the reference with the same steps (bench/baseline-steps).
  const step = (f: (x: NonNullable<LoadRun['steps']>, r: LoadRun) => number) =>
    [appRuns, refRuns]
      .map((runs) => ms(median(runs.map((r) => (r.steps ? f(r.steps, r) : NaN)))))
      .join('; Referenz ');
  // What the page itself takes on the way to the first question: start screen, click to form,
  // submit to question. The person's steps in between also wait for the page's main thread
  // (busy with the background loading), so they are not only the harness's own time.
  const own = (runs: LoadRun[]) =>
    median(
      runs.map((r) =>
        r.steps && r.start !== null
          ? r.start + (r.steps.profile - r.steps.click) + (r.question - r.steps.submit)
          : NaN,
      ),
    );
  const appOwn = own(appRuns);
  const refOwn = own(refRuns);
  const breakdown = [
    `- Startbildschirm sichtbar: ${step((_, r) => r.start ?? NaN)}`,
    `- bis zum Klick auf „Neue Bewertung beginnen“ (Person, klickt, sobald der Startbildschirm steht): ${step((x, r) => x.click - (r.start ?? NaN))}`,
    `- Klick → Profilformular sichtbar (Seite): ${step((x) => x.profile - x.click)}`,
    `- Profil ausfüllen und absenden (Person, Maus und Tastatur ohne Pausen): ${step((x) => x.submit - x.profile)}`,
    `- Absenden → erste Frage bedienbar (Seite): ${step((x, r) => r.question - x.submit)}`,
    `- Erste Frage bedienbar: ${step((_, r) => r.question)}; Baseline ${ms(baseQuestion)}`,
    `- Die drei Abschnitte der Seite zusammen (ohne die Schritte der Person, je Lauf summiert): ${ms(appOwn)} = ${ratio(
      appOwn / baseQuestion,
    )} Baseline; Referenz ${ms(refOwn)} = ${ratio(refOwn / baseQuestion)} Baseline`,
  ];
  const misses = rows.filter((r) => r.ok === false);
  const durationS = (performance.now() - began) / 1000;
  const report = `# Benchmarks

Geschrieben von \`npm run bench\` (scripts/bench.ts) – nicht von Hand ändern, neu messen.

## Maschine

${machine.join('\n')}

## Ergebnis

${table}

${misses.length ? `Verfehlt: ${misses.map((r) => r.name).join('; ')}.` : 'Alle messbaren Ziele erreicht.'}

Aufschlüsselung „Erste Frage bedienbar“ der App und der Referenz mit denselben Schritten (Mediane je Abschnitt, CPU ×${CPU_SLOWDOWN}):

${breakdown.join('\n')}

## Methode

- App (\`vite build\` in einen eigenen temporären Ordner) und Baseline (\`bench/baseline\`: React + survey-core + survey-react-ui mit deutscher
  Sprachdatei und \`survey-core.fontless.min.css\`, eine Rating-Frage) im selben Lauf gebaut; Baseline mit
  ${baselineConfig}.
- Referenz mit denselben Schritten (\`bench/baseline-steps\`, ebenso gebaut): derselbe nackte Stack mit nur
  dem, was die App vor der ersten Frage verlangt (Issue 4: Startbildschirm, dann das Profil vor den Fragen),
  und sonst nichts: Startbildschirm mit Überschrift und Link, Profilformular mit denselben sechs Feldern und
  Optionen (ungesteuerte Felder, keine Prüfung, kein Speichern), danach die erste Frage der App (${KIND}) in
  SurveyJS; SurveyJS wird wie in der App nachgeladen und im Leerlauf des Startbildschirms vorgeladen,
  Animationen sind wie in der App aus. Frage und Texte kommen beim Build aus dem Fragebogen und
  \`src/i18n/strings.ts\` (Vite \`define\`). Sie zeigt, was die Schritte selbst auf diesem Rechner kosten.
- Alle drei von einem kleinen Node-Server auf 127.0.0.1 ausgeliefert (gzip Stufe 6, \`Cache-Control: no-cache\`).
- Headless Chromium, CPU-Drosselung ×${CPU_SLOWDOWN} (CDP \`Emulation.setCPUThrottlingRate\`), jeder Lauf in
  einem frischen Browser-Kontext, App, Baseline und Referenz abwechselnd (jede gleich oft als erste),
  1 Aufwärmlauf je Seite verworfen, Median aus ${RUNS} Läufen.
- Zeiten ab Navigationsstart (\`performance.now()\` im ersten Frame nach dem Erscheinen im DOM):
  Startbildschirm = h1 „${START_HEADING}“ sichtbar; erste Frage = erstes \`.sd-question input[type=radio]\`
  sichtbar und aktiv, bei der App inklusive der Schritte einer Person ohne Pausen, jeder, sobald die Seite
  das Element zeigt: Klick auf „Neue Bewertung beginnen“, Klick ins Namensfeld und Name tippen, mit Tab zu Art,
  Regierungsbezirk und Einwohnerzahl und jeweils den Anfang der Option tippen, Klick auf „Weiter zu den Fragen“.
  Echte Eingabeereignisse (CDP \`Input\`); gewartet wird auf die Marken in der Seite, Positionen werden mit
  CDP \`Runtime.evaluate\` gelesen, so dass kein Skript von Playwright in der gedrosselten Seite läuft
  (bis 2026-11-29 Playwright-Aktionen, deren Prüfskript in der Seite lief). Baseline = erstes
  \`.sd-rating__item\` sichtbar, ebenso ohne Playwright-Skript in der Seite gewartet.
- Übertragen = Summe von CDP \`Network.loadingFinished.encodedDataLength\` bis die erste Frage bedienbar ist.
  Antworten, die der Service Worker aus seinem Vorrat lieferte (\`response.fromServiceWorker\`, in
  ${appRuns.filter((r) => r.swServed > 0).length} von ${appRuns.length} Läufen), zählen mit den Bytes, die der Server für die Datei sendet
  (Kopfzeilen und gzip-Inhalt): der Service Worker holt sie in seinem eigenen Thread, den die Seite nicht sieht.
  Offline-Vorrat = dieselbe Rechnung für alle Dateien der Precache-Liste in \`sw.js\`; die App registriert den
  Service Worker erst, wenn der Fragebogen-Chunk geladen ist und die Person Start- und Profilformular
  verlassen hat (spätestens 10 s danach): bis zur ersten Frage lädt er nichts.
- Wiederholter Besuch: gleicher Kontext; die Liste öffnen (die App registriert den Service Worker, sobald
  jemand den Startbildschirm verlässt), nach \`navigator.serviceWorker.ready\` zurück zum Start und neu laden,
  Startbildschirm gemessen; Verhältnis zum ersten Besuch desselben Laufs (Mediane).${
    swActive
      ? ''
      : ` Im Build wurde kein Service Worker registriert${
          swFiles.length ? ` (Dateien gefunden: ${swFiles.join(', ')})` : ''
        }: „kein Service Worker“.`
  }
- Engine in Node ${process.version} (tsx): \`scoreAssessment\` + \`computeGaps\` + \`matchRecommendations\` für eine
  vollständige Bewertung (${KIND}, ${Object.keys(completeAnswers(pkg)).length} Antworten, ${engine.matched} Empfehlungen), Mittel über
  ${engine.iterations} Läufe nach 2000 Aufwärmläufen.${
    aggregate.status === 'missing'
      ? ` Aggregation: ${aggregate.missing.join(', ')} noch nicht vorhanden.`
      : aggregate.status === 'ok'
        ? ` Aggregation: \`generateAssessments(pkg, ${AGGREGATE_COUNT}, 20260101)\` (${aggregate.records} Datensätze), \`aggregateRegion(pkg, records, {})\`, Median aus ${aggregate.runs.length} Läufen nach 3 Aufwärmläufen.`
        : ` Aggregation: ${aggregate.message}.`
  }
- Antwortänderung: ganzer Fragebogen (${typing1.clicks.length} Fragen), eine Option pro Frage per Mausklick
  (CDP-Mausereignis, kein Playwright-Skript in der Seite); Main-Thread-Zeit = Differenz von CDP
  \`Performance.getMetrics\` TaskDuration vor und nach dem Klick, jeweils nach zwei Frames + 120 ms Ruhe.
  CPU-Drosselung aus (×1); zusätzlich ×${CPU_SLOWDOWN} für die ersten ${typing4.clicks.length} Fragen.
  Eigenkosten der Messung ohne Klick: Median ${ms(median(typing1.idle))}, Max ${ms(max(typing1.idle))}.
  Baseline zum Vergleich: dieselbe Messung an ihrer Rating-Frage, ${typingBase.clicks.length} Klicks auf wechselnde Werte
  (SurveyJS allein; Eigenkosten Median ${ms(median(typingBase.idle))}). Referenz: dieselbe Messung in
  \`bench/baseline-steps\` unter \`#/alle\`: alle Fragen der App (${KIND}) in SurveyJS allein, eine Seite je
  Handlungsfeld mit SurveyJS' eigenem „Weiter“, ohne Animationen, dieselben ${typingRef.clicks.length} Klicks in derselben
  Reihenfolge (Eigenkosten Median ${ms(median(typingRef.idle))}). Was die App darüber hinaus tut: Antwort
  speichern, Feldliste und Fortschritt nachführen.

## Einzelwerte (ms bzw. Bytes)

- App Startbildschirm: ${list(appRuns.map((r) => r.start ?? NaN))}
- App erste Frage: ${list(appRuns.map((r) => r.question))}
- Baseline erste Frage: ${list(baseRuns.map((r) => r.question))}
- Referenz erste Frage: ${list(refRuns.map((r) => r.question))}
- App Bytes: ${list(appRuns.map((r) => r.bytes))}
- Baseline Bytes: ${list(baseRuns.map((r) => r.bytes))}
${
  repeatRuns.length
    ? `- Wiederholter Besuch (erster / zweiter / vom SW gesteuert): ${repeatRuns
        .map((r) => `${r.first.toFixed(0)}/${r.repeat.toFixed(0)}/${r.controlled ? 'ja' : 'nein'}`)
        .join(', ')}\n`
    : ''
}${aggregate.status === 'ok' ? `- Aggregation: ${list(aggregate.runs, 1)}\n` : ''}- Antwortänderung ×1: ${list(typing1.clicks, 1)}
- Antwortänderung Baseline ×1: ${list(typingBase.clicks, 1)}
- Antwortänderung Referenz ×1: ${list(typingRef.clicks, 1)}
- Antwortänderung ×${CPU_SLOWDOWN}: ${list(typing4.clicks, 1)}

Gesamtdauer des Laufs: ${durationS.toFixed(0)} s.
`;
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, report);

  console.log('');
  console.log(machine.join('\n'));
  console.log('');
  console.log(consoleTable(rows));
  console.log('');
  console.log(`Aufschlüsselung „Erste Frage bedienbar“, App; Referenz (Mediane, CPU ×${CPU_SLOWDOWN}):`);
  console.log(breakdown.join('\n'));
  console.log('');
  if (misses.length) {
    console.log(`✗ ${misses.length} Ziel(e) verfehlt:`);
    for (const r of misses) console.log(`  ✗ ${r.name}: ${r.app} → ${r.value}, Ziel ${r.target}`);
  } else console.log('✓ Alle messbaren Ziele erreicht.');
  for (const r of rows.filter((x) => x.ok === null && x.target !== '–'))
    console.log(`  – ${r.name}: ${r.value}`);
  console.log(`\nGeschrieben: ${REPORT} (${durationS.toFixed(0)} s)`);
}

main().catch((e: unknown) => {
  console.error(`[bench] Benchmark konnte nicht laufen: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
  process.exit(1);
});
