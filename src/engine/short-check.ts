import * as z from 'zod/mini';
// With their extensions: vite.config.ts loads this file too (tooling/vite/questionnaires.ts).
import type { Answers, AssessmentRecord } from './assessment.ts';
import {
  Id,
  type MunicipalityKind,
  type Question,
  type Questionnaire,
  type Recommendation,
} from './questionnaire-schema.ts';
import { schemaMessage as says } from './value-problem.ts';
import { declarationsOf } from './declarations.ts';

// score.ts's isQuestionVisible, which this file cannot import (vite.config.ts loads it, see above).
const sees = (question: Question, kind: MunicipalityKind | undefined) =>
  !question.onlyFor || kind === undefined || question.onlyFor.includes(kind);

/** The most questions a short check may ask (Dataport's Digitaler Selbsttest asks 24 in ~15 minutes). */
export const MAX_SHORT_CHECK_QUESTIONS = 15;

/**
 * A short check: a selection of the questionnaire's own questions, by id, so that an answer given
 * in it counts unchanged in the full assessment. Written by a region next to its questionnaire
 * (`questionnaires/<id>/short-check.json`).
 */
export const ShortCheck = z.lazy(() =>
  z.strictObject({
    $schema: z.optional(z.string()),
    type: z.literal('digitalkompass-short-check'),
    questionnaireId: Id,
    /** Question ids of the questionnaire; at least one per field, at most 15. */
    questions: z.array(Id).check(z.minLength(1, says('oneQuestion')), z.maxLength(MAX_SHORT_CHECK_QUESTIONS)),
  }),
);
export type ShortCheck = z.infer<typeof ShortCheck>;

/** What is wrong with a short check beyond its schema, at `index` of its question list (or the whole file). */
export type ShortCheckProblem =
  | { code: 'otherQuestionnaire'; belongsTo: string; questionnaire: string }
  | { code: 'unknownQuestionRef'; id: string; index: number }
  | { code: 'shortCheckTwice'; id: string; index: number }
  | { code: 'shortCheckMissesField'; id: string }
  | { code: 'shortCheckFieldHidden'; id: string; kind: string };

/**
 * Checks a short check against its questionnaire: every question exists and is named once, every
 * field has at least one of its questions, and one that every kind of municipality sees (else that
 * field would have no value in some municipalities' short check).
 */
export function shortCheckProblems(q: Questionnaire, sc: ShortCheck): ShortCheckProblem[] {
  const problems: ShortCheckProblem[] = [];
  if (sc.questionnaireId !== q.id)
    problems.push({ code: 'otherQuestionnaire', belongsTo: sc.questionnaireId, questionnaire: q.id });
  const known = new Set(q.fields.flatMap((f) => f.questions.map((x) => x.id)));
  const seen = new Set<string>();
  sc.questions.forEach((id, index) => {
    if (!known.has(id)) problems.push({ code: 'unknownQuestionRef', id, index });
    else if (seen.has(id)) problems.push({ code: 'shortCheckTwice', id, index });
    seen.add(id);
  });
  for (const field of shortQuestionnaire(q, sc.questions).fields) {
    if (field.questions.length === 0) {
      problems.push({ code: 'shortCheckMissesField', id: field.id });
      continue;
    }
    // Every kind the profile offers must see at least one question of each field.
    const kinds = declarationsOf(q).profile.kind?.choices.map((c) => c.id) ?? [];
    const hidden = kinds.find((kind) => !field.questions.some((x) => sees(x, kind)));
    if (hidden) problems.push({ code: 'shortCheckFieldHidden', id: field.id, kind: hidden });
  }
  return problems;
}

/**
 * The questionnaire as a short check asks it: the same fields (ids, titles, targets, weights) with
 * only the chosen questions, in the questionnaire's order. Scoring, recommendations, the sheet and
 * the exports then work on it as on any questionnaire; ids it does not know are left out.
 */
export function shortQuestionnaire(q: Questionnaire, questionIds: readonly string[]): Questionnaire {
  const chosen = new Set(questionIds);
  return {
    ...q,
    fields: q.fields.map((f) => ({ ...f, questions: f.questions.filter((x) => chosen.has(x.id)) })),
  };
}

/**
 * A package as a short check asks it: the questionnaire cut to its questions (`shortQuestionnaire`),
 * and the recommendations as far as they can be decided on them. A condition on a question the
 * short check does not ask is left out of an "any" rule (the others still decide); an "all" rule
 * with one is left out entirely, since it could never be met.
 */
