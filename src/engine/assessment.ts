import { z } from 'zod';
import { Level, MunicipalityKind } from './questionnaire-schema';

export const DONT_KNOW = 'dontKnow';
export const NOT_APPLICABLE = 'notApplicable';

/** An answer: a level 0–4, "weiß nicht" or "nicht zutreffend". */
export const AnswerValue = z.union([Level, z.literal(DONT_KNOW), z.literal(NOT_APPLICABLE)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** Answers by question id. A missing key means: not answered yet. */
export const Answers = z.record(z.string(), AnswerValue);
export type Answers = z.infer<typeof Answers>;

/** Target (Soll) level per field id. Missing fields use the questionnaire's default. */
export const Targets = z.record(z.string(), Level);
export type Targets = z.infer<typeof Targets>;

export const REGIERUNGSBEZIRKE = [
  'oberbayern',
  'niederbayern',
  'oberpfalz',
  'oberfranken',
  'mittelfranken',
  'unterfranken',
  'schwaben',
] as const;
export const Regierungsbezirk = z.enum(REGIERUNGSBEZIRKE);
export type Regierungsbezirk = z.infer<typeof Regierungsbezirk>;

export const POPULATION_CLASSES = [
  'unter-1000',
  '1000-2999',
  '3000-4999',
  '5000-9999',
  '10000-19999',
  '20000-49999',
  '50000-99999',
  'ab-100000',
] as const;
export const PopulationClass = z.enum(POPULATION_CLASSES);
export type PopulationClass = z.infer<typeof PopulationClass>;

/** Who the municipality is and who answers. */
export const Profile = z
  .object({
    municipality: z.string().trim().min(1, 'Name der Kommune fehlt').max(200),
    kind: MunicipalityKind,
    regierungsbezirk: Regierungsbezirk,
    population: PopulationClass,
    role: z.string().trim().max(200).default(''),
    /** ISO date (YYYY-MM-DD) of the assessment. */
    date: z.iso.date('Datum im Format JJJJ-MM-TT angeben'),
  })
  .strict();
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

/** One measure in the action plan: taken from a recommendation or written by the municipality. */
export const PlanItem = z
  .object({
    id: z.string().min(1).max(100),
    /** The recommendation it came from; null for an own measure. */
    recommendationId: z.string().max(200).nullable(),
    title: z.string().trim().min(1, 'Titel der Maßnahme fehlt').max(500),
    owner: z.string().max(200),
    /** ISO date or empty. */
    due: z.union([z.iso.date(), z.literal('')]),
    status: z.enum(PLAN_STATUSES),
    note: z.string().max(5000),
  })
  .strict();
export type PlanItem = z.infer<typeof PlanItem>;

/** Everything a person entered for one assessment. Scores are never stored: they are derived. */
export const AssessmentRecord = z
  .object({
    id: z.string().min(1).max(100),
    questionnaireId: z.string().min(1).max(100),
    questionnaireVersion: z.string().max(50),
    /** Name of the round, e.g. "Herbst 2026". */
    label: z.string().max(200),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    profile: Profile.nullable(),
    answers: Answers,
    notes: z.record(z.string(), z.string().max(10000)),
    targets: Targets,
    plan: z.array(PlanItem),
    /** Field id of the page the person was on, to resume there. */
    currentPage: z.string().max(200).nullable(),
    completedAt: z.iso.datetime().nullable(),
    /** Questions copied from an earlier round that still need to be confirmed. */
    toConfirm: z.array(z.string()),
    /** The earlier round this one was started from. */
    previousId: z.string().max(100).nullable(),
  })
  .strict();
export type AssessmentRecord = z.infer<typeof AssessmentRecord>;
