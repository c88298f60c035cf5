import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../chromium.ts';
import { list, median } from './numbers.ts';
import type { Row } from './results.ts';
import { log } from './settings.ts';

// Lighthouse (the npm package), an auditor independent of this benchmark, on the same Chromium:
// the app and the bare baseline, each with Lighthouse's mobile and desktop settings.

/** Lighthouse runs per page and form factor (scores vary from run to run); the median counts. */
/** 0 leaves Lighthouse out (a quick run); the rows then say so. */
export const LIGHTHOUSE_RUNS = Math.max(0, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** A Lighthouse category this benchmark reports. */
export type Category = (typeof CATEGORIES)[number];
export type FormFactor = 'mobile' | 'desktop';

/** The scores (0 to 100) of one page and form factor, and the audits that cost points. */
export interface LighthouseScores {
  /** Median score of each category over the runs. */
  scores: Record<Category, number>;
  /** Every single run's scores, in order. */
  runs: Record<Category, number>[];
  /** Audits below full score in any run, by id, for each category (performance: none listed). */
  failing: Record<Category, string[]>;
}

/** One Lighthouse run in a fresh Chromium: the scores and the audits below full score. */
async function lighthouseRun(url: string, formFactor: FormFactor) {
  const chrome = await launch({
    chromePath: CHROME_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse lieferte für ${url} kein Ergebnis`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const score = (c: Category) => {
      const s = lhr.categories[c]?.score;
      if (typeof s !== 'number') throw new Error(`Lighthouse: keine Wertung für ${c} (${url})`);
      return Math.round(s * 100);
    };
    const failing = (c: Category) =>
      c === 'performance'
        ? []
        : (lhr.categories[c]?.auditRefs ?? [])
            .filter((ref) => {
              const audit = lhr.audits[ref.id];
              return ref.weight > 0 && audit !== undefined && audit.score !== null && audit.score < 1;
            })
            .map((ref) => ref.id);
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number>,
      failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(c)])) as Record<Category, string[]>,
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse for the app and the baseline, mobile and desktop. */
export interface LighthouseResult {
  app: Record<FormFactor, LighthouseScores>;
  baseline: Record<FormFactor, LighthouseScores>;
}

/**
 * Audits the app and the baseline (served at these URLs) with both form factors,
 * `LIGHTHOUSE_RUNS` times each. The four audits take turns, so that a busy moment of the machine
 * falls on all of them alike.
 */
export async function lighthouseBench(appUrl: string, baselineUrl: string): Promise<LighthouseResult> {
  const pages = { app: appUrl, baseline: baselineUrl } as const;
  const combos = (['mobile', 'desktop'] as const).flatMap((form) =>
    (['app', 'baseline'] as const).map((page) => ({ page, form })),
  );
  const runs = new Map(
    combos.map(({ page, form }) => [`${page} ${form}`, [] as Awaited<ReturnType<typeof lighthouseRun>>[]]),
  );
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    log(`Lighthouse, Lauf ${i + 1} von ${LIGHTHOUSE_RUNS}: App und Baseline, mobil und Desktop …`);
    for (const { page, form } of combos)
      runs.get(`${page} ${form}`)?.push(await lighthouseRun(pages[page], form));
  }
  const summary = (page: 'app' | 'baseline', form: FormFactor): LighthouseScores => {
    const all = runs.get(`${page} ${form}`) ?? [];
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))])) as Record<
        Category,
        number
      >,
      runs: all.map((r) => r.scores),
      failing: Object.fromEntries(
        CATEGORIES.map((c) => [c, [...new Set(all.flatMap((r) => r.failing[c]))].sort()]),
      ) as Record<Category, string[]>,
    };
  };
  return {
    app: { mobile: summary('app', 'mobile'), desktop: summary('app', 'desktop') },
    baseline: { mobile: summary('baseline', 'mobile'), desktop: summary('baseline', 'desktop') },
  };
}

const CATEGORY_NAMES: Record<Category, string> = {
  performance: 'Leistung',
  accessibility: 'Barrierefreiheit',
  'best-practices': 'Best Practices',
};
/** The issue's targets, for the mobile scores; desktop is reported beside them. */
const MOBILE_TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
};

/** The table's Lighthouse rows: each category, mobile against its target, desktop informative. */
export function lighthouseRows(result: LighthouseResult | null): Row[] {
  return (['mobile', 'desktop'] as const).flatMap((form) =>
    CATEGORIES.map((c): Row => {
      const name = `Lighthouse ${form === 'mobile' ? 'mobil' : 'Desktop (informativ)'}: ${CATEGORY_NAMES[c]}`;
      const goal = MOBILE_TARGETS[c];
      const target = form === 'mobile' ? (goal === 100 ? '100' : `≥ ${goal}`) : '–';
      if (!result)
        return {
          name,
          app: 'nicht gemessen',
          baseline: '–',
          value: 'BENCH_LIGHTHOUSE_RUNS=0',
          target,
          ok: null,
        };
      const app = result.app[form];
      const base = result.baseline[form].scores[c];
      const lost = app.failing[c];
      const diff = app.scores[c] - base;
      return {
        name,
        app: `${app.scores[c]}${lost.length ? ` (${lost.join(', ')})` : ''}`,
        baseline: String(base),
        value: `${diff >= 0 ? '+' : ''}${diff} gegen Baseline`,
        target,
        ok: form === 'mobile' ? app.scores[c] >= MOBILE_TARGETS[c] : null,
      };
    }),
  );
}

/** Every single Lighthouse score, for the report. */
export function lighthouseValues(result: LighthouseResult | null): string[] {
  if (!result) return [];
  return (['app', 'baseline'] as const).flatMap((page) =>
    (['mobile', 'desktop'] as const).map(
      (form) =>
        `- Lighthouse ${page === 'app' ? 'App' : 'Baseline'} ${form === 'mobile' ? 'mobil' : 'Desktop'} (${CATEGORIES.map((c) => CATEGORY_NAMES[c]).join(' / ')}): ${result[
          page
        ][form].runs
          .map((r) => list(CATEGORIES.map((c) => r[c])).replaceAll(', ', '/'))
          .join(', ')}`,
    ),
  );
}