export function shortPackage<P extends { questionnaire: Questionnaire; recommendations: Recommendation[] }>(
  pkg: P,
  questionIds: readonly string[],
): P {
  const asked = new Set(questionIds);
  const recommendations = pkg.recommendations.flatMap((r) => {
    const conditions = r.trigger.conditions.filter((c) => !('question' in c) || asked.has(c.question));
    if (conditions.length === r.trigger.conditions.length) return [r];
    if (r.trigger.match === 'all' || conditions.length === 0) return [];
    return [{ ...r, trigger: { ...r.trigger, conditions } }];
  });
  return { ...pkg, questionnaire: shortQuestionnaire(pkg.questionnaire, questionIds), recommendations };
}

/** How a round relates to the short check: asked as one, begun as one and continued, or neither. */
export type RoundScope = 'short' | 'continued' | 'full';

/** Whether a round is a short check, a full assessment begun as one, or a full assessment. */
export function roundScope(a: Pick<AssessmentRecord, 'shortCheck'>): RoundScope {
  if (!a.shortCheck) return 'full';
  return a.shortCheck.continuedAt === null ? 'short' : 'continued';
}

/**
 * The questions several rounds all asked: those of the short checks among them (all of them
 * together when there are several), or the whole questionnaire when none is a short check.
 * `limited` says whether figures made with it rest on fewer questions than the questionnaire has.
 */
export function sharedQuestionnaire(
  q: Questionnaire,
  rounds: readonly Pick<AssessmentRecord, 'shortCheck'>[],
): { questionnaire: Questionnaire; limited: boolean } {
  let shared: string[] | null = null;
  for (const r of rounds) {
    if (roundScope(r) !== 'short' || !r.shortCheck) continue;
    const ids = new Set(r.shortCheck.questions);
    shared = shared ? shared.filter((id) => ids.has(id)) : [...ids];
  }
  if (!shared) return { questionnaire: q, limited: false };
  return { questionnaire: shortQuestionnaire(q, shared), limited: true };
}

/** How many short checks and full assessments (also those begun as a short check) are among the rounds. */
export function countScopes(rounds: readonly Pick<AssessmentRecord, 'shortCheck'>[]): {
  short: number;
  full: number;
} {
  const short = rounds.filter((r) => roundScope(r) === 'short').length;
  return { short, full: rounds.length - short };
}

/**
 * Where the full assessment goes on from a short check: the first question (in questionnaire
 * order) a municipality of this kind sees that has no answer yet, with its field; null when all
 * are answered.
 */
export function firstUnanswered(
  q: Questionnaire,
  a: Pick<AssessmentRecord, 'answers' | 'profile'>,
): { fieldId: string; questionId: string } | null {
  const kind = a.profile?.kind;
  for (const field of q.fields)
    for (const question of field.questions) {
      if (!sees(question, kind)) continue;
      if (!Object.hasOwn(a.answers, question.id)) return { fieldId: field.id, questionId: question.id };
    }
  return null;
}

/** How many questions a questionnaire (or a short check's selection of it) has. */
export function countQuestions(q: Pick<Questionnaire, 'fields'>): number {
  return q.fields.reduce((n, f) => n + f.questions.length, 0);
}

/** The answers to the questions of `q` alone: a full round's other answers do not count next to a short check. */
export function answersWithin(q: Pick<Questionnaire, 'fields'>, answers: Answers): Answers {
  const ids = new Set(q.fields.flatMap((f) => f.questions.map((x) => x.id)));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => ids.has(id)));
}

/** How sure a short check's field value is: no level answered, one, or two and more. */
export type Certainty = 'none' | 'first-hint' | 'rough';

/** One field of a short check's result: its value, how many of its questions were answered, and of how many it has. */
export interface FieldCoverage {
  fieldId: string;
  score: number | null;
  /** Short-check questions of the field answered in any way (also "weiß nicht"). */
  answered: number;
  /** Short-check questions of the field this municipality sees. */
  asked: number;
  /** Questions of the field in the full questionnaire this municipality sees. */
  ofField: number;
  certainty: Certainty;
}

/**
 * What each field's value of a short check rests on: the short check's score per field (scored
 * with the short questionnaire) next to the number of questions the full questionnaire asks there.
 */
export function shortCheckCoverage(
  full: Questionnaire,
  fields: readonly {
    fieldId: string;
    score: number | null;
    total: number;
    unanswered: number;
    scored: number;
  }[],
  kind: MunicipalityKind | undefined,
): FieldCoverage[] {
  const seen = new Map(full.fields.map((f) => [f.id, f.questions.filter((x) => sees(x, kind)).length]));
  return fields
    .filter((f) => f.total > 0)
    .map((f) => ({
      fieldId: f.fieldId,
      score: f.score,
      answered: f.total - f.unanswered,
      asked: f.total,
      ofField: seen.get(f.fieldId) ?? f.total,
      certainty: f.scored === 0 ? 'none' : f.scored === 1 ? 'first-hint' : 'rough',
    }));
}
