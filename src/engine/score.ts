import { DONT_KNOW, NOT_APPLICABLE, ownValue, type Answers, type AnswerValue } from './assessment';
import type { Band, Field, MunicipalityKind, Question, Questionnaire } from './questionnaire-schema';

/** Points of one level: 0 → 0, 1 → 25, … 4 → 100. */
export function levelToPoints(level: number): number {
  return (level / 4) * 100;
}

/** True when the question is shown to a municipality of this kind. Without a kind all are shown. */
export function isQuestionVisible(question: Question, kind: MunicipalityKind | undefined): boolean {
  return !question.onlyFor || kind === undefined || question.onlyFor.includes(kind);
}

/** The questions of a field that a municipality of this kind sees. */
export function visibleQuestions(field: Field, kind: MunicipalityKind | undefined): Question[] {
  return field.questions.filter((q) => isQuestionVisible(q, kind));
}

/** Score of one field and how its questions were answered. */
export interface FieldScore {
  fieldId: string;
  /** Weighted mean of answered questions in points 0–100; null when nothing is scorable. */
  score: number | null;
  /** Visible questions in this field. */
  total: number;
  /** Answered with a level 0–4. */
  scored: number;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  /** Sum of the weights of scored questions (the denominator). */
  weightSum: number;
}

/** The score of a whole assessment. */
export interface AssessmentScore {
  fields: FieldScore[];
  /** Mean of the field scores that exist; null when no field has a score. */
  overall: number | null;
  band: Band | null;
  /** Totals over all visible questions. */
  counts: { total: number; scored: number; dontKnow: number; notApplicable: number; unanswered: number };
}

/** Why answers cannot be scored: the first question whose answer the questionnaire does not allow. */
export type AnswerProblem =
  | { code: 'unknownQuestion'; question: string }
  | { code: 'dontKnowNotOffered'; question: string }
  | { code: 'notApplicableNotOffered'; question: string }
  | { code: 'invalidLevel'; question: string; value: string };

/**
 * The first answer that cannot be scored: an unknown question id, a level outside 0–4, or
 * "weiß nicht"/"nicht zutreffend" where the question does not offer it. Null when all can.
 */
export function answerProblem(questionnaire: Questionnaire, answers: Answers): AnswerProblem | null {
  const byId = new Map<string, Question>();
  for (const f of questionnaire.fields) for (const q of f.questions) byId.set(q.id, q);
  for (const [id, value] of Object.entries(answers) as [string, AnswerValue | undefined][]) {
    const question = byId.get(id);
    if (!question) return { code: 'unknownQuestion', question: id };
    if (value === DONT_KNOW) {
      if (!question.allowDontKnow) return { code: 'dontKnowNotOffered', question: id };
    } else if (value === NOT_APPLICABLE) {
      if (!question.allowNotApplicable) return { code: 'notApplicableNotOffered', question: id };
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 4)
      return { code: 'invalidLevel', question: id, value: JSON.stringify(value) };
  }
  return null;
}

/**
 * Rejects answers that cannot be scored (see `answerProblem`). A guard for callers: throws an
 * Error for developers naming the question; people are told through `answerProblem`'s code.
 */
export function assertValidAnswers(questionnaire: Questionnaire, answers: Answers): void {
  const problem = answerProblem(questionnaire, answers);
  if (!problem) return;
  const id = problem.question;
  switch (problem.code) {
    case 'unknownQuestion':
      throw new Error(`Unbekannte Frage „${id}“ im Fragebogen „${questionnaire.id}“`);
    case 'dontKnowNotOffered':
      throw new Error(`Frage „${id}“ bietet „weiß nicht“ nicht an`);
    case 'notApplicableNotOffered':
      throw new Error(`Frage „${id}“ bietet „nicht zutreffend“ nicht an`);
    case 'invalidLevel':
      throw new Error(`Ungültige Stufe ${problem.value} bei Frage „${id}“ (erlaubt: 0 bis 4)`);
  }
}

/** The maturity band a score falls in (bands are sorted by their lower bound). */
export function bandFor(bands: Band[], score: number | null): Band | null {
  if (score === null) return null;
  let found: Band | null = null;
  for (const b of bands) if (score >= b.from) found = b;
  return found;
}

/** Scores one field: the weighted mean of its scorable answers. */
export function scoreField(field: Field, answers: Answers, kind?: MunicipalityKind): FieldScore {
  const result: FieldScore = {
    fieldId: field.id,
    score: null,
    total: 0,
    scored: 0,
    dontKnow: 0,
    notApplicable: 0,
    unanswered: 0,
    weightSum: 0,
  };
  let weighted = 0;
  for (const q of visibleQuestions(field, kind)) {
    result.total++;
    const a = ownValue(answers, q.id);
    if (a === undefined) result.unanswered++;
    else if (a === DONT_KNOW) result.dontKnow++;
    else if (a === NOT_APPLICABLE) result.notApplicable++;
    else {
      result.scored++;
      result.weightSum += q.weight;
      weighted += q.weight * levelToPoints(a);
    }
  }
  if (result.weightSum > 0) result.score = weighted / result.weightSum;
  return result;
}

/** Scores a whole assessment. Throws on answers that cannot be scored (see assertValidAnswers). */
export function scoreAssessment(
  questionnaire: Questionnaire,
  answers: Answers,
  kind?: MunicipalityKind,
): AssessmentScore {
  assertValidAnswers(questionnaire, answers);
  const fields = questionnaire.fields.map((f) => scoreField(f, answers, kind));
  const scored = fields.filter((f): f is FieldScore & { score: number } => f.score !== null);
  const overall = scored.length ? scored.reduce((s, f) => s + f.score, 0) / scored.length : null;
  const counts = { total: 0, scored: 0, dontKnow: 0, notApplicable: 0, unanswered: 0 };
  for (const f of fields) {
    counts.total += f.total;
    counts.scored += f.scored;
    counts.dontKnow += f.dontKnow;
    counts.notApplicable += f.notApplicable;
    counts.unanswered += f.unanswered;
  }
  return { fields, overall, band: bandFor(questionnaire.bands, overall), counts };
}

/** A score as shown to people: whole points. */
export function displayScore(score: number): number {
  return Math.round(score);
}
