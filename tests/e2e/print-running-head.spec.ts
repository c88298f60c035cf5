import { writeFileSync } from 'node:fs';
import { bavarian as pkg } from '../fixtures/bavarian-package';
import { expect, test } from './helpers';
import { pdfPageTexts } from './pdf-text';
import { assessmentRecord, importAssessment, realisticAnswers } from './seed';

const municipality = 'Markt Kopfzeilenhausen';

// print.css and print-view.tsx put the municipality and "Seite n von m" into the page's top margin
// (@page margin boxes, which Chromium prints since version 131), on every page but the first.
test('from page 2 the printed sheet carries the municipality and “Seite 2 von 2”, page 1 does not', async ({
  page,
}, testInfo) => {
  await importAssessment(
    page,
    assessmentRecord(pkg, 'kopfzeile', municipality, 'markt', realisticAnswers(pkg, 'markt')),
  );
  await page.goto('./#/bewertung/kopfzeile/druck');
  const printed = async (file: string) => {
    await expect(page.locator('.radar-image')).toHaveJSProperty('complete', true);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync(testInfo.outputPath(file), pdf);
    await page.emulateMedia({ media: 'screen' });
    return pdfPageTexts(pdf);
  };

  const pages = await printed('ergebnisblatt.pdf');
  expect(pages).toHaveLength(2);
  const [first = '', second = ''] = pages;
  // The text was read: the sheet's own heading is on page 1.
  expect(first).toContain(`ERGEBNISBLATT DIGITALE REIFE ${municipality}`);
  expect(second.startsWith(`Ergebnisblatt ${municipality} Seite 2 von 2`), second.slice(0, 80)).toBe(true);
  expect(first).not.toContain('Seite 1 von 2');
  expect(first).not.toContain(`Ergebnisblatt ${municipality}`);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeVisible();
  const english = await printed('result-sheet.pdf');
  expect(english).toHaveLength(2);
  expect(english[0]).not.toContain('Page 1 of 2');
  expect(english[1]?.startsWith(`Result sheet ${municipality} Page 2 of 2`), english[1]?.slice(0, 80)).toBe(
    true,
  );
});
