import type { AssessmentRecord } from '../engine/assessment';
import { fitToQuestionnaire, type FitResult } from '../engine/export-envelope';
import { MigrationList } from '../engine/questionnaire-migration';
import { loadQuestionnairePackage, type CatalogResult } from './questionnaire-catalog';

/** An assessment fitted to the current questionnaire version, or why its questionnaire is not there. */
export type CurrentFit =
  FitResult | { ok: false; questionnaire: Extract<CatalogResult, { ok: false }>['errors'] };

// questionnaires/<id>/migrations.json: how answers of older versions carry over. Each loads lazily,
// only when an assessment of an older version is opened or imported. Checked at build time
// (tooling/questionnaire-files.ts); parsed again here because it is small and arrives as plain JSON.
const files = import.meta.glob<unknown>('../../questionnaires/*/migrations.json', { import: 'default' });

// One load per questionnaire: the same promise each time, as React's `use` needs it.
const loads = new Map<string, Promise<MigrationList | null>>();

/** The mapping between versions of a built-in questionnaire, or null when it has none (loaded once). */
export function loadMigrations(questionnaireId: string): Promise<MigrationList | null> {
  let p = loads.get(questionnaireId);
  if (!p) {
    p = readMigrations(questionnaireId);
    loads.set(questionnaireId, p);
    // Not loaded (offline before the offline copy was complete): try again next time.
    p.catch(() => loads.delete(questionnaireId));
  }
  return p;
}

async function readMigrations(questionnaireId: string): Promise<MigrationList | null> {
  const load = files[`../../questionnaires/${questionnaireId}/migrations.json`];
  if (!load) return null;
  const parsed = MigrationList.safeParse(await load());
  return parsed.success ? parsed.data : null;
}

/**
 * Fits an assessment (stored or imported) to the current version of its questionnaire: the same
 * version as it is, an older one through the questionnaire's mapping, anything else refused.
 */
export async function fitToCurrentVersion(record: AssessmentRecord): Promise<CurrentFit> {
  const pkg = await loadQuestionnairePackage(record.questionnaireId);
  if (!pkg.ok) return { ok: false, questionnaire: pkg.errors };
  return fitToQuestionnaire(record, pkg.value.questionnaire, await loadMigrations(record.questionnaireId));
}
