import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { createExport, serializeExport } from '../../src/engine/export-envelope.ts';
import type { QuestionnairePackage } from '../../src/engine/questionnaire-package.ts';
import { generateAssessments } from '../../tests/fixtures/generate-assessments.ts';
import { inPage, openSession } from './browser.ts';
import { max, median, ms } from './numbers.ts';
import type { Row } from './results.ts';
import { AGGREGATE_COUNT, REGION_MAX_FRAME_GAP, REGION_MAX_MS } from './settings.ts';
import type { StaticServer } from './static-server.ts';

// The regional overview of 2,056 municipalities' export files, in the browser: from the moment the
// files are chosen to the overview on screen, and the longest time the page paints no frame meanwhile.

/** How the regional overview is measured, for the report. */
export const REGION_METHOD = `Regionale Übersicht: \`generateAssessments(pkg, ${AGGREGATE_COUNT}, 20260101)\`, jede Bewertung als eigene
  Exportdatei, im App-Build unter \`#/region\` auf einmal gewählt (CDP \`DOM.setFileInputFiles\`), CPU ×1, frischer
  Kontext je Lauf. Zeit vom \`change\`-Ereignis des Dateifelds bis zum ersten Frame mit der Zahl der einbezogenen
  Bewertungen; Bildlücke = längster Abstand zweier \`requestAnimationFrame\`-Aufrufe dazwischen.`;

/** One load of the files into the regional overview. */
export interface RegionLoadRun {
  /** ms from the file input's change event to the first frame with the overview's count. */
  ms: number;
  /** The longest gap between two frames meanwhile, ms. */
  maxFrameGap: number;
  /** The longest task the browser reported meanwhile (PerformanceObserver longtask), ms; 0 for none. */
  longestTask: number;
}

/**
 * Runs in the page before the files are chosen: from the change event on, stamps every frame
 * (requestAnimationFrame) and every long task, until the count of included assessments appears.
 * A string, not a function (see INSTALL_MARKS in browser.ts).
 */
const WATCH = `window.__regionLoad = new Promise((resolve) => {
  let start = null;
  let last = 0;
  let maxGap = 0;
  let longest = 0;
  let done = false;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (start !== null && e.startTime >= start) longest = Math.max(longest, e.duration);
  }).observe({ type: 'longtask' });
  const frame = (t) => {
    if (done) return;
    maxGap = Math.max(maxGap, t - last);
    last = t;
    if (document.querySelector('[data-testid=region-included]')) {
      done = true;
      resolve({ ms: t - start, maxFrameGap: maxGap, longestTask: longest });
    } else requestAnimationFrame(frame);
  };
  document.addEventListener('change', (e) => {
    if (start !== null || !(e.target instanceof HTMLInputElement) || e.target.type !== 'file') return;
    start = performance.now();
    last = start;
    requestAnimationFrame(frame);
  }, true);
})`;

/** Writes `count` generated assessments as one export file each; returns the folder and the paths. */
export function writeRegionFiles(pkg: QuestionnairePackage, count = AGGREGATE_COUNT) {
  const dir = mkdtempSync(join(tmpdir(), 'digitalkompass-region-'));
  const exportedAt = new Date('2026-06-01T10:00:00Z');
  const paths = generateAssessments(pkg, count, 20260101).map((record, i) => {
    const path = join(dir, `kommune-${String(i + 1).padStart(4, '0')}.json`);
    writeFileSync(path, serializeExport(createExport([record], 'bench', exportedAt)));
    return path;
  });
  return { dir, paths, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens the regional overview, chooses the files and waits for the overview (CPU × `slowdown`). */
export async function regionLoad(
  browser: Browser,
  server: StaticServer,
  paths: string[],
  slowdown = 1,
): Promise<RegionLoadRun> {
  const s = await openSession(browser, slowdown, server, false);
  try {
    const { page, cdp } = s;
    await page.goto(`${server.url}#/region`);
    await page.getByTestId('region-empty').waitFor();
    await inPage(cdp, `(${WATCH}, true)`);
    await page.getByLabel('Exportdateien der Kommunen wählen').setInputFiles(paths);
    const run = await inPage<RegionLoadRun>(cdp, 'window.__regionLoad');
    const included = await page.getByTestId('region-included').textContent();
    if (!included?.startsWith(`${paths.length} `))
      throw new Error(`Regionale Übersicht: „${included}“ statt ${paths.length} Bewertungen`);
    return run;
  } finally {
    await s.context.close();
  }
}

/** The result table's row: median time to the overview, and the longest frame gap of all runs. */
export function regionRow(runs: RegionLoadRun[]): Row {
  const time = median(runs.map((r) => r.ms));
  const gap = max(runs.map((r) => r.maxFrameGap));
  const task = max(runs.map((r) => r.longestTask));
  return {
    name: `Regionale Übersicht aus ${AGGREGATE_COUNT.toLocaleString('de-DE')} Dateien (Browser, CPU ×1, Dateiwahl bis Übersicht)`,
    app: `Median ${ms(time)}, längste Bildlücke ${ms(gap)}`,
    baseline: '–',
    value: `${runs.length} Läufe: ${runs.map((r) => ms(r.ms)).join(', ')}; längste Aufgabe ${task > 0 ? ms(task) : 'keine über 50 ms'}`,
    target: `≤ ${REGION_MAX_MS} ms, keine Bildlücke > ${REGION_MAX_FRAME_GAP} ms`,
    ok: runs.length > 0 && time <= REGION_MAX_MS && gap <= REGION_MAX_FRAME_GAP,
  };
}
