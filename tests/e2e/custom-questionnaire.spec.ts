import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_TYPE } from '../../src/engine/questionnaire-package';
import { answer, expect, fillProfileForm, test } from './helpers';

const t = (de: string, en = `${de} (EN)`) => ({ de, en });
const levels = ['nichts', 'wenig', 'einiges', 'viel', 'alles'].map((w) => t(`Es gibt ${w}.`));
const hostile = '<img src=x onerror="window.__xss=1">';

/** A small questionnaire of another region: two fields, three questions, three recommendations. */
const bundle = {
  type: BUNDLE_TYPE,
  questionnaire: {
    type: 'digitalkompass-questionnaire',
    id: 'ile-testregion',
    version: '0.2.0',
    title: t('ILE Testregion – Kurzcheck'),
    description: t('Ein kurzer Fragebogen einer Integrierten Ländlichen Entwicklung.'),
    basedOn: t('Eigene Fragen der ILE'),
    levelNames: ['keine', 'Anfang', 'halb', 'weit', 'ganz'].map((n) => t(n)),
    themes: [{ id: 'W4', title: t('Zusammenarbeit'), description: t('Gemeinsam mehr erreichen') }],
    bands: [
      { from: 0, name: t('Start'), description: t('Am Anfang') },
      { from: 50, name: t('Weit'), description: t('Schon weit') },
    ],
    fields: [
      {
        id: 'gemeinsam',
        title: t('Gemeinsame Dienste'),
        description: t('Was die Gemeinden der ILE zusammen machen'),
        themes: ['W4'],
        defaultTarget: 3,
        questions: [
          {
            id: 'gemeinsam.it',
            title: t('Gemeinsamer IT-Betrieb?'),
            help: t('IT-Vertrag ansehen'),
            levels,
            themes: ['W4'],
          },
          {
            id: 'gemeinsam.bauhof',
            title: t('Digitaler Bauhof'),
            help: t('Bauhof fragen'),
            levels,
            themes: ['W4'],
            weight: 2,
          },
        ],
      },
      {
        id: 'daten',
        title: t('Gemeinsame Daten'),
        description: t('Daten, die die ILE teilt'),
        themes: ['W4'],
        defaultTarget: 2,
        questions: [
          {
            id: 'daten.portal',
            title: t('Gemeinsames Datenportal?'),
            help: t('Webseite der ILE'),
            levels,
            themes: ['W4'],
            allowNotApplicable: true,
          },
        ],
      },
    ],
  },
  recommendations: {
    type: 'digitalkompass-recommendations',
    questionnaireId: 'ile-testregion',
    version: '0.2.0',
    recommendations: ['gemeinsam', 'daten'].map((field) => ({
      id: `empf.${field}.start`,
      field,
      kind: 'first-step',
      title: t(`${field}: gemeinsam anfangen`),
      steps: [t('Treffen der Bürgermeister einberufen')],
      why: t('Zusammen geht es leichter.'),
      themes: ['W4'],
      actors: ['buergermeister'],
      effort: 'gering',
      horizon: 'sofort',
      trigger: { match: 'any', conditions: [{ field, scoreBelow: 60 }] },
      references: ['zdb'],
    })),
  },
  sources: {
    type: 'digitalkompass-sources',
    sources: [
      {
        id: 'zdb',
        name: t('ZD.B Themenplattform Smart Cities & Regions'),
        url: 'https://www.bayern-innovativ.de/de/seite/zd-b-themenplattform-smart-cities-and-regions',
        status: 'live',
        checked: '2026-12',
      },
    ],
  },
};

