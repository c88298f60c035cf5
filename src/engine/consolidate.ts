import { countScopes, sharedQuestionnaire, shortQuestionnaire } from './short-check';
import {
  DONT_KNOW,
  NOT_APPLICABLE,
  isLevel,
  ownValue,
  type Answers,
  type AnswerValue,
  type AssessmentRecord,
} from './assessment';
import type { MunicipalityKind } from './questionnaire-schema';
import type { QuestionnairePackage } from './questionnaire-package';
import {
  answerProblem,
  assertValidAnswers,
  scoreAssessment,
  visibleQuestions,
  type AnswerProblem,
  type AssessmentScore,
} from './score';

/** Spread in levels from which respondents are said to disagree and should talk it through. */
export const DISAGREEMENT_SPREAD = 2;

/** One person's answer to a question. */
export interface RespondentValue {
  recordId: string;
  /** Role from the profile, else the record's label. */
  respondent: string;
  value: AnswerValue | undefined;
}

/** All answers to one question and the value suggested for the joint assessment. */
export interface ConsolidatedQuestion {
  questionId: string;
  fieldId: string;
  /** One entry per record, in the order the records were given. */
  values: RespondentValue[];
  /** The numeric answers (levels 0–4), in record order. */
  levels: number[];
  /** Lower median of the levels; null without levels. */
  median: number | null;
  min: number | null;
  max: number | null;
  /** max − min; 0 with fewer than two levels. */
  spread: number;
  /** True when the levels lie DISAGREEMENT_SPREAD or more apart. */
  disagreement: boolean;
  suggested: AnswerValue | undefined;
  /** The respondents' notes, one "Rolle: Notiz" line each; empty when nobody wrote one. */
  notes: string;
}

/** The separate answers of several respondents to one round, merged question by question. */
export interface Consolidation {
  questionnaireId: string;
  /** Kind of municipality from the first record, which decides the visible questions. */
  kind: MunicipalityKind | undefined;
  respondents: { recordId: string; respondent: string }[];
  /** Every visible question, in questionnaire order. */
  questions: ConsolidatedQuestion[];
  /** Questions with disagreement, largest spread first, ties in questionnaire order. */
  disagreements: ConsolidatedQuestion[];
  /** Score of the suggested answers. */
  score: AssessmentScore;
  /**
   * Set when short checks are among the records: only the questions all of them asked are merged
   * (the joint round is then a short check of these questions). Null otherwise.
   */
  shortCheckQuestions: string[] | null;
  /** How many of the records are short checks, and how many full assessments. */
  scopes: { short: number; full: number };
}

/**
 * The suggested joint answer. With levels it is their median; for an even count the LOWER of the
 * two middle values, because a level must be a whole number and the cautious value keeps a
 * recommendation rather than hiding it. Without levels: "nicht zutreffend" when someone said so
 * and nobody said "weiß nicht"; "weiß nicht" when someone said that (also mixed with "nicht
 * zutreffend": whether the question applies is itself unclear); otherwise unanswered.
 */
function suggest(values: (AnswerValue | undefined)[], median: number | null): AnswerValue | undefined {
  if (median !== null && isLevel(median)) return median;
  if (values.includes(DONT_KNOW)) return DONT_KNOW;
  if (values.includes(NOT_APPLICABLE)) return NOT_APPLICABLE;
  return undefined;
}

