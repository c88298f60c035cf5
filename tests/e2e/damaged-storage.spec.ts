import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  fillProfile,
  openWithStored,
  STORAGE_KEY,
  startAssessment,
  storedValue,
  test,
} from './helpers';

/** The stored value of two assessments, as the app writes it. */
async function storedTwo(page: Page): Promise<string> {
  for (const municipality of ['Erstgemeinde', 'Zweitgemeinde'])
    await startAssessment(page, { municipality, kind: 'gemeinde', population: '1000-2999' });
  const raw = await storedValue(page);
  if (!raw) throw new Error('the app stored nothing');
  return raw;
}

/** The copies the app kept under their own keys. */
const keptCopies = (page: Page) =>
  page.evaluate((k) => {
    const out: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      if (key.startsWith(`${k}-sicherung-`)) out.push(localStorage.getItem(key) ?? '');
    }
    return out;
  }, STORAGE_KEY);

test('a value cut off by a crash: the complete assessment comes back, a copy is kept and can be downloaded', async ({
  page,
}) => {
  const raw = await storedTwo(page);
  const cut = raw.slice(0, raw.indexOf('Zweitgemeinde'));
  await openWithStored(page, cut, '#/bewertungen');
  const alert = page.getByRole('alert').filter({ hasText: 'unvollständig' });
  await expect(alert).toBeVisible();
  await expect(page.getByText('Erstgemeinde').first()).toBeVisible();
  expect(await keptCopies(page)).toEqual([cut]);
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Kopie der beschädigten Daten herunterladen' }).click();
  expect(readFileSync(await (await downloading).path(), 'utf8')).toBe(cut);
});

for (const [what, value, message] of [
  ['no JSON at all', '{kaputt', 'nicht lesbar'],
  [
    'assessments a list',
    '{"state":{"language":"de","assessments":[1,2],"customQuestionnaires":{}},"version":2}',
    'beschädigt',
  ],
  ['a state that is a number', '{"state":5,"version":2}', 'nicht lesbar'],
  ['a future version', '{"state":{"language":"de","assessments":{}},"version":99}', 'neueren Version'],
  [
    'an entry of the wrong shape',
    '{"state":{"language":"de","assessments":{"x":{"id":"x"}},"customQuestionnaires":{}},"version":2}',
    'beschädigt',
  ],
] as const)
  test(`damaged storage (${what}): the person is told, and the original survives the first new answer`, async ({
    page,
  }) => {
    await openWithStored(page, value, '#/bewertungen');
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    // Writing goes on as usual, and the copy stays as it was found.
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await fillProfile(page, { municipality: 'Neubeginn', kind: 'gemeinde', population: '1000-2999' });
    expect(await keptCopies(page)).toEqual([value]);
  });

for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
  test(`"${id}" as a questionnaire or assessment id in the address: a message, never a blank page`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`./#/neu/${id}`);
    await expect(page.getByRole('heading', { name: 'Fragebogen nicht gefunden' })).toBeVisible();
    for (const tail of ['fragen', 'ergebnis', 'profil', 'druck', 'rechenweg']) {
      await page.goto(`./#/bewertung/${id}/${tail}`);
      await expect(
        page.getByRole('alert').filter({ hasText: 'Diese Bewertung gibt es nicht (mehr).' }),
      ).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
