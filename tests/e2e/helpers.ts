import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import type { Answers, AnswerValue, AssessmentRecord } from '../../src/engine/assessment';
import { createExport, serializeExport } from '../../src/engine/export-envelope';
import type { Field, MunicipalityKind, Question, Questionnaire } from '../../src/engine/questionnaire-schema';
import { visibleQuestions } from '../../src/engine/score';

/** The localStorage key the app keeps its state under. */
export const STORAGE_KEY = 'digitalkompass-kommune';

/**
 * Every test fails if the page asks anything of another origin: nothing may leave the device.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * For the single file opened from disk: only file:, data: and blob: addresses may be asked for.
 * Everything else (any http(s) request, whatever the host) would leave the device and fails the test.
 */
export const fileTest = test.extend({
  // Replaces the origin check above (it stays an automatic fixture).
  foreignRequests: async ({ page }, provide) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('file://') && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
    });
    await provide(foreign);
    expect(foreign, 'requests that leave the file').toEqual([]);
  },
});

/** A profile as a person enters it; a test names the Regierungsbezirk and population only where it matters. */
export interface ProfileInput {
  municipality: string;
  kind: string;
  /** Oberbayern unless given. */
  bezirk?: string;
  /** 3.000 bis 4.999 unless given. */
  population?: string;
  role?: string;
}

/** Starts a new assessment from the start screen and fills the profile. */
export async function startAssessment(page: Page, p: ProfileInput): Promise<void> {
  await page.goto('./');
  await fillProfile(page, p);
}

/** On the start screen already open: "Vollständige Bewertung", the profile, the first question. */
export async function fillProfile(page: Page, p: ProfileInput): Promise<void> {
  await page.getByRole('link', { name: 'Vollständige Bewertung (30–45 Minuten)' }).click();
  await fillProfileForm(page, p);
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();
  await expect(page.locator('.sd-question').first()).toBeVisible();
}

/** Fills the open profile form (the role only if given) without sending it. */
export async function fillProfileForm(page: Page, p: ProfileInput): Promise<void> {
  await page.getByLabel('Name der Kommune').fill(p.municipality);
  await page.getByLabel('Art der Kommune').selectOption(p.kind);
  await page.getByLabel('Regierungsbezirk').selectOption(p.bezirk ?? 'oberbayern');
  await page.getByLabel('Einwohnerzahl').selectOption(p.population ?? '3000-4999');
  if (p.role) await page.getByLabel(/Ihre Funktion/).fill(p.role);
}

/** The radio option a person would pick for an answer. */
export function optionName(value: AnswerValue): RegExp {
  if (value === 'dontKnow') return /^weiß nicht$/;
  if (value === 'notApplicable') return /^nicht zutreffend$/;
  return new RegExp(`^Stufe ${value} – `);
}

/** Answers one question on the current page by clicking its option. */
export async function answer(page: Page, questionId: string, value: AnswerValue): Promise<void> {
  const question = page.locator(`.sd-question[data-name="${questionId}"]`);
  await question.getByRole('radio', { name: optionName(value) }).check({ force: true });
}

/** Answers these questions of the current page, the i-th with `valueFor(question, i)`; returns the answers. */
export async function answerQuestions(
  page: Page,
  questions: readonly Question[],
  valueFor: (question: Question, i: number) => AnswerValue,
): Promise<Answers> {
  const answers: Answers = {};
  for (const [i, question] of questions.entries()) {
    const value = valueFor(question, i);
    answers[question.id] = value;
    await answer(page, question.id, value);
  }
  return answers;
}

/**
 * Answers every question a municipality of `kind` sees, page by page (each page's heading must show
 * first), the n-th question overall with `valueFor(question, n)`; `onPage` runs after a page's
 * answers. Ends with "Zum Ergebnis" and returns the answers.
 */
export async function answerWholeQuestionnaire(
  page: Page,
  questionnaire: Questionnaire,
  kind: MunicipalityKind,
  valueFor: (question: Question, n: number) => AnswerValue,
  onPage?: (questions: Question[], i: number) => Promise<void>,
): Promise<Answers> {
  const answers: Answers = {};
  const fields = questionnaire.fields.filter((f) => visibleQuestions(f, kind).length > 0);
  let n = 0;
  for (const [i, field] of fields.entries()) {
    await expect(page.getByRole('heading', { name: field.title.de, exact: true })).toBeVisible();
    const questions = visibleQuestions(field, kind);
    for (const question of questions) {
      const value = valueFor(question, n++);
      answers[question.id] = value;
      await answer(page, question.id, value);
    }
    await onPage?.(questions, i);
    const last = i === fields.length - 1;
    await page.getByRole('button', { name: last ? 'Zum Ergebnis' : 'Weiter' }).click();
  }
  return answers;
}

/** The questionnaire's first field; a questionnaire without fields fails the test. */
export function firstField(questionnaire: Questionnaire): Field {
  const field = questionnaire.fields[0];
  if (!field) throw new Error('questionnaire has fields');
  return field;
}

/** The id of the assessment whose screen is open, from the address. */
export function assessmentIdOf(page: Page): string {
  const id = /#\/bewertung\/([^/]+)\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no assessment id in ${page.url()}`);
  return id;
}

/**
 * Puts `value` under the app's storage key and opens the app anew at `hash` (e.g. "#/bewertungen").
 * The value is written on a page of the same origin that is not the app (its icon): written on the
 * app's own page, it raced with the app's start, which may read the storage before or after it.
 */
export async function openWithStored(page: Page, value: string, hash: string): Promise<void> {
  await page.goto('./favicon.svg');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, value] as const);
  await page.goto(`./${hash}`);
}

/** What the app stored under its key, exactly as written; null when nothing is stored. */
export function storedValue(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
}

/** Stores these assessments as the app's state of version 1 and opens the app anew at `hash`. */
export async function openWithStoredAssessments(
  page: Page,
  records: AssessmentRecord[],
  hash: string,
): Promise<void> {
  const assessments = Object.fromEntries(records.map((r) => [r.id, r]));
  await openWithStored(page, JSON.stringify({ state: { language: 'de', assessments }, version: 1 }), hash);
}

/** Writes each group of assessments as one export file into a fresh temp folder; returns the paths. */
export function writeExportFiles(
  files: { name: string; records: AssessmentRecord[] }[],
  exportedAt: Date,
): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'digitalkompass-export-'));
  return files.map(({ name, records }) => {
    const path = join(dir, name);
    writeFileSync(path, serializeExport(createExport(records, 'test', exportedAt)));
    return path;
  });
}

/** axe finds no WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Pages of a PDF: page objects, not the page tree (`/Type /Pages`). */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The page is no wider than the window: nothing makes people scroll sideways. */
export async function expectNoSidewaysScrolling(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0], `${what}: Seitenbreite`).toBeLessThanOrEqual(widths[1] ?? 0);
}