function lowerMedian(sorted: number[]): number | null {
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

function respondentName(record: AssessmentRecord, position: number): string {
  return record.profile?.role.trim() || record.label.trim() || `Antwort ${position + 1}`;
}

/** Why answers cannot be consolidated, as a code; `respondent` names the person as the screen does. */
export type ConsolidationProblem =
  | { code: 'tooFew' }
  | { code: 'otherQuestionnaire'; respondent: string; questionnaireId: string; current: string }
  | { code: 'invalidAnswers'; respondent: string; problem: AnswerProblem }
  | { code: 'unexpected' };

/**
 * What keeps `consolidateRespondents` from merging these records, or null when it can: the
 * screen says it in the person's language instead of catching the Error.
 */
export function consolidationProblem(
  pkg: QuestionnairePackage,
  records: AssessmentRecord[],
): ConsolidationProblem | null {
  const q = pkg.questionnaire;
  if (records.length < 2) return { code: 'tooFew' };
  for (const [i, r] of records.entries()) {
    const respondent = respondentName(r, i);
    if (r.questionnaireId !== q.id)
      return { code: 'otherQuestionnaire', respondent, questionnaireId: r.questionnaireId, current: q.id };
    const problem = answerProblem(q, r.answers);
    if (problem) return { code: 'invalidAnswers', respondent, problem };
  }
  return null;
}

/**
 * Merges the answers several respondents gave separately to the same round (questions visible
 * for the first record's kind). Throws an Error (for developers, in German) with fewer than two
 * records, records of different questionnaires or answers that cannot be scored;
 * `consolidationProblem` says so beforehand.
 */
export function consolidateRespondents(
  pkg: QuestionnairePackage,
  records: AssessmentRecord[],
): Consolidation {
  const q = pkg.questionnaire;
  const [first] = records;
  if (!first || records.length < 2)
    throw new Error('Zum Zusammenführen werden die Antworten von mindestens zwei Personen benötigt');
  const respondents = records.map((r, i) => ({ recordId: r.id, respondent: respondentName(r, i) }));
  records.forEach((r, i) => {
    if (r.questionnaireId !== q.id)
      throw new Error(
        `Die Antworten von „${respondentName(r, i)}“ gehören zum Fragebogen „${r.questionnaireId}“, nicht zu „${q.id}“; nur Antworten zum selben Fragebogen lassen sich zusammenführen`,
      );
    try {
      assertValidAnswers(q, r.answers);
    } catch (e) {
      throw new Error(
        `Antworten von „${respondentName(r, i)}“: ${e instanceof Error ? e.message : String(e)}`,
        {
          cause: e,
        },
      );
    }
  });

  const kind = first.profile?.kind;
  // Short checks and full assessments together: merged on the questions they all asked.
  const { questionnaire: shared, limited } = sharedQuestionnaire(q, records);
  const questions: ConsolidatedQuestion[] = [];
  for (const field of shared.fields)
    for (const question of visibleQuestions(field, kind)) {
      const values = records.map((r, i): RespondentValue => ({
        recordId: r.id,
        respondent: respondentName(r, i),
        value: ownValue(r.answers, question.id),
      }));
      const levels = values.map((v) => v.value).filter(isLevel);
      const sorted = [...levels].sort((a, b) => a - b);
      const median = lowerMedian(sorted);
      const min = sorted[0] ?? null;
      const max = sorted[sorted.length - 1] ?? null;
      const spread = min === null || max === null ? 0 : max - min;
      const notes = records
        .map((r, i) => {
          const note = r.notes[question.id]?.trim();
          return note ? `${respondentName(r, i)}: ${note}` : null;
        })
        .filter((line): line is string => line !== null)
        .join('\n');
      questions.push({
        questionId: question.id,
        fieldId: field.id,
        values,
        levels,
        median,
        min,
        max,
        spread,
        disagreement: spread >= DISAGREEMENT_SPREAD,
        suggested: suggest(
          values.map((v) => v.value),
          median,
        ),
        notes,
      });
    }

  // Array.prototype.sort is stable, so equal spreads keep the questionnaire order.
  const disagreements = questions.filter((c) => c.disagreement).sort((a, b) => b.spread - a.spread);
  const partial: Omit<Consolidation, 'score'> = {
    questionnaireId: q.id,
    kind,
    respondents,
    questions,
    disagreements,
    shortCheckQuestions: limited ? shared.fields.flatMap((f) => f.questions.map((x) => x.id)) : null,
    scopes: countScopes(records),
  };
  return { ...partial, score: scoreAssessment(shared, consolidatedAnswers(partial), kind) };
}

/** The joint answers: what the group settled on per question, else the suggestion. */
export function consolidatedAnswers(
  c: Pick<Consolidation, 'questions'>,
  settled: Record<string, AnswerValue> = {},
): Answers {
  const answers: Answers = {};
  for (const question of c.questions) {
    const value = settled[question.questionId] ?? question.suggested;
    if (value !== undefined) answers[question.questionId] = value;
  }
  return answers;
}

/** The respondents' notes per question id, as "Rolle: Notiz" lines; questions without notes are left out. */
export function consolidatedNotes(c: Pick<Consolidation, 'questions'>): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const question of c.questions) if (question.notes) notes[question.questionId] = question.notes;
  return notes;
}

/** Score of the joint answers after the group settled some questions. */
export function consolidatedScore(
  pkg: QuestionnairePackage,
  c: Consolidation,
  settled: Record<string, AnswerValue> = {},
): AssessmentScore {
  const q = c.shortCheckQuestions
    ? shortQuestionnaire(pkg.questionnaire, c.shortCheckQuestions)
    : pkg.questionnaire;
  return scoreAssessment(q, consolidatedAnswers(c, settled), c.kind);
}
