import type { Page } from '@playwright/test';
import type { AnswerValue, Answers, AssessmentRecord } from '../../src/engine/assessment';
import { createExport, serializeExport } from '../../src/engine/export-envelope';
import type { MunicipalityKind } from '../../src/engine/questionnaire-schema';
import type { QuestionnairePackage } from '../../src/engine/questionnaire-package';
import { visibleQuestions } from '../../src/engine/score';
import { expect } from './helpers';

/**
 * Answers as a real municipality gives them: levels 0–3 spread over the questions, every ninth
 * "weiß nicht". For a Markt this is 56 questions and about 40 recommendations.
 */
export function realisticAnswers(pkg: QuestionnairePackage, kind: MunicipalityKind): Answers {
  const answers: Record<string, AnswerValue> = {};
  let n = 0;
  for (const field of pkg.questionnaire.fields)
    for (const question of visibleQuestions(field, kind)) {
      answers[question.id] = n % 9 === 4 ? 'dontKnow' : (((n * 7) % 4) as 0 | 1 | 2 | 3);
      n++;
    }
  return answers;
}

/** A completed assessment record with the given id, municipality and answers. */
export function assessmentRecord(
  pkg: QuestionnairePackage,
  id: string,
  municipality: string,
  kind: MunicipalityKind,
  answers: Answers,
): AssessmentRecord {
  return {
    id,
    questionnaireId: pkg.questionnaire.id,
    questionnaireVersion: pkg.questionnaire.version,
    label: 'Herbst 2026',
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    profile: {
      municipality,
      kind,
      regierungsbezirk: 'schwaben',
      population: '5000-9999',
      role: 'Geschäftsleitung',
      date: '2026-11-20',
    },
    answers,
    notes: {},
    targets: {},
    plan: [],
    currentPage: null,
    completedAt: '2026-11-20T10:00:00.000Z',
    toConfirm: [],
    previousId: null,
  };
}

/** Loads the assessment as a person would: an export file on "Sichern und laden". */
export async function importAssessment(page: Page, record: AssessmentRecord): Promise<void> {
  const text = serializeExport(createExport([record], '0.1.0', new Date('2026-11-21T08:00:00Z')));
  await page.goto('./#/daten');
  await page
    .getByLabel('Exportdatei(en) des Digitalkompass wählen')
    .setInputFiles({ name: 'bewertung.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: '1 Bewertung übernehmen' }).click();
  await expect(page.getByText('1 Bewertung wurde übernommen.')).toBeVisible();
}
