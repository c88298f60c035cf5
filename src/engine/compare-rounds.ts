import { ownValue, type AnswerValue, type AssessmentRecord, type PlanItem } from './assessment';
import type { QuestionnairePackage } from './questionnaire-package';
import { migrationPath, upgradeAssessment, type MigrationList } from './questionnaire-migration';
import { answerProblem, isQuestionVisible, scoreAssessment, type AnswerProblem } from './score';
import { answersWithin, countQuestions, sharedQuestionnaire } from './short-check';

/** A score before and after, and the difference (after − before); null where a side has no score. */
export interface ScoreChange {
  before: number | null;
  after: number | null;
  change: number | null;
}

/** How the score of one field moved between two rounds. */
export interface FieldChange extends ScoreChange {
  fieldId: string;
}

/** One answer that differs between the two rounds; undefined = not answered in that round. */
export interface AnswerChange {
  questionId: string;
  fieldId: string;
  before: AnswerValue | undefined;
  after: AnswerValue | undefined;
}

/** A measure that is done in the newer round; previousStatus null = added in the newer round. */
export interface CompletedPlanItem {
  item: PlanItem;
  previousStatus: PlanItem['status'] | null;
}

/** What changed between two rounds of the same municipality. */
export interface RoundComparison {
  fields: FieldChange[];
  overall: ScoreChange;
  /** Changed answers, in questionnaire order. */
  answers: AnswerChange[];
  /** Measures finished since the older round, in the newer plan's order. */
  completed: CompletedPlanItem[];
  /**
   * Questions whose answer in a round made with an older questionnaire version was carried over
   * although the question changed ("bitte prüfen"): their change says less than the others.
   */
  changedMeaning: string[];
  /**
   * Set when a round is a short check: both rounds were scored, and their answers compared, on the
   * questions they share (`questions` of the questionnaire's `of`), not on the whole questionnaire.
   */
  sharedOnly: { questions: number; of: number } | null;
}

function scoreChange(before: number | null, after: number | null): ScoreChange {
  return { before, after, change: before === null || after === null ? null : after - before };
}

const normalTitle = (title: string) => title.trim().toLocaleLowerCase('de');

/**
 * Pairs each newer plan item with its older counterpart: first by item id, then by
 * recommendation id, then by title. Each older item is used at most once, and the passes run
 * in that order so a weaker match never takes an item that a stronger one needs.
 */
function matchPlanItems(older: PlanItem[], newer: PlanItem[]): Map<PlanItem, PlanItem> {
  const pairs = new Map<PlanItem, PlanItem>();
  const used = new Set<PlanItem>();
  const keys: ((item: PlanItem) => string | null)[] = [
    (i) => i.id,
    (i) => i.recommendationId,
    (i) => normalTitle(i.title),
  ];
  for (const key of keys) {
    const available = new Map<string, PlanItem[]>();
    for (const o of older) {
      const k = key(o);
      if (k === null || used.has(o)) continue;
      const list = available.get(k);
      if (list) list.push(o);
      else available.set(k, [o]);
    }
    for (const n of newer) {
      if (pairs.has(n)) continue;
      const k = key(n);
      const o = k === null ? undefined : available.get(k)?.shift();
      if (!o) continue;
      pairs.set(n, o);
      used.add(o);
    }
  }
  return pairs;
}

/** Why two rounds cannot be compared, as a code; `round` is a round's label. */
export type ComparisonProblem =
  | { code: 'versionNotComparable'; round: string; version: string; current: string }
  | { code: 'differentQuestionnaires'; older: string; newer: string }
  | { code: 'otherQuestionnaire'; questionnaireId: string; current: string }
  | { code: 'invalidAnswers'; round: string; problem: AnswerProblem }
  | { code: 'unexpected' };

/**
 * What keeps `compareRounds` from comparing these rounds, or null when they can be compared:
 * the screen says it in the person's language instead of catching the Error.
 */