test('a questionnaire of another region is loaded from a file and completed', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'dk-custom-'));
  const good = join(dir, 'ile-testregion.json');
  writeFileSync(good, JSON.stringify(bundle));
  const broken = join(dir, 'kaputt.json');
  const wrong = structuredClone(bundle);
  wrong.questionnaire.fields[0]?.questions[0]?.levels.pop();
  writeFileSync(broken, JSON.stringify(wrong));
  page.on('dialog', () => {
    throw new Error('no dialog may open');
  });

  await page.goto('./#/frageboegen');
  const input = page.getByLabel('Fragebogen-Datei(en) wählen');
  await input.setInputFiles(broken);
  await expect(page.getByTestId('questionnaire-errors')).toContainText(
    'kaputt.json › questionnaire: fields[0].questions[0].levels: Es müssen genau fünf Stufen (0–4) beschrieben sein',
  );
  await expect(page.getByTestId('questionnaire-entry')).toHaveCount(1);
  // HTML in a text is refused when the package is loaded, as by the validator (issue 16).
  const withHtml = join(dir, 'mit-html.json');
  const html = structuredClone(bundle);
  const bauhof = html.questionnaire.fields[0]?.questions[1];
  if (!bauhof) throw new Error('the bundle has a second question');
  bauhof.title = t(`Digitaler Bauhof ${hostile}`);
  writeFileSync(withHtml, JSON.stringify(html));
  await input.setInputFiles(withHtml);
  await expect(page.getByTestId('questionnaire-errors')).toContainText(
    'mit-html.json › questionnaire: fields[0].questions[1].title.de: Text enthält HTML',
  );
  await expect(page.getByTestId('questionnaire-entry')).toHaveCount(1);

  await input.setInputFiles(good);
  await expect(page.getByText('„ILE Testregion – Kurzcheck“ wurde geladen')).toBeVisible();
  await expect(page.getByTestId('questionnaire-entry')).toHaveCount(2);
  await page.getByRole('link', { name: 'Neue Bewertung mit diesem Fragebogen' }).nth(1).click();
  await expect(page.getByText('Fragebogen: ILE Testregion – Kurzcheck (0.2.0)')).toBeVisible();
  await fillProfileForm(page, { municipality: 'Gemeinde Testhausen', kind: 'gemeinde' });
  await page.getByRole('button', { name: 'Weiter zu den Fragen' }).click();

  await expect(page.getByRole('heading', { name: 'Gemeinsame Dienste', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Digitaler Bauhof' })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await answer(page, 'gemeinsam.it', 4);
  await answer(page, 'gemeinsam.bauhof', 1);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await answer(page, 'daten.portal', 'notApplicable');
  await page.getByRole('button', { name: 'Zum Ergebnis' }).click();

  // (4 × 1 + 1 × 2) / 3 levels → (100 + 2 × 25) / 3 = 50 points; "nicht zutreffend" leaves "daten" without a score.
  await expect(page.getByTestId('overall-score')).toHaveText('50 von 100 Punkten');
  await expect(page.getByTestId('overall-band')).toHaveText('Weit');
  await expect(page.getByTestId('field-score-daten')).toHaveText('–');
  await expect(page.getByTestId('recommendation')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // The loaded questionnaire survives a reload.
  await page.reload();
  await expect(page.getByTestId('overall-score')).toHaveText('50 von 100 Punkten');
});

// Issue 16: a package whose id is a name Object.prototype has. Ids are lower case, so of these
// only "constructor" is a possible one: it loads and starts like any other; the rest are refused.
for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
  test(`a package with the id "${id}": loaded and started, or refused with a reason`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const named = structuredClone(bundle);
    named.questionnaire.id = id;
    named.recommendations.questionnaireId = id;
    const dir = mkdtempSync(join(tmpdir(), 'dk-proto-'));
    const file = join(dir, `${id}.json`);
    writeFileSync(file, JSON.stringify(named));
    await page.goto('./#/frageboegen');
    await page.getByLabel('Fragebogen-Datei(en) wählen').setInputFiles(file);
    if (id === 'constructor') {
      await expect(page.getByText('„ILE Testregion – Kurzcheck“ wurde geladen')).toBeVisible();
      await expect(page.getByTestId('questionnaire-entry')).toHaveCount(2);
      await page.getByRole('link', { name: 'Neue Bewertung mit diesem Fragebogen' }).nth(1).click();
      await expect(page.getByText('Fragebogen: ILE Testregion – Kurzcheck (0.2.0)')).toBeVisible();
    } else {
      await expect(page.getByTestId('questionnaire-errors')).toContainText(
        `${id}.json › questionnaire: id: Kennung darf nur Kleinbuchstaben, Ziffern, Punkt und Bindestrich enthalten`,
      );
      await expect(page.getByTestId('questionnaire-entry')).toHaveCount(1);
    }
    expect(errors).toEqual([]);
  });
