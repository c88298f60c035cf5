import type { AssessmentRecord } from '../engine/assessment';
import { createExport, serializeExport } from '../engine/export-envelope';
import { useAssessmentStore } from '../store/assessment-store';

/** The app version written into export files. */
export const APP_VERSION = __APP_VERSION__;

/** The export file content for some or all stored assessments. */
export function exportText(records: AssessmentRecord[]): string {
  return serializeExport(createExport(records, APP_VERSION, new Date()));
}

/** The export file content for every stored assessment. */
export function exportAllText(): string {
  return exportText(Object.values(useAssessmentStore.getState().assessments));
}
