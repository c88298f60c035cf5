import type { AssessmentRecord } from '../engine/assessment';
import { fitToQuestionnaire, type FitResult } from '../engine/export-envelope';
import { MigrationList } from '../engine/questionnaire-migration';
import { loadQuestionnairePackage } from './questionnaire-catalog';

// questionnaires/<id>/migrations.json: how answers of older versions carry over. Each loads lazily,
// only when an assessment of an older version is opened or imported. Checked at build time
// (tooling/questionnaire-files.ts); parsed again here because it is small and arrives as plain JSON.
const files = import.meta.glob<unknown>('../../questionnaires/*/migrations.json', { import: 'default' });

/** The mapping between versions of a built-in questionnaire, or null when it has none. */
export async function loadMigrations(questionnaireId: string): Promise<MigrationList | null> {
  const load = files[`../../questionnaires/${questionnaireId}/migrations.json`];
  if (!load) return null;
  const parsed = MigrationList.safeParse(await load());
  return parsed.success ? parsed.data : null;
}

/**
 * Fits an assessment (stored or imported) to the current version of its questionnaire: the same
 * version as it is, an older one through the questionnaire's mapping, anything else refused.
 */
export async function fitToCurrentVersion(record: AssessmentRecord): Promise<FitResult> {
  const pkg = await loadQuestionnairePackage(record.questionnaireId);
  if (!pkg.ok) return pkg;
  return fitToQuestionnaire(record, pkg.value.questionnaire, await loadMigrations(record.questionnaireId));
}
