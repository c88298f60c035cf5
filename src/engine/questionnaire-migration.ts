import * as z from 'zod/mini';
// Type-only: tooling/questionnaire-files.ts (loaded by vite.config.ts) imports this file.
import type { AnswerValue, AssessmentRecord } from './assessment.ts';
import {
  formatPath,
  indexQuestionnaire,
  placeOf,
  type PackageCheck,
  type PackageError,
  type RawFile,
} from './questionnaire-package.ts';
import { Id, type Questionnaire } from './questionnaire-schema.ts';
import { schemaMessage } from './value-problem.ts';

const VersionString = z.lazy(() => z.string().check(z.regex(/^\d+\.\d+\.\d+$/, schemaMessage('version'))));

/**
 * Where one question of the older version went. `to` lists the questions of the newer version that
 * take its answer (none: removed; two or more: split). `meaning: "changed"` keeps the answer but
 * marks it "bitte prüfen", because the question or its levels now ask something else.
 */
export const QuestionMapping = z.lazy(() =>
  z.strictObject({
    from: Id,
    to: z.array(Id),
    meaning: z.enum(['same', 'changed']),
    /** For authors: what changed (German). */
    note: z.optional(z.string()),
  }),
);
export type QuestionMapping = z.infer<typeof QuestionMapping>;

/** One step from a version to the next. Lists every question of the older version. */
export const MigrationStep = z.lazy(() =>
  z.strictObject({
    from: VersionString,
    to: VersionString,
    /** The field ids of the older version (targets and the page to resume move to the same id). */
    fields: z.array(Id),
    questions: z.array(QuestionMapping),
  }),
);
export type MigrationStep = z.infer<typeof MigrationStep>;

/** The file `questionnaires/<id>/migrations.json`. */
export const MigrationList = z.lazy(() =>
  z.strictObject({
    $schema: z.optional(z.string()),
    type: z.literal('digitalkompass-migrations'),
    questionnaireId: Id,
    migrations: z.array(MigrationStep),
  }),
);
export type MigrationList = z.infer<typeof MigrationList>;

/** The steps that lead from `from` to `to`, in order; null when there is no such path. */
export function migrationPath(list: MigrationList, from: string, to: string): MigrationStep[] | null {
  const path: MigrationStep[] = [];
  let at = from;
  const seen = new Set<string>();
  while (at !== to) {
    if (seen.has(at)) return null;
    seen.add(at);
    const step = list.migrations.find((m) => m.from === at);
    if (!step) return null;
    path.push(step);
    at = step.to;
  }
  return path;
}

/**
 * Problems of a migration list that does not fit the current questionnaire: every target
 * question must exist in it, and the last step must reach its version.
 */
export function checkMigrations(
  list: MigrationList,
  questionnaire: Questionnaire,
  file: RawFile = { name: 'migrations.json', data: list },
): PackageError[] {
  const errors: PackageError[] = [];
  const at = (path: PropertyKey[], problem: PackageCheck) =>
    errors.push({
      code: 'at',
      file: file.name,
      path: formatPath(path),
      place: placeOf('migrations', file.data, path),
      problem,
    });
  if (list.questionnaireId !== questionnaire.id)
    at(['questionnaireId'], {
      code: 'otherQuestionnaire',
      belongsTo: list.questionnaireId,
      questionnaire: questionnaire.id,
    });
  const { questions, fields } = indexQuestionnaire(questionnaire);
  const version = questionnaire.version;
  const last = list.migrations.filter((m) => m.to === version);
  list.migrations.forEach((step, si) => {
    const isLast = last.includes(step);
    const seen = new Set<string>();
    step.questions.forEach((m, qi) => {
      const mapping = ['migrations', si, 'questions', qi];
      if (seen.has(m.from)) at([...mapping, 'from'], { code: 'mappedTwice', id: m.from });
      seen.add(m.from);
      if (isLast)
        m.to.forEach((id, ti) => {
          if (!questions.has(id)) at([...mapping, 'to', ti], { code: 'questionNotInVersion', id, version });
        });
    });
    if (isLast)
      step.fields.forEach((id, fi) => {
        if (!fields.has(id)) at(['migrations', si, 'fields', fi], { code: 'fieldNotInVersion', id, version });
      });
  });
  return errors;
}

