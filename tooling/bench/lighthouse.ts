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

/** Runs Lighthouse `LIGHTHOUSE_RUNS` times on `url`, each in a fresh Chromium. */
export async function lighthouseScores(url: string, formFactor: FormFactor): Promise<LighthouseScores> {
  const runs: Record<Category, number>[] = [];
  const failing: Record<Category, Set<string>> = {
    performance: new Set(),
    accessibility: new Set(),
    'best-practices': new Set(),
  };
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
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
      runs.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
      });
      for (const c of ['accessibility', 'best-practices'] as const)
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing[c].add(ref.id);
        }
    } finally {
      chrome.kill();
    }
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c]))])) as Record<
    Category,
    number
  >;
  const sorted = (c: Category) => [...failing[c]].sort();
  return {
    scores,
    runs,
    failing: {
      performance: [],
      accessibility: sorted('accessibility'),
      'best-practices': sorted('best-practices'),
    },
  };
}

/** Lighthouse for the app and the baseline, mobile and desktop. */
export interface LighthouseResult {
  app: Record<FormFactor, LighthouseScores>;
  baseline: Record<FormFactor, LighthouseScores>;
}

/** Audits the app and the baseline (served at these URLs) with both form factors. */
export async function lighthouseBench(appUrl: string, baselineUrl: string): Promise<LighthouseResult> {
  const both = async (url: string, what: string) => {
    log(`Lighthouse ${what}, mobil (${LIGHTHOUSE_RUNS} Läufe) …`);
    const mobile = await lighthouseScores(url, 'mobile');
    log(`Lighthouse ${what}, Desktop (${LIGHTHOUSE_RUNS} Läufe) …`);
    const desktop = await lighthouseScores(url, 'desktop');
    return { mobile, desktop };
  };
  return { app: await both(appUrl, 'App'), baseline: await both(baselineUrl, 'Baseline') };
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
      const target = form === 'mobile' ? `≥ ${MOBILE_TARGETS[c]}` : '–';
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
