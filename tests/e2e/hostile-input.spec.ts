import type { Page } from '@playwright/test';
import { newAssessmentRecord, type AssessmentRecord } from '../../src/engine/assessment';
import { createExport, parseImport, serializeExport } from '../../src/engine/export-envelope';
import { visibleQuestions } from '../../src/engine/score';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { answer, expect, firstField, startAssessment, test } from './helpers';

/** Classic payloads: HTML/attribute injection, script tags, template injection, javascript: URLs. */
const P = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=2</script>',
  svg: '"><svg onload=window.__xss=3>',
  template: "{{constructor.constructor('window.__xss=4')()}}",
  js: 'javascript:window.__xss=5',
};
const ALL = Object.values(P).join(' ');
const municipality = ALL;
const role = `${P.svg} ${P.js}`;
const roundName = `${P.script} ${P.template}`;
const planTitle = `${P.img}${P.script}`;
const planOwner = P.svg;

const importedName = `${P.svg} Importhausen ${P.img}`;
const importedId = '"><img src=x onerror=window.__xss=6>';
const hostileQuestionId = '<img src=x onerror="window.__xss=7">';

const field = firstField(q);
const firstQuestions = visibleQuestions(field, 'markt');
const firstQuestion = firstQuestions[0];
if (!firstQuestion) throw new Error('the first field has questions');

/** An export file whose every free-text field is hostile, built as the app builds it. */
function hostileExport(): string {
  if (!firstQuestion) throw new Error('unreachable');
  const at = '2026-03-01T09:30:00.000Z';
  const record: AssessmentRecord = {
    ...newAssessmentRecord({
      id: importedId,
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      label: `${P.template} ${P.img}`,
      now: at,
    }),
    profile: {
      municipality: importedName,
      kind: 'markt',
      regierungsbezirk: 'oberpfalz',
      population: '1000-2999',
      role: P.script,
      date: '2026-03-01',
    },
    answers: Object.fromEntries(firstQuestions.map((qu, i) => [qu.id, i % 5])),
    notes: { [firstQuestion.id]: ALL },
    targets: { [field.id]: 3 },
    plan: [
      {
        id: P.img,
        recommendationId: null,
        title: `${P.img} ${P.js}`,
        owner: P.template,
        due: '2026-12-31',
        status: 'offen',
        note: ALL,
      },
    ],
  };
  const text = serializeExport(createExport([record], '0.1.0', new Date(at)));
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return text;
}

/** No payload ran, nothing was injected into the DOM, no dialog opened, nothing was blocked by the CSP. */
async function expectClean(page: Page, where: string, dialogs: string[], csp: string[]) {
  const state = await page.evaluate(async () => {
    // The page's own inline script (after the start screen written at build time) is the one the
    // Content-Security-Policy names by its hash; any other inline script was injected.
    const policy =
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const sha256 = async (text: string) =>
      `'sha256-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))))}'`;
    const scripts = [...document.querySelectorAll('script')];
    const allowed = await Promise.all(
      scripts.map(async (s) =>
        s.src ? new URL(s.src).origin === location.origin : policy.includes(await sha256(s.text)),
      ),
    );
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss,
      injected: [
        ...document.querySelectorAll(
          'img[src="x"], svg[onload], [onerror], [onload], iframe, object, embed, a[href^="javascript:" i]',
        ),
      ].map((e) => e.outerHTML.slice(0, 120)),
      foreignScripts: scripts
        .filter((s, i) => !allowed[i] || /__xss/.test(s.textContent))
        .map((s) => s.outerHTML.slice(0, 120)),
    };
  });
  expect(state.xss, `window.__xss on ${where}`).toBeUndefined();
  expect(state.injected, `injected elements on ${where}`).toEqual([]);
  expect(state.foreignScripts, `injected scripts on ${where}`).toEqual([]);
  expect(dialogs, `dialogs on ${where}`).toEqual([]);
  expect(csp, `Content-Security-Policy violations on ${where}`).toEqual([]);
}

