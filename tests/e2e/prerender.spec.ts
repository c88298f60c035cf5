import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, fileTest, fillProfileForm, openWithStored, storedValue, test } from './helpers';

// The build writes the start screen into index.html (tooling/vite/prerender.ts) and the app
// hydrates it (src/main.tsx).
const heading = 'Wo steht Ihre Kommune bei der Digitalisierung?';
const singleFile = pathToFileURL(path.resolve('dist-single/digitalkompass-kommune.html')).href;

/**
 * Records, from before the page's first script, what a person would see change: layout shifts,
 * and elements of #root taken out again (a screen drawn anew instead of taken over). Also records
 * console errors and warnings, which is where React reports a start screen that did not match.
 */
async function watchTakeOver(page: Page) {
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.push(m.text());
  });
  page.on('pageerror', (e) => console.push(e.message));
  await page.addInitScript(() => {
    const seen = { shift: 0, removed: [] as string[] };
    (window as unknown as { takeOver: typeof seen }).takeOver = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!entry.hadRecentInput) seen.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver((records) => {
      for (const r of records)
        if ((r.target as Element).closest?.('#root'))
          for (const node of r.removedNodes)
            if (node instanceof Element) seen.removed.push(node.outerHTML.slice(0, 80));
    }).observe(document, { childList: true, subtree: true });
  });
  return {
    console,
    seen: () =>
      page.evaluate(() => (window as unknown as { takeOver: { shift: number; removed: string[] } }).takeOver),
    /** Forgets the elements taken out so far (the written script's own swaps). */
    forget: () =>
      page.evaluate(() => ((window as unknown as { takeOver: { removed: string[] } }).takeOver.removed = [])),
  };
}

/** Holds the app's main script back until `release` is called: the time before hydration. */
async function holdMainScript(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Opens the start screen with the main script held back and follows `link` there; returns the release. */
async function followBeforeScript(page: Page, link: string) {
  const release = await holdMainScript(page);
  await page.goto('./', { waitUntil: 'commit' });
  await page.getByRole('link', { name: link }).click();
  return release;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the start screen is in the HTML as served, with working links', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kurzcheck (etwa 10 Minuten)' })).toHaveAttribute(
      'href',
      '#/kurzcheck',
    );
    await expect(page.getByRole('link', { name: 'Vollständige Bewertung (30–45 Minuten)' })).toHaveAttribute(
      'href',
      '#/neu',
    );
    await expect(page.getByRole('button', { name: 'Switch to English' })).toBeVisible();
  });
});

fileTest.describe('the single file without JavaScript', () => {
  fileTest.use({ javaScriptEnabled: false });

  fileTest('opened from disk, it shows the start screen', async ({ page }) => {
    if (!existsSync(new URL(singleFile)))
      throw new Error('dist-single is missing: run "npm run build" first');
    await page.goto(singleFile);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Betreiberangaben eintragen' })).toBeVisible();
  });
});

test('the script takes the start screen over: nothing replaced, no shift, no console error', async ({
  page,
}) => {
  const watch = await watchTakeOver(page);
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  const seen = await watch.seen();
  expect(seen.removed, 'elements of the written start screen drawn anew').toEqual([]);
  expect(seen.shift).toBe(0);
  expect(watch.console).toEqual([]);

  // The language switch works once the script has taken over.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Where does your municipality stand in digitalisation?' }),
  ).toBeVisible();
  expect(watch.console).toEqual([]);
});

fileTest('the single file takes its start screen over without a console error', async ({ page }) => {
  const watch = await watchTakeOver(page);
  await page.goto(singleFile);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // The operator form is reached from the footer of the file edition, so the script is running.
  await page.getByRole('link', { name: 'Betreiberangaben eintragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Betreiberangaben eintragen' })).toBeVisible();
  const seen = await watch.seen();
  expect(seen.shift).toBe(0);
  expect(watch.console).toEqual([]);
});

