import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../tooling/chromium.ts';
import { visibleQuestions } from '../../src/engine/score';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { answer, expect, fillProfile, firstField, optionName, test } from './helpers';

/** Starts Chromium on a profile folder, as a person's browser would, and connects to it. */
async function startBrowser(
  profile: string,
  port: number,
): Promise<{ browser: Browser; process: ChildProcess }> {
  const child = spawn(
    CHROME_PATH,
    [
      '--headless',
      ...CHROMIUM_FLAGS,
      `--user-data-dir=${profile}`,
      `--remote-debugging-port=${port}`,
      'about:blank',
    ],
    // Its own process group, so that the kill takes the whole browser, helpers included.
    { stdio: 'ignore', detached: true },
  );
  // Chromium takes a moment to open its debugging port: try until it answers (bounded).
  for (let i = 0; ; i++) {
    try {
      return { browser: await chromium.connectOverCDP(`http://127.0.0.1:${port}`), process: child };
    } catch (e) {
      if (i > 100) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** SIGKILL to the browser's whole process group, as in a power cut; resolves once it is gone. */
async function killBrowser(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const gone = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGKILL');
  await gone;
}

// Issue 16: Chromium writes localStorage to disk only after a delay, so answers given just before
// a power cut were lost. Every save also goes to IndexedDB with strict durability.
for (const edition of ['app', 'single file'] as const)
  test(`answers given a second before the browser is killed are there after a restart (${edition})`, async ({
    baseURL,
  }) => {
    const start =
      edition === 'app'
        ? (baseURL ?? '/')
        : pathToFileURL(resolve('dist-single/digitalkompass-kommune.html')).href;
    test.setTimeout(120_000);
    const profile = mkdtempSync(join(tmpdir(), 'dk-crash-'));
    const port = 9300 + Math.floor(Math.random() * 500);
    // Killed in `finally` as well: a failing step would otherwise leave the browser running.
    const started: ChildProcess[] = [];
    try {
      const first = await startBrowser(profile, port);
      started.push(first.process);
      const context = first.browser.contexts()[0];
      if (!context) throw new Error('Chromium has a default context');
      const page = await context.newPage();
      await page.goto(start);
      await fillProfile(page, { municipality: 'Stromausfall', kind: 'gemeinde' });
      const field = firstField(q);
      const questions = visibleQuestions(field, 'gemeinde');
      for (const [i, question] of questions.entries())
        await answer(page, question.id, (i % 5) as 0 | 1 | 2 | 3 | 4);
      await expect(page.getByText(`${questions.length} von`)).toBeVisible();
      // One second, then the process is gone: no chance to write anything on the way out.
      await page.waitForTimeout(1000);
      await killBrowser(first.process);

      const second = await startBrowser(profile, port + 1);
      started.push(second.process);
      const again = second.browser.contexts()[0];
      if (!again) throw new Error('Chromium has a default context');
      const reopened = await again.newPage();
      await reopened.goto(`${start}#/bewertungen`);
      await reopened
        .getByRole('link', { name: /Stromausfall/ })
        .first()
        .click();
      for (const [i, question] of questions.entries())
        await expect(
          reopened
            .locator(`.sd-question[data-name="${question.id}"]`)
            .getByRole('radio', { name: optionName((i % 5) as 0 | 1 | 2 | 3 | 4) }),
        ).toBeChecked();
      await second.browser.close();
      await killBrowser(second.process);
    } finally {
      for (const child of started) await killBrowser(child);
      // Chromium's helper processes may still be closing files for a moment.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  });