test('hostile text in every input and in an imported file stays inert text', async ({ page }) => {
  test.setTimeout(60_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) csp.push(m.text());
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The guard survives reloads: a payload that sets window.__xss is remembered for the session.
  await page.addInitScript(() => {
    Object.defineProperty(window, '__xss', {
      configurable: true,
      get: () => sessionStorage.getItem('__xss') ?? undefined,
      set: (v: unknown) => sessionStorage.setItem('__xss', String(v)),
    });
  });
  const clean = (where: string) => expectClean(page, where, dialogs, csp);

  // --- Typed in: profile, note, answers.
  await startAssessment(page, { municipality, kind: 'markt', role });
  for (const [i, question] of firstQuestions.entries()) await answer(page, question.id, (i % 4) + 1);
  await page.locator(`.sd-question[data-name="${firstQuestion.id}"] textarea`).fill(ALL);
  await expect(page.locator('#questionnaire-heading')).toContainText(municipality);
  await clean('questionnaire');

  // --- Results: plan title and owner.
  await page.getByRole('link', { name: 'Zwischenergebnis ansehen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ergebnis: ${municipality}`);
  const id = /#\/bewertung\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  await page.getByLabel('Titel der eigenen Maßnahme').fill(planTitle);
  await page.getByRole('button', { name: 'Eigene Maßnahme hinzufügen' }).click();
  const item = page.getByTestId('plan-item');
  await expect(item.getByRole('heading', { level: 3 })).toHaveText(planTitle);
  await item.getByLabel('Verantwortlich').fill(planOwner);
  await expect(item.getByLabel('Verantwortlich')).toHaveValue(planOwner);
  await clean('results');

  // --- List: rename the round.
  await page.goto('./#/bewertungen');
  await page.getByRole('button', { name: /^Umbenennen: / }).click();
  await page.getByLabel('Neuer Name der Runde').fill(roundName);
  await page.getByRole('button', { name: 'Speichern' }).click();
  const row = page.locator('tbody tr');
  await expect(row.getByRole('rowheader')).toHaveText(municipality);
  await expect(row.getByRole('cell').first()).toHaveText(roundName);
  await clean('list');

  // --- Reload: everything comes back from storage, still as text.
  await page.reload();
  await expect(row.getByRole('cell').first()).toHaveText(roundName);
  await clean('list after reload');

  await page.goto(`./#/bewertung/${id}/fragen`);
  await expect(page.locator(`.sd-question[data-name="${firstQuestion.id}"] textarea`)).toHaveValue(ALL);
  await clean('questionnaire after reload');

  await page.goto(`./#/bewertung/${id}/profil`);
  await expect(page.getByLabel('Name der Kommune')).toHaveValue(municipality);
  await expect(page.getByLabel(/Ihre Funktion/)).toHaveValue(role);
  await clean('profile');

  await page.goto(`./#/bewertung/${id}/rechenweg`);
  await expect(page.getByRole('heading', { level: 1, name: 'Wie wird gerechnet?' })).toBeVisible();
  await expect(page.locator('main')).toContainText(municipality);
  await clean('explain');

  await page.goto(`./#/bewertung/${id}/druck`);
  const sheet = page.locator('.print-sheet');
  await expect(sheet.getByRole('heading', { level: 1 })).toContainText(municipality);
  await expect(sheet).toContainText(roundName);
  await expect(sheet).toContainText(planTitle);
  await page.getByLabel('Anhang mit allen Antworten und Notizen drucken').check();
  await expect(sheet).toContainText(ALL);
  await clean('print');

  // --- Import: a hostile file that is valid, and one with a hostile question id that is refused.
  await page.goto('./#/daten');
  await expect(page.getByRole('heading', { level: 1, name: 'Sichern und laden' })).toBeVisible();
  await clean('data screen');
  const input = page.getByLabel('Exportdatei(en) des Digitalkompass wählen');
  const valid = hostileExport();
  const invalid = valid.replace(
    `"${firstQuestion.id}": 0`,
    JSON.stringify({ [hostileQuestionId]: 0 }).slice(1, -1),
  );
  expect(invalid).not.toBe(valid);
  await input.setInputFiles([
    { name: `${P.img}.json`, mimeType: 'application/json', buffer: Buffer.from(valid) },
    { name: 'unbekannte-frage.json', mimeType: 'application/json', buffer: Buffer.from(invalid) },
  ]);
  const problems = page.getByTestId('import-errors');
  await expect(problems).toHaveCount(1);
  await expect(problems).toContainText(
    `answers › ${hostileQuestionId}: Frage „${hostileQuestionId}“ gibt es`,
  );
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('rowheader')).toHaveText(importedName);
  await expect(preview).toContainText(`${P.template} ${P.img}`);
  await clean('import preview');
  await page.getByRole('button', { name: '1 Bewertung übernehmen' }).click();
  await expect(page.getByText('1 Bewertung wurde übernommen.')).toBeVisible();

  await page.goto('./#/bewertungen');
  await expect(row).toHaveCount(2);
  await expect(page.getByRole('rowheader', { name: importedName })).toBeVisible();
  await clean('list with the import');
  await page.getByRole('link', { name: `Ergebnis: ${importedName}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ergebnis: ${importedName}`);
  await expect(page.getByTestId('plan-item').getByRole('heading', { level: 3 })).toHaveText(
    `${P.img} ${P.js}`,
  );
  await expect(page.getByTestId('plan-item').getByLabel('Verantwortlich')).toHaveValue(P.template);
  await clean('imported results');

  const importedHref = encodeURIComponent(importedId);
  await page.goto(`./#/bewertung/${importedHref}/profil`);
  await expect(page.getByLabel('Name der Kommune')).toHaveValue(importedName);
  await expect(page.getByLabel(/Ihre Funktion/)).toHaveValue(P.script);
  await clean('imported profile');
  await page.goto(`./#/bewertung/${importedHref}/fragen`);
  await expect(page.locator(`.sd-question[data-name="${firstQuestion.id}"] textarea`)).toHaveValue(ALL);
  await clean('imported questionnaire');
  await page.goto(`./#/bewertung/${importedHref}/rechenweg`);
  await expect(page.locator('main')).toContainText(importedName);
  await clean('imported explain');
  await page.goto(`./#/bewertung/${importedHref}/druck`);
  await expect(sheet.getByRole('heading', { level: 1 })).toContainText(importedName);
  await expect(sheet).toContainText(`Runde:${P.template} ${P.img}`);
  await page.getByLabel('Anhang mit allen Antworten und Notizen drucken').check();
  await expect(sheet).toContainText(ALL);
  await clean('imported print');

  for (const [hash, name] of [
    ['#/vergleich', 'compare'],
    ['#/region', 'region'],
    ['#/zusammenfuehren', 'consolidate'],
  ] as const) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await clean(name);
  }
  expect(errors, 'uncaught errors').toEqual([]);
});
