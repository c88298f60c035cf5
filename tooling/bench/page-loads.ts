import type { Browser, CDPSession, Page } from '@playwright/test';
import {
  centreOf,
  inPage,
  openSession,
  readMark,
  reloadTwice,
  typeAhead,
  workerActivated,
} from './browser.ts';
import { CPU_SLOWDOWN, KIND } from './settings.ts';
import type { StaticServer } from './static-server.ts';

// The load scenarios: from navigation to the first question (the app with a person's steps,
// the bare baseline), and the repeat visit from the service worker's cache.

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
export async function startAssessment(page: Page, cdp: CDPSession) {
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

/** One page load up to the first question. */
export interface LoadRun {
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

/** The app (or the reference with the same steps): a person's steps to the first question. */
export async function appLoad(browser: Browser, server: StaticServer): Promise<LoadRun> {
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

/** The baseline: navigation until its rating question shows. */
export async function baselineLoad(browser: Browser, server: StaticServer): Promise<LoadRun> {
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

/** One first visit and two repeat visits in the same context. */
export interface RepeatRun {
  first: number;
  /** Reloaded right after the service worker had activated. */
  atOnce: number;
  /** Reloaded again REPEAT_PAUSE_MS later: the repeat visit. */
  repeat: number;
  /** The reloaded page was controlled by the service worker. */
  controlled: boolean;
}

/**
 * First visit, then (if a service worker registers) wait until it has activated and reload
 * (reloadTwice).
 */
export async function appRepeat(browser: Browser, server: StaticServer): Promise<RepeatRun | null> {
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
    await workerActivated(s.cdp);
    await inPage(s.cdp, `location.hash = '#/'`);
    const [atOnce, repeat] = await reloadTwice(s);
    const controlled = await inPage<boolean>(s.cdp, 'navigator.serviceWorker.controller !== null');
    return { first, atOnce, repeat, controlled };
  } finally {
    await s.context.close();
  }
}
