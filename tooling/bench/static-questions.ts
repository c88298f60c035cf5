import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { QuestionnairePackage } from '../../src/engine/questionnaire-package.ts';
import { answeredFields, typingCost, type TypingResult } from './answer-cost.ts';
import { inPage, openSession } from './browser.ts';
import { startAssessment } from './page-loads.ts';
import { copyFromBuild } from './static-page.ts';
import { serve, type StaticServer } from './static-server.ts';

// The physical limit of an answer click: each field's page of the app as the browser shows it,
// written out as static HTML without a single script. A click on an option there costs only what
// the browser itself does (input events, hit test, the radio's checked state, style, layout,
// paint); whatever the app's click costs beyond that is React, SurveyJS and the app.

/**
 * The page as it is in the browser now, as static HTML: the style sheets SurveyJS and the app
 * built in the page (style elements filled by the CSSOM serialise empty) written out as one style
 * element, links made relative, scripts, module preloads, manifest and the CSP (which would refuse
 * that style element) removed. Runs in the page; returns the HTML and the linked style sheets.
 */
const SNAPSHOT = `(() => {
  const css = [...document.styleSheets, ...(document.adoptedStyleSheets ?? [])]
    .filter((s) => !s.href)
    .map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n'))
    .join('\\n');
  const root = document.documentElement.cloneNode(true);
  root.querySelectorAll('script, style, link[rel=modulepreload], link[rel=manifest], meta[http-equiv]').forEach((e) => e.remove());
  const style = document.createElement('style');
  style.textContent = css;
  root.querySelector('head').append(style);
  const sheets = [];
  for (const link of root.querySelectorAll('link[rel=stylesheet]')) {
    const path = new URL(link.getAttribute('href'), location.href).pathname.replace(/^\\//, '');
    link.setAttribute('href', './' + path);
    sheets.push(path);
  }
  return { html: '<!doctype html>' + root.outerHTML, sheets };
})()`;

/**
 * Walks through the app's questionnaire (CPU ×1, a new assessment) and writes each field's page,
 * once all its questions are on screen, into `out` as `feld-<n>.html` (n from 1), with the style
 * sheets they link copied from `appDir`. Returns the page names in the order of the fields.
 */
async function writeStaticQuestionPages(
  browser: Browser,
  app: StaticServer,
  appDir: string,
  pkg: QuestionnairePackage,
  out: string,
): Promise<string[]> {
  const s = await openSession(browser, 1, app);
  const names: string[] = [];
  const sheets = new Set<string>();
  mkdirSync(out, { recursive: true });
  try {
    await s.page.goto(app.url);
    await startAssessment(s.page, s.cdp);
    const fields = answeredFields(pkg);
    for (const [i, { field, questions }] of fields.entries()) {
      await s.page.getByRole('heading', { name: field.title.de, exact: true }).waitFor();
      // SurveyJS shows a field's questions one after another (field-model.ts): wait for the last.
      const last = questions[questions.length - 1];
      if (last)
        await s.page.locator(`.sd-question[data-name="${last.id}"] input[type=radio]`).first().waitFor();
      const page = await inPage<{ html: string; sheets: string[] }>(s.cdp, SNAPSHOT);
      for (const sheet of page.sheets) sheets.add(sheet);
      const name = `feld-${i + 1}.html`;
      writeFileSync(join(out, name), page.html);
      names.push(name);
      if (i < fields.length - 1) await s.page.getByRole('button', { name: 'Weiter', exact: true }).click();
    }
    copyFromBuild(appDir, out, sheets);
    return names;
  } finally {
    await s.context.close();
  }
}

/**
 * The limit of the app's answer clicks: writes its field pages as static HTML into `out`
 * (writeStaticQuestionPages), serves them and measures the same clicks there (CPU ×1).
 */
export async function staticTypingCost(
  browser: Browser,
  app: StaticServer,
  appDir: string,
  pkg: QuestionnairePackage,
  out: string,
): Promise<TypingResult> {
  const pages = await writeStaticQuestionPages(browser, app, appDir, pkg, out);
  const still = await serve(out);
  try {
    return await typingCost(browser, still, pkg, 1, { kind: 'static', pages });
  } finally {
    await still.close();
  }
}
