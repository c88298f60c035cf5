import type { Page } from '@playwright/test';
import type { AnswerValue } from '../../src/engine/assessment';
import { visibleQuestions } from '../../src/engine/score';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { answer, expect, firstField, optionName, startAssessment, test } from './helpers';

const NOTICE = 'In einem anderen Fenster oder Tab wurde eine Bewertung geändert';
const field = firstField(q);
const [x, y, z] = visibleQuestions(field, 'gemeinde');
if (!x || !y || !z) throw new Error('the first field has three questions');

const radio = (page: Page, questionId: string, value: AnswerValue) =>
  page.locator(`.sd-question[data-name="${questionId}"]`).getByRole('radio', { name: optionName(value) });

async function storedAnswers(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('digitalkompass-kommune');
    const parsed = raw
      ? (JSON.parse(raw) as { state: { assessments: Record<string, { answers: Record<string, unknown> }> } })
      : null;
    const all = Object.values(parsed?.state.assessments ?? {});
    return all[0]?.answers ?? {};
  });
}

/** Marks the window: the mark is gone after a reload. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { __same?: boolean }).__same = true));
const sameWindow = (page: Page) =>
  page.evaluate(() => (window as unknown as { __same?: boolean }).__same === true);

test('two tabs on the same questionnaire see each other’s answers and never overwrite them', async ({
  page: a,
  context,
}) => {
  await startAssessment(a, { municipality: 'Zweifenstern', kind: 'gemeinde' });
  const url = a.url();
  expect(url).toMatch(/#\/bewertung\/[^/]+\/fragen$/);
  const b = await context.newPage();
  // Same origin as the fixture checks, but the fixture only watches the first page.
  const foreign: string[] = [];
  const origin = new URL(url).origin;
  b.on('request', (r) => {
    if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  await b.goto(url);
  await expect(b.locator(`.sd-question[data-name="${x.id}"]`)).toBeVisible();
  await mark(a);
  await mark(b);

  // --- X in tab A: tab B shows the notice and the answer without a reload.
  await answer(a, x.id, 3);
  await expect(b.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
  await expect(radio(b, x.id, 3)).toBeChecked();
  await expect(b.getByText(/^1 von \d+ Fragen beantwortet$/)).toBeVisible();
  expect(await sameWindow(b)).toBe(true);

  // --- Y in tab B: tab A shows it; X is still answered everywhere.
  await answer(b, y.id, 'dontKnow');
  await expect(a.getByRole('status').filter({ hasText: NOTICE })).toBeVisible();
  await expect(radio(a, y.id, 'dontKnow')).toBeChecked();
  await expect(radio(a, x.id, 3)).toBeChecked();
  await expect(radio(b, x.id, 3)).toBeChecked();
  await expect(radio(b, y.id, 'dontKnow')).toBeChecked();
  await expect(a.getByText(/^2 von \d+ Fragen beantwortet$/)).toBeVisible();
  await expect.poll(() => storedAnswers(a)).toEqual({ [x.id]: 3, [y.id]: 'dontKnow' });

  // --- Z in tab A again, then a changed X in tab B: the newest state is kept, nothing is lost.
  await answer(a, z.id, 1);
  await expect(radio(b, z.id, 1)).toBeChecked();
  await answer(b, x.id, 4);
  await expect(radio(a, x.id, 4)).toBeChecked();
  await expect.poll(() => storedAnswers(b)).toEqual({ [x.id]: 4, [y.id]: 'dontKnow', [z.id]: 1 });
  for (const p of [a, b]) {
    await expect(radio(p, x.id, 4)).toBeChecked();
    await expect(radio(p, y.id, 'dontKnow')).toBeChecked();
    await expect(radio(p, z.id, 1)).toBeChecked();
    expect(await sameWindow(p)).toBe(true);
  }

  // --- A note typed in tab B appears in tab A; the answers stay.
  const note = (p: Page) => p.locator(`.sd-question[data-name="${y.id}"] textarea`);
  await note(b).fill('Nachfragen beim Landratsamt');
  await expect(note(a)).toHaveValue('Nachfragen beim Landratsamt');
  await expect(radio(a, x.id, 4)).toBeChecked();
  await expect
    .poll(() =>
      b.evaluate(() =>
        localStorage.getItem('digitalkompass-kommune')?.includes('Nachfragen beim Landratsamt'),
      ),
    )
    .toBe(true);

  // --- The notice can be closed; a reload of either tab shows the same answers.
  await a.getByRole('button', { name: 'Hinweis schließen' }).click();
  await expect(a.getByRole('status').filter({ hasText: NOTICE })).toBeHidden();
  await b.reload();
  await expect(radio(b, x.id, 4)).toBeChecked();
  await expect(radio(b, y.id, 'dontKnow')).toBeChecked();
  await expect(radio(b, z.id, 1)).toBeChecked();
  expect(await storedAnswers(b)).toEqual({ [x.id]: 4, [y.id]: 'dontKnow', [z.id]: 1 });
  expect(foreign, 'requests of tab B to other origins').toEqual([]);
  await b.close();
});
