// Assessments made with questionnaire 1.0.0 in the regional overview, the consolidation and the
// comparison: carried over with the mapping before they are aggregated, merged or compared, with the
// notice that opening one gives (the screens wrap their views in src/components/carry-over-gate.tsx).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnswerValue, AssessmentRecord } from '../../src/engine/assessment';
import { createExport, serializeExport } from '../../src/engine/export-envelope';
import { bavarianQuestionnaire as q } from '../fixtures/bavarian-package';
import { testProfile, testRecord } from '../fixtures/records';
import { expect, openWithStoredAssessments, test } from './helpers';

const NOTICE =
  'Die Antworten wurden aus Version 1.0.0 des Fragebogens in Version 2.0.0 übernommen. 2 Antworten sind mit „bitte prüfen“ markiert, weil sich ihre Frage geändert hat.';

function round(over: Partial<AssessmentRecord> & Pick<AssessmentRecord, 'id'>): AssessmentRecord {
  return testRecord({
    questionnaireId: 'bayern-kommunen',
    questionnaireVersion: '1.0.0',
    label: 'Frühjahr 2025',
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-02T08:00:00.000Z',
    profile: testProfile({
      municipality: 'Altdorf',
      population: '3000-4999',
      role: 'Geschäftsleitung',
      date: '2025-03-01',
    }),
    // The BayernID question (renamed, changed meaning), one changed and one unchanged question.
    answers: { 'onlinedienste.bayernid': 2, 'onlinedienste.angebot': 1, 'onlinedienste.bezahlen': 3 },
    ...over,
  });
}

/** A 2.0.0 round of the same municipality, every question at level 2. */
const current = (id: string, role: string, date: string): AssessmentRecord =>
  round({
    id,
    questionnaireVersion: q.version,
    label: 'Herbst 2026',
    createdAt: `${date}T08:00:00.000Z`,
    profile: {
      municipality: 'Altdorf',
      kind: 'gemeinde',
      regierungsbezirk: 'oberbayern',
      population: '3000-4999',
      role,
      date,
    },
    answers: Object.fromEntries(
      q.fields.flatMap((f) => f.questions).map((x): [string, AnswerValue] => [x.id, 2]),
    ),
  });

function writeExport(name: string, record: AssessmentRecord): string {
  const dir = mkdtempSync(join(tmpdir(), 'digitalkompass-versions-analysis-'));
  const path = join(dir, name);
  writeFileSync(path, serializeExport(createExport([record], 'test', new Date('2026-12-01T10:00:00Z'))));
  return path;
}

test('the regional overview counts a 1.0.0 file once carried over and says so', async ({ page }) => {
  await page.goto('./#/region');
  await page
    .getByLabel('Exportdateien der Kommunen wählen')
    .setInputFiles([
      writeExport('altdorf-2025.json', round({ id: 'alt-1' })),
      writeExport('neudorf-2026.json', { ...current('neu-1', '', '2026-11-02'), profile: null }),
      writeExport('zukunft.json', round({ id: 'alt-9', questionnaireVersion: '9.9.9' })),
    ]);
  await expect(page.getByTestId('carry-over-notice')).toContainText(`Altdorf – Frühjahr 2025: ${NOTICE}`);
  await expect(page.getByText('Eine Bewertung wird nicht berücksichtigt')).toBeVisible();
  // Altdorf counts; the 2.0.0 file without a profile is skipped as before.
  await expect(page.getByTestId('region-included')).toHaveText('Eine Bewertung einbezogen');
});

test('a 1.0.0 respondent is consolidated with a 2.0.0 one', async ({ page }) => {
  await page.goto('./#/zusammenfuehren');
  await page
    .getByLabel('Exportdateien der Beteiligten wählen')
    .setInputFiles([
      writeExport('alt.json', round({ id: 'alt-2' })),
      writeExport('neu.json', current('neu-2', 'Bürgermeisterin', '2026-11-02')),
    ]);
  await expect(page.getByTestId('carry-over-notice')).toContainText(NOTICE);
  await expect(page.getByTestId('consolidated-overall')).toBeVisible();
});

test('comparing a stored 1.0.0 round with a 2.0.0 round shows the notice', async ({ page }) => {
  const older = round({ id: 'alt-3' });
  const newer = current('neu-3', 'Geschäftsleitung', '2026-11-02');
  await openWithStoredAssessments(page, [older, newer], '#/vergleich');
  await expect(page.getByTestId('carry-over-notice')).toContainText(`Altdorf – Frühjahr 2025: ${NOTICE}`);
  await expect(page.getByTestId('changed-answers')).toContainText('bitte prüfen');
});
