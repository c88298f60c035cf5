import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../chromium.ts';
import { REPEAT_PAUSE_MS, START_HEADING } from './settings.ts';
import type { StaticServer } from './static-server.ts';

// Driving headless Chromium over plain CDP, so that the harness runs (almost) no script of its
// own in the throttled page: in-page marks, evaluation, sessions with a byte counter, positions.

/** Starts the headless Chromium every measurement shares. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
}

/** A state the page stamps when it first appears (INSTALL_MARKS). */
export type Mark = 'start' | 'question' | 'rating' | 'profile' | 'click' | 'submit';

/**
 * Runs in the page before any of its scripts: stamps performance.now() (ms since navigation start)
 * in the first animation frame in which each state is in the DOM and visible. A string, not a
 * function: tsx would wrap a function's inner functions in a helper that does not exist in the page.
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
  // Each state's element, once it is in the DOM and ready (not yet asking whether it is visible).
  const probes = {
    start: () => {
      const h1 = document.querySelector('h1');
      return h1?.textContent.includes(${JSON.stringify(START_HEADING)}) ? h1 : null;
    },
    question: () => {
      const radio = document.querySelector('.sd-question input[type=radio]');
      return radio && !radio.disabled ? radio : null;
    },
    rating: () => document.querySelector('.sd-rating__item'),
    profile: () => document.querySelector('input[name=municipality]'),
  };
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  // Whether an element is visible is asked only in an animation frame: it makes the browser lay
  // the page out, which in a frame is the layout the frame does anyway. Asked after a change to
  // the DOM (until 2026-12-07), it laid out the start screen while the HTML was still parsed and
  // its style sheet had not arrived, about 20 ms of the throttled main thread on a repeat visit,
  // which also kept the style sheet's response waiting; and until 2026-12-03 the start heading was
  // measured again after every change (about 120 ms up to the profile form). No frame is drawn
  // before the style sheets have loaded, so a state is never stamped unstyled.
  const framed = new Set();
  const look = (name) => {
    if (name in marks || framed.has(name) || !probes[name]()) return;
    framed.add(name);
    const frame = () => {
      const el = probes[name]();
      if (el && visible(el)) set(name, performance.now());
      else if (el) requestAnimationFrame(frame);
      else framed.delete(name);
    };
    requestAnimationFrame(frame);
  };
  const check = () => {
    for (const name of Object.keys(probes)) look(name);
    if ('question' in marks || 'rating' in marks) observer.disconnect();
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
export async function inPage<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails)
    throw new Error(`Im Browser: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/**
 * Waits in the page until its service worker has finished activating: `serviceWorker.ready`
 * resolves as soon as a worker is active, which may still be in its "activating" state (Workbox
 * clears old caches then). Even after that a reload at once was slower than one a moment later
 * (REPEAT_PAUSE_MS, reloadTwice).
 */
export function workerActivated(cdp: CDPSession): Promise<void> {
  return inPage(
    cdp,
    `navigator.serviceWorker.ready.then((reg) => new Promise((done) => {
      const worker = reg.active;
      const check = () => worker.state === 'activated' && done();
      worker.addEventListener('statechange', check);
      check();
    }))`,
  );
}

/** Waits until the page has stamped a mark and returns it (ms since navigation start). */
export async function readMark(cdp: CDPSession, name: Mark): Promise<number> {
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

/**
 * Reloads the page at once and again REPEAT_PAUSE_MS later, each time up to the start screen:
 * ms since navigation start of the two.
 */
export async function reloadTwice(s: Session): Promise<[number, number]> {
  await s.page.reload({ waitUntil: 'commit' });
  const atOnce = await readMark(s.cdp, 'start');
  await new Promise((r) => setTimeout(r, REPEAT_PAUSE_MS));
  await s.page.reload({ waitUntil: 'commit' });
  return [atOnce, await readMark(s.cdp, 'start')];
}

/** One fresh browser context with its page and CDP session. */
export interface Session {
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
export async function openSession(
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
export async function centreOf(cdp: CDPSession, selector: string): Promise<[number, number]> {
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
export async function typeAhead(cdp: CDPSession, selector: string, value: string): Promise<string> {
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
