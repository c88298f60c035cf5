import { ownValue, type AnswerValue, type AssessmentRecord } from './assessment';
import {
  consolidatedAnswers,
  consolidatedNotes,
  type ConsolidatedQuestion,
  type Consolidation,
} from './consolidate';

/** Longest round name and role a joint assessment gets (the profile's and the label's limit). */
const MAX_NAME = 200;
/** Longest note a joint assessment keeps per question. */
const MAX_NOTE = 10_000;

/** The text, cut to at most `max` characters with "…" marking the cut. */
export function shortenTo(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The municipalities the records name, trimmed, each once, in the order they first appear. */
export function municipalitiesOf(records: readonly AssessmentRecord[]): string[] {
  return [...new Set(records.map((r) => r.profile?.municipality.trim()).filter((m): m is string => !!m))];
}

/**
 * The answers the group settled that still count: those on a current disagreement. Others may stem
 * from respondents removed since.
 */
export function currentDecisions(
  consolidation: { disagreements: readonly Pick<ConsolidatedQuestion, 'questionId'>[] },
  settled: Readonly<Record<string, AnswerValue>>,
): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const d of consolidation.disagreements) {
    const v = ownValue(settled, d.questionId);
    if (v !== undefined) out[d.questionId] = v;
  }
  return out;
}

/** What a joint assessment gets besides the answers: its id and time, its name, and the role naming everyone. */
export interface JointMeta {
  id: string;
  /** ISO date-time. */
  now: string;
  label: string;
  /** The role of the joint profile from the respondents' names, e.g. "Gemeinsam: IT, Kämmerei". */
  role: (names: string) => string;
}

/**
 * The joint answers as a new, completed assessment: questionnaire from the first record, profile and
 * targets from the first with a profile (its role naming everyone), the notes of all; null without
 * records.
 */
export function jointAssessment(
  records: readonly AssessmentRecord[],
  consolidation: Pick<Consolidation, 'questions' | 'respondents'> &
    Partial<Pick<Consolidation, 'shortCheckQuestions'>>,
  decisions: Readonly<Record<string, AnswerValue>>,
  meta: JointMeta,
): AssessmentRecord | null {
  const first = records[0];
  const withProfile = records.find((r) => r.profile) ?? first;
  if (!first || !withProfile) return null;
  const notes = Object.fromEntries(
    Object.entries(consolidatedNotes(consolidation)).map(([k, v]) => [k, shortenTo(v, MAX_NOTE)]),
  );
  const names = consolidation.respondents.map((r) => r.respondent).join(', ');
  return {
    id: meta.id,
    questionnaireId: first.questionnaireId,
    questionnaireVersion: first.questionnaireVersion,
    label: shortenTo(meta.label, MAX_NAME),
    createdAt: meta.now,
    updatedAt: meta.now,
    profile: withProfile.profile
      ? { ...withProfile.profile, role: shortenTo(meta.role(names), MAX_NAME) }
      : null,
    answers: consolidatedAnswers(consolidation, decisions),
    notes,
    targets: { ...withProfile.targets },
    plan: [],
    currentPage: null,
    completedAt: meta.now,
    toConfirm: [],
    previousId: null,
    // Merged from short checks: the joint round is one too, and can be continued in full.
    ...(consolidation.shortCheckQuestions && {
      shortCheck: { questions: consolidation.shortCheckQuestions, continuedAt: null },
    }),
  };
}
