import type { AssessmentRecord } from '../engine/assessment';
import type { QuestionnairePackage } from '../engine/questionnaire-package';
import type { Questionnaire } from '../engine/questionnaire-schema';
import { roundScope, shortPackage, shortQuestionnaire } from '../engine/short-check';

// One cut per questionnaire and selection: the screens memoise on the questionnaire object, and a
// new one on every render would rebuild the questions (and lose the focus) on every answer.
const questionnaires = new WeakMap<Questionnaire, Map<string, Questionnaire>>();
const packages = new WeakMap<QuestionnairePackage, Map<string, QuestionnairePackage>>();

function cached<K extends object, V>(
  cache: WeakMap<K, Map<string, V>>,
  of: K,
  key: string,
  make: () => V,
): V {
  let byKey = cache.get(of);
  if (!byKey) cache.set(of, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) byKey.set(key, (value = make()));
  return value;
}

/** The questionnaire a round is asked with: the short check's questions while it is one, else all. */
export function roundQuestionnaire(q: Questionnaire, a: Pick<AssessmentRecord, 'shortCheck'>): Questionnaire {
  if (roundScope(a) !== 'short' || !a.shortCheck) return q;
  const ids = a.shortCheck.questions;
  return cached(questionnaires, q, ids.join('\n'), () => shortQuestionnaire(q, ids));
}

/** The package a round's results are made with: cut to the short check's questions while it is one. */
export function roundPackage(
  pkg: QuestionnairePackage,
  a: Pick<AssessmentRecord, 'shortCheck'>,
): QuestionnairePackage {
  if (roundScope(a) !== 'short' || !a.shortCheck) return pkg;
  const ids = a.shortCheck.questions;
  return cached(packages, pkg, ids.join('\n'), () => shortPackage(pkg, ids));
}

/** What the result screens of a round are given: its package (cut while it is a short check) and the whole questionnaire. */
export interface RoundResultProps {
  /** The package the result is made with: cut to the short check's questions while the round is one. */
  pkg: QuestionnairePackage;
  /** The whole questionnaire (a short check's result says how much of it was asked). */
  full: Questionnaire;
  assessment: AssessmentRecord;
}