export function comparisonProblem(
  pkg: QuestionnairePackage,
  olderRound: AssessmentRecord,
  newerRound: AssessmentRecord,
  migrations: MigrationList | null = null,
): ComparisonProblem | null {
  const q = pkg.questionnaire;
  const rounds: AssessmentRecord[] = [];
  for (const round of [olderRound, newerRound]) {
    if (round.questionnaireId !== q.id || round.questionnaireVersion === q.version) rounds.push(round);
    else {
      const steps = migrations ? migrationPath(migrations, round.questionnaireVersion, q.version) : null;
      if (!steps)
        return {
          code: 'versionNotComparable',
          round: round.label,
          version: round.questionnaireVersion,
          current: q.version,
        };
      rounds.push(upgradeAssessment(round, steps, q).record);
    }
  }
  const [older = olderRound, newer = newerRound] = rounds;
  if (older.questionnaireId !== newer.questionnaireId)
    return { code: 'differentQuestionnaires', older: older.questionnaireId, newer: newer.questionnaireId };
  if (older.questionnaireId !== q.id)
    return { code: 'otherQuestionnaire', questionnaireId: older.questionnaireId, current: q.id };
  for (const round of rounds) {
    const problem = answerProblem(q, round.answers);
    if (problem) return { code: 'invalidAnswers', round: round.label, problem };
  }
  return null;
}

/**
 * Compares two rounds of one municipality: field and overall scores (each round scored with
 * its own profile kind), the answers that changed and the measures completed in between.
 * A round made with an older questionnaire version is first carried over along `migrations`.
 * Throws an Error (for developers, in German) when the rounds belong to different questionnaires,
 * or when a round's version cannot be carried over; `comparisonProblem` says so beforehand.
 */
export function compareRounds(
  pkg: QuestionnairePackage,
  olderRound: AssessmentRecord,
  newerRound: AssessmentRecord,
  migrations: MigrationList | null = null,
): RoundComparison {
  const q = pkg.questionnaire;
  const changedMeaning = new Set<string>();
  const current = (round: AssessmentRecord): AssessmentRecord => {
    if (round.questionnaireId !== q.id || round.questionnaireVersion === q.version) return round;
    const steps = migrations ? migrationPath(migrations, round.questionnaireVersion, q.version) : null;
    if (!steps)
      throw new Error(
        `Die Runde „${round.label}“ wurde mit Version „${round.questionnaireVersion}“ des Fragebogens erstellt; diese Version lässt sich nicht mit Version ${q.version} vergleichen`,
      );
    const up = upgradeAssessment(round, steps, q);
    up.toReview.forEach((id) => changedMeaning.add(id));
    return up.record;
  };
  const older = current(olderRound);
  const newer = current(newerRound);
  if (older.questionnaireId !== newer.questionnaireId)
    throw new Error(
      `Die Runden gehören zu verschiedenen Fragebögen („${older.questionnaireId}“ und „${newer.questionnaireId}“) und lassen sich nicht vergleichen`,
    );
  if (older.questionnaireId !== q.id)
    throw new Error(`Die Runden gehören zum Fragebogen „${older.questionnaireId}“, nicht zu „${q.id}“`);

  const olderKind = older.profile?.kind;
  const newerKind = newer.profile?.kind;
  // A short check is compared on the questions it shares with the other round: a field's value
  // from 2 questions next to one from 6 would show a change that is only the questions'.
  const { questionnaire: shared, limited } = sharedQuestionnaire(q, [older, newer]);
  const before = scoreAssessment(shared, answersWithin(shared, older.answers), olderKind);
  const after = scoreAssessment(shared, answersWithin(shared, newer.answers), newerKind);

  const fields = shared.fields.map((field, i): FieldChange => {
    const b = before.fields[i]?.score ?? null;
    const a = after.fields[i]?.score ?? null;
    return { fieldId: field.id, ...scoreChange(b, a) };
  });

  const answers: AnswerChange[] = [];
  for (const field of shared.fields)
    for (const question of field.questions) {
      // A question hidden for both kinds may hold stale answers that nobody sees.
      if (!isQuestionVisible(question, olderKind) && !isQuestionVisible(question, newerKind)) continue;
      const b = ownValue(older.answers, question.id);
      const a = ownValue(newer.answers, question.id);
      if (a !== b) answers.push({ questionId: question.id, fieldId: field.id, before: b, after: a });
    }

  const pairs = matchPlanItems(older.plan, newer.plan);
  const completed: CompletedPlanItem[] = [];
  for (const item of newer.plan) {
    if (item.status !== 'erledigt') continue;
    const previous = pairs.get(item);
    if (previous?.status === 'erledigt') continue;
    completed.push({ item, previousStatus: previous?.status ?? null });
  }

  return {
    fields,
    overall: scoreChange(before.overall, after.overall),
    answers,
    completed,
    changedMeaning: [...changedMeaning],
    sharedOnly: limited ? { questions: countQuestions(shared), of: countQuestions(q) } : null,
  };
}
