import type { Browser, CDPSession, Page } from '@playwright/test';
import type { AnswerValue } from '../../src/engine/assessment.ts';
import type { QuestionnairePackage } from '../../src/engine/questionnaire-package.ts';
import { visibleQuestions } from '../../src/engine/score.ts';
import { openSession } from './browser.ts';
import { median } from './numbers.ts';
import { startAssessment } from './page-loads.ts';
import { KIND, levelFor } from './settings.ts';
import type { StaticServer } from './static-server.ts';

// What one answer costs the page's main thread: in the app, in the bare baseline, in the
// reference with all of the app's questions in SurveyJS alone, and in the app's pages as static
// HTML (the browser's own part, static-questions.ts).

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

/** Main-thread times of a series of answer clicks. */
export interface TypingResult {
  /** Main-thread ms per answer click. */
  clicks: number[];
  /** Main-thread ms of the same measurement without a click (the method's own cost). */
  idle: number[];
}

/** App and reference at CPU ×1, one pair per round, the two measured in turn. */
export type TypingRounds = { app: TypingResult; ref: TypingResult }[];

/** Several series as one (their clicks and idle readings one after another). */
const joined = (series: TypingResult[]): TypingResult => ({
  clicks: series.flatMap((s) => s.clicks),
  idle: series.flatMap((s) => s.idle),
});

/** All rounds' clicks of the app, and of the reference, each as one series. */
export const roundSeries = (rounds: TypingRounds) => ({
  app: joined(rounds.map((r) => r.app)),
  ref: joined(rounds.map((r) => r.ref)),
});

/** App against reference over rounds measured in turn: the median of the rounds' ratios of medians. */
export function roundsRatio(rounds: TypingRounds): {
  ratio: number;
  each: number[];
} {
  const each = rounds.map((r) => median(r.app.clicks) / median(r.ref.clicks));
  return { ratio: median(each), each };
}

/** The fields with questions for the benchmark's kind of municipality, each with those questions. */
export const answeredFields = (pkg: QuestionnairePackage) =>
  pkg.questionnaire.fields
    .map((field) => ({ field, questions: visibleQuestions(field, KIND) }))
    .filter(({ questions }) => questions.length > 0);

/** Where the clicks are measured. */
export type Walk =
  /** The app: a new assessment, its own "Weiter" between the fields. */
  | { kind: 'app' }
  /**
   * The reference (bench/baseline-steps) with all questions in bare SurveyJS at `#/alle`, with
   * SurveyJS's own "Weiter" button and page titles.
   */
  | { kind: 'reference' }
  /** The app's field pages as static HTML without script (static-questions.ts), one after another. */
  | { kind: 'static'; pages: string[] };

/**
 * Answers the whole questionnaire (or the first `limit` questions) one click at a time and takes
 * the main-thread time of each click (measureClick on the option's label).
 */
export async function typingCost(
  browser: Browser,
  server: StaticServer,
  pkg: QuestionnairePackage,
  slowdown: number,
  walk: Walk = { kind: 'app' },
  limit = Infinity,
): Promise<TypingResult> {
  const s = await openSession(browser, slowdown, server);
  const { page, cdp } = s;
  const clicks: number[] = [];
  const idle: number[] = [];
  try {
    if (walk.kind === 'reference') await page.goto(`${server.url}#/alle`);
    else if (walk.kind === 'app') {
      await page.goto(server.url);
      await startAssessment(page, cdp);
    }
    const fields = answeredFields(pkg);
    let n = 0;
    for (const [i, { field, questions }] of fields.entries()) {
      if (walk.kind === 'static') {
        const name = walk.pages[i];
        if (!name) throw new Error(`Keine statische Seite für ${field.id}`);
        await page.goto(server.url + name);
      }
      // Bare SurveyJS 3 gives titles no heading role (the app makes them h2 and h3).
      await (
        walk.kind === 'reference'
          ? page.locator('.sd-page__title').getByText(field.title.de, { exact: true })
          : page.getByRole('heading', { name: field.title.de, exact: true })
      ).waitFor();
      for (const question of questions) {
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
      if (walk.kind !== 'static' && i < fields.length - 1)
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
export async function baselineTypingCost(
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
