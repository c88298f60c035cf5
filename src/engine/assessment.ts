import * as z from 'zod/mini';
import { Level } from './questionnaire-schema';
import { schemaMessage as says } from './value-problem';

export const DONT_KNOW = 'dontKnow';
export const NOT_APPLICABLE = 'notApplicable';

/** An answer: a level 0–4, "weiß nicht" or "nicht zutreffend". */
export const AnswerValue = z.lazy(() => z.union([Level, z.literal(DONT_KNOW), z.literal(NOT_APPLICABLE)]));
export type AnswerValue = z.infer<typeof AnswerValue>;

/** Answers by question id. A missing key means: not answered yet. */
export const Answers = z.lazy(() => z.record(z.string(), AnswerValue));
export type Answers = z.infer<typeof Answers>;

/** Target (Soll) level per field id. Missing fields use the questionnaire's default. */
export const Targets = z.lazy(() => z.record(z.string(), Level));
export type Targets = z.infer<typeof Targets>;

/** A choice of a profile field, one the questionnaire declares (checked by `profileProblems`). */
const ProfileChoice = z.lazy(() => z.string().check(z.minLength(1), z.maxLength(100)));

/**
 * Who is assessed and who answers. Kind, region and size class are what the questionnaire's
 * profile declares (questionnaire-schema.ts); a questionnaire without them leaves them out.
 */
export const Profile = z.lazy(() =>
  z.strictObject({
    municipality: z.string().check(z.trim(), z.minLength(1, says('municipalityMissing')), z.maxLength(200)),
    kind: z.optional(ProfileChoice),
    regierungsbezirk: z.optional(ProfileChoice),
    population: z.optional(ProfileChoice),
    role: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
    /** ISO date (YYYY-MM-DD) of the assessment. */
    date: z.iso.date(says('dateFormat')),
  }),
);
export type Profile = z.infer<typeof Profile>;

/** The value stored under `key` in a record read from JSON, ignoring inherited properties like `constructor`. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True for a numeric maturity level (not "weiß nicht", "nicht zutreffend" or unanswered). */
export function isLevel(value: AnswerValue | undefined): value is 0 | 1 | 2 | 3 | 4 {
  return typeof value === 'number';
}

export const PLAN_STATUSES = ['offen', 'in-arbeit', 'erledigt'] as const;
/** Where a measure of the action plan stands. */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** One measure in the action plan: taken from a recommendation or written by the municipality. */
export const PlanItem = z.lazy(() =>
  z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    /** The recommendation it came from; null for an own measure. */
    recommendationId: z.nullable(z.string().check(z.maxLength(200))),
    title: z.string().check(z.trim(), z.minLength(1, says('planTitleMissing')), z.maxLength(500)),
    owner: z.string().check(z.maxLength(200)),
    /** ISO date or empty. */
    due: z.union([z.iso.date(), z.literal('')]),
    status: z.enum(PLAN_STATUSES),
    note: z.string().check(z.maxLength(5000)),
  }),
);
export type PlanItem = z.infer<typeof PlanItem>;

/** Largest coat-of-arms file accepted for upload. */
export const MAX_COAT_OF_ARMS_FILE_BYTES = 200 * 1024;
/** Longest stored image (a PNG data URL of at most 400 × 400 pixels stays far below). */
export const MAX_COAT_OF_ARMS_DATA_URL = 600_000;
/** Largest side of the stored image in pixels. */
export const MAX_COAT_OF_ARMS_SIDE = 400;

/**
 * The municipality's coat of arms as stored and exported: always a PNG, drawn by the browser from
 * the uploaded file (an SVG is turned into pixels, so no script in it can ever run). Nothing else
 * is accepted here, not even from an export file.
 */
export const CoatOfArms = z.lazy(() =>
  z.strictObject({
    dataUrl: z
      .string()
      .check(
        z.maxLength(MAX_COAT_OF_ARMS_DATA_URL),
        z.regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, says('coatOfArmsPng')),
      ),
    width: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_COAT_OF_ARMS_SIDE)),
    height: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_COAT_OF_ARMS_SIDE)),
    /** Name of the uploaded file, for the person's reference. */
    fileName: z.string().check(z.maxLength(200)),
  }),
);
export type CoatOfArms = z.infer<typeof CoatOfArms>;

/** Everything a person entered for one assessment. Scores are never stored: they are derived. */
export const AssessmentRecord = z.lazy(() => z.strictObject(assessmentRecordFields()));
export type AssessmentRecord = z.infer<typeof AssessmentRecord>;

/** The fields of an assessment record, built anew; older export formats reuse some of them. */
export function assessmentRecordFields() {
  return {
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    questionnaireId: z.string().check(z.minLength(1), z.maxLength(100)),
    questionnaireVersion: z.string().check(z.maxLength(50)),
    /** Name of the round, e.g. "Herbst 2026". */
    label: z.string().check(z.maxLength(200)),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    profile: z.nullable(Profile),
    answers: Answers,
    notes: z.record(z.string(), z.string().check(z.maxLength(10000))),
    targets: Targets,
    plan: z.array(PlanItem),
    /** Field id of the page the person was on, to resume there. */
    currentPage: z.nullable(z.string().check(z.maxLength(200))),
    completedAt: z.nullable(z.iso.datetime()),
    /** Questions copied from an earlier round that still need to be confirmed. */
    toConfirm: z.array(z.string()),
    /** The earlier round this one was started from. */
    previousId: z.nullable(z.string().check(z.maxLength(100))),
    /** The municipality's coat of arms for the result sheet and the council paper (optional). */
    coatOfArms: z.optional(CoatOfArms),
    /**
     * Set when the round began as a short check: the questions it asked (so the round explains
     * itself in an export, a comparison or the regional overview) and when it was continued into
     * the full assessment (null while it is still a short check). Missing for a full assessment.
     */
    shortCheck: z.optional(
      z.strictObject({
        questions: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)),
        continuedAt: z.nullable(z.iso.datetime()),
      }),
    ),
  };
}

/** A new assessment record with nothing entered yet, created and last changed at `now` (ISO datetime). */
export function newAssessmentRecord(start: {
  id: string;
  questionnaireId: string;
  questionnaireVersion: string;
  label: string;
  now: string;
}): AssessmentRecord {
  return {
    id: start.id,
    questionnaireId: start.questionnaireId,
    questionnaireVersion: start.questionnaireVersion,
    label: start.label,
    createdAt: start.now,
    updatedAt: start.now,
    profile: null,
    answers: {},
    notes: {},
    targets: {},
    plan: [],
    currentPage: null,
    completedAt: null,
    toConfirm: [],
    previousId: null,
  };
}
