import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { expect, firstField, optionName, startAssessment, test } from './helpers';

// A mouse press on an answer option starts no text selection and moves the focus nowhere of its
// own (survey/field-survey.tsx, for speed). What a person does with the mouse and then the
// keyboard must work as before, and text outside the options stays selectable.
test('a mouse click on an option checks and focuses it without selecting text; keyboard, note field and selecting the question text work as before', async ({
  page,
}) => {
  await startAssessment(page, { municipality: 'Mausklick', kind: 'gemeinde' });
  const [first] = firstField(q).questions;
  if (!first) throw new Error('the first field has no question');
  const question = page.locator(`.sd-question[data-name="${first.id}"]`);
  const option = (level: 0 | 1 | 2 | 3 | 4) => question.getByRole('radio', { name: optionName(level) });
  const text = (level: 0 | 1 | 2 | 3 | 4) =>
    question
      .locator('.sd-item')
      .filter({ has: page.getByRole('radio', { name: optionName(level) }) })
      .locator('.sd-item__control-label');
  const selected = () => page.evaluate(() => document.getSelection()?.toString() ?? '');

  await text(2).click();
  await expect(option(2)).toBeChecked();
  await expect(option(2)).toBeFocused();
  expect(await selected()).toBe('');

  // A double click would select a word of the option's text.
  await text(1).dblclick();
  await expect(option(1)).toBeChecked();
  await expect(option(1)).toBeFocused();
  expect(await selected()).toBe('');

  // The keyboard goes on from the clicked option.
  await page.keyboard.press('ArrowDown');
  await expect(option(2)).toBeChecked();
  await expect(option(2)).toBeFocused();

  // The note field takes the focus by mouse as before.
  const note = question.locator('textarea');
  await note.click();
  await expect(note).toBeFocused();
  await page.keyboard.type('Bauhof noch auf Papier');
  await expect(note).toHaveValue('Bauhof noch auf Papier');

  // The question's own text can still be selected, by a triple click.
  await question.locator('.sd-question__title').click({ clickCount: 3 });
  expect(await selected()).toContain(first.title.de);
  await expect(option(2)).toBeChecked();
});