for (const [link, screen] of [
  ['Vollständige Bewertung (30–45 Minuten)', 'Angaben zur Kommune'],
  ['Kurzcheck (etwa 10 Minuten)', 'Angaben zur Kommune'],
] as const) {
  test(`"${link}" clicked before the script has run gets there`, async ({ page }) => {
    const watch = await watchTakeOver(page);
    const release = await followBeforeScript(page, link);
    await expect(page).toHaveURL(/#\/(neu|kurzcheck)$/);
    release();
    await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toHaveCount(0);
    expect(watch.console).toEqual([]);
  });
}

/** The stored profile of the one assessment (none stored: undefined). */
async function storedProfile(page: Page): Promise<Record<string, string> | undefined> {
  const raw = await storedValue(page);
  const assessments = raw ? Object.values(JSON.parse(raw).state.assessments as object) : [];
  return (assessments[0] as { profile?: Record<string, string> } | undefined)?.profile;
}

/** Resolves once the app has taken over the profile form: its effects ask for the questions' code. */
const questionsCodeAsked = (page: Page) => page.waitForRequest(/\/assets\/questionnaire-screen-[^/]*\.js$/);

const profileHeading = 'Angaben zur Kommune';
const started = { municipality: 'Vorhausen', kind: 'markt', bezirk: 'schwaben' };

test('the profile form shows before the script has run and keeps what was typed when the script takes it over', async ({
  page,
}) => {
  const watch = await watchTakeOver(page);
  const release = await followBeforeScript(page, 'Vollständige Bewertung (30–45 Minuten)');
  await expect(page.getByRole('heading', { level: 1, name: profileHeading })).toBeVisible();
  // The written form says the day of the visit, not of the build.
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await expect(page.getByLabel('Datum der Bewertung')).toHaveValue(today);
  await fillProfileForm(page, started);
  await watch.forget();
  const asked = questionsCodeAsked(page);
  release();
  await asked;
  const seen = await watch.seen();
  expect(seen.removed, 'elements of the written form drawn anew').toEqual([]);
  await expect(page.getByLabel('Name der Kommune')).toHaveValue('Vorhausen');
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();
  await expect(page.locator('.sd-question').first()).toBeVisible();
  expect(await storedProfile(page)).toMatchObject({
    municipality: 'Vorhausen',
    kind: 'markt',
    regierungsbezirk: 'schwaben',
    population: '3000-4999',
    date: today,
  });
  expect(watch.console).toEqual([]);
});

test('the profile form scrolled down before the script has run stays there when the script takes it over', async ({
  page,
}) => {
  const release = await followBeforeScript(page, 'Vollständige Bewertung (30–45 Minuten)');
  await fillProfileForm(page, started);
  const submit = page.getByRole('button', { name: 'Weiter zu den Fragen' });
  await submit.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(
    scrolled,
    'the window is too tall for this test: the button is seen without scrolling',
  ).toBeGreaterThan(0);
  const asked = questionsCodeAsked(page);
  release();
  // The app's effects have run by now: they ask for the questions' code.
  await asked;
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  // A real click where the button was seen (until 2026-12-04 the page jumped to the top between
  // mouse down and mouse up, and the click was lost).
  const box = await submit.boundingBox();
  if (!box) throw new Error('"Weiter zu den Fragen" is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.sd-question').first()).toBeVisible();
});

test('the profile form sent before the script has run is sent once the script runs', async ({ page }) => {
  const watch = await watchTakeOver(page);
  const release = await followBeforeScript(page, 'Vollständige Bewertung (30–45 Minuten)');
  await fillProfileForm(page, started);
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();
  // Not sent by the browser (that would load the page anew and lose what was typed).
  await expect(page).toHaveURL(/#\/neu$/);
  await expect(page.getByLabel('Name der Kommune')).toHaveValue('Vorhausen');
  release();
  await expect(page.locator('.sd-question').first()).toBeVisible();
  expect(await storedProfile(page)).toMatchObject({ municipality: 'Vorhausen', kind: 'markt' });
  expect(watch.console).toEqual([]);
});

test('typed into after sending, before the script has run: the form waits to be sent again', async ({
  page,
}) => {
  const release = await followBeforeScript(page, 'Vollständige Bewertung (30–45 Minuten)');
  await fillProfileForm(page, started);
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();
  await page.getByLabel('Name der Kommune').press('End');
  await page.keyboard.type('-Nord');
  const asked = questionsCodeAsked(page);
  release();
  await asked;
  await expect(page.getByRole('heading', { level: 1, name: profileHeading })).toBeVisible();
  expect(await storedProfile(page)).toBeUndefined();
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();
  await expect(page.locator('.sd-question').first()).toBeVisible();
  expect(await storedProfile(page)).toMatchObject({ municipality: 'Vorhausen-Nord' });
});

test('back to the start screen before the script has run: the script takes the start screen over', async ({
  page,
}) => {
  const watch = await watchTakeOver(page);
  const release = await followBeforeScript(page, 'Kurzcheck (etwa 10 Minuten)');
  await expect(page.getByRole('heading', { level: 1, name: profileHeading })).toBeVisible();
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await watch.forget();
  release();
  await page.waitForLoadState('networkidle');
  expect((await watch.seen()).removed, 'elements of the written start screen drawn anew').toEqual([]);
  // Taken over: the language switch is the app's now.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Where does your municipality stand in digitalisation?' }),
  ).toBeVisible();
  expect(watch.console).toEqual([]);
});

test('the language switch clicked before the script has run switches once the script runs', async ({
  page,
}) => {
  const watch = await watchTakeOver(page);
  const release = await holdMainScript(page);
  await page.goto('./', { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  release();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Where does your municipality stand in digitalisation?' }),
  ).toBeVisible();
  // Once the script runs, a click is the app's own: back to German, and only once.
  await page.getByRole('button', { name: 'Auf Deutsch umschalten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  expect(watch.console).toEqual([]);
});

test('English chosen before: the German start screen is taken out before it is seen', async ({ page }) => {
  await openWithStored(
    page,
    JSON.stringify({ state: { language: 'en', assessments: {}, customQuestionnaires: {} }, version: 1 }),
    '',
  );
  const release = await holdMainScript(page);
  await page.reload({ waitUntil: 'commit' });
  // Parsed past the start screen and its script (the noscript element comes after both).
  await expect(page.locator('body > noscript')).toBeAttached();
  await expect(page.locator('#root')).toBeEmpty();
  release();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Where does your municipality stand in digitalisation?' }),
  ).toBeVisible();
});