/** The result of carrying an assessment over to a newer questionnaire version. */
export interface UpgradeResult {
  record: AssessmentRecord;
  /** The version the answers came from. */
  fromVersion: string;
  /** Questions of the new version whose carried-over answer is marked "bitte prüfen". */
  toReview: string[];
  /** Answers not kept: the old id of a removed question, or the new id of one that no longer offers the answer. */
  dropped: string[];
}

const allows = (value: AnswerValue, q: { allowDontKnow: boolean; allowNotApplicable: boolean }) =>
  value === 'dontKnow' ? q.allowDontKnow : value === 'notApplicable' ? q.allowNotApplicable : true;

/**
 * Carries an assessment made with an older version of the questionnaire over to `questionnaire`
 * along `steps` (see `migrationPath`). An answer whose question keeps its meaning moves to its new
 * id; one whose question changed meaning moves too and is added to `toConfirm` ("bitte prüfen").
 * When two old questions were merged, the first answered one in the mapping wins and the notes are
 * joined. Pure: returns a new record.
 */
export function upgradeAssessment(
  record: AssessmentRecord,
  steps: MigrationStep[],
  questionnaire: Questionnaire,
): UpgradeResult {
  const fromVersion = record.questionnaireVersion;
  let answers: Record<string, AnswerValue> = { ...record.answers };
  let notes: Record<string, string> = { ...record.notes };
  let toConfirm = new Set(record.toConfirm);
  let shortQuestions = record.shortCheck?.questions ?? [];
  const review = new Set<string>();
  const dropped = new Set<string>();
  for (const step of steps) {
    const nextAnswers = new Map<string, AnswerValue>();
    const nextNotes = new Map<string, string>();
    const nextConfirm = new Set<string>();
    const byOld = new Map(step.questions.map((m) => [m.from, m]));
    for (const m of step.questions) {
      const value = Object.hasOwn(answers, m.from) ? answers[m.from] : undefined;
      const note = Object.hasOwn(notes, m.from) ? notes[m.from] : undefined;
      if (m.to.length === 0 && (value !== undefined || note)) dropped.add(m.from);
      for (const target of m.to) {
        if (value !== undefined && !nextAnswers.has(target)) {
          nextAnswers.set(target, value);
          if (m.meaning === 'changed') review.add(target);
          else review.delete(target);
          if (toConfirm.has(m.from)) nextConfirm.add(target);
        }
        if (note) {
          const before = nextNotes.get(target);
          nextNotes.set(target, before && before !== note ? `${before}\n\n${note}` : note);
        }
      }
    }
    // Answers the mapping does not name stay as they are; the questionnaire check reports them.
    for (const [id, value] of Object.entries(answers))
      if (!byOld.has(id) && !nextAnswers.has(id)) nextAnswers.set(id, value);
    for (const [id, note] of Object.entries(notes))
      if (!byOld.has(id) && !nextNotes.has(id)) nextNotes.set(id, note);
    answers = Object.fromEntries(nextAnswers);
    notes = Object.fromEntries(nextNotes);
    toConfirm = nextConfirm;
    // A short check asks the same questions under their new ids.
    shortQuestions = [...new Set(shortQuestions.flatMap((id) => byOld.get(id)?.to ?? [id]))];
  }
  // An answer the new question does not offer ("nicht zutreffend" where it is no longer offered) is dropped.
  const { questions, fields } = indexQuestionnaire(questionnaire);
  answers = Object.fromEntries(
    Object.entries(answers).filter(([id, value]) => {
      const q = questions.get(id)?.question;
      if (!q || allows(value, q)) return true;
      review.delete(id);
      dropped.add(id);
      return false;
    }),
  );
  const toReview = [...review].filter((id) => Object.hasOwn(answers, id));
  for (const id of toReview) toConfirm.add(id);
  return {
    record: {
      ...record,
      questionnaireVersion: questionnaire.version,
      answers,
      notes,
      toConfirm: [...toConfirm].filter((id) => questions.has(id)),
      currentPage: record.currentPage && fields.has(record.currentPage) ? record.currentPage : null,
      targets: Object.fromEntries(Object.entries(record.targets).filter(([id]) => fields.has(id))),
      ...(record.shortCheck && {
        shortCheck: {
          ...record.shortCheck,
          questions: shortQuestions.filter((id) => questions.has(id)),
        },
      }),
    },
    fromVersion,
    toReview,
    dropped: [...dropped],
  };
}
