import { Suspense, use, type ReactNode } from 'react';
import type { QuestionnairePackage } from '../engine/questionnaire-package';
import type { Questionnaire } from '../engine/questionnaire-schema';
import type { AssessmentRecord } from '../engine/assessment';
import { loadQuestionnaire, loadQuestionnairePackage } from '../store/questionnaire-catalog';
import { useStrings } from './use-strings';

/** What a screen about one assessment gets inside a PackageGate: the loaded package and the assessment. */
export interface AssessmentView {
  pkg: QuestionnairePackage;
  assessment: AssessmentRecord;
}

type Loadable<T> = Promise<{ ok: true; value: T } | { ok: false; errors: string[]; missing?: boolean }>;

function Loaded<T>({ promise, children }: { promise: Loadable<T>; children: (value: T) => ReactNode }) {
  const t = useStrings();
  const result = use(promise);
  if (!result.ok)
    return (
      <section className="error-box" role="alert" aria-labelledby="questionnaire-errors">
        <h2 id="questionnaire-errors">
          {result.missing ? t.errors.questionnaireMissing : t.errors.questionnaireTitle}
        </h2>
        {!result.missing && <p>{t.errors.questionnaireIntro}</p>}
        <ul>
          {result.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      </section>
    );
  return <>{children(result.value)}</>;
}

function Gate<T>({ promise, children }: { promise: Loadable<T>; children: (value: T) => ReactNode }) {
  const t = useStrings();
  return (
    <Suspense fallback={<p role="status">{t.loading}</p>}>
      <Loaded promise={promise}>{children}</Loaded>
    </Suspense>
  );
}

/** Renders its children with a loaded, validated questionnaire and its recommendations, or a German error list. */
export function PackageGate({
  id,
  children,
}: {
  id: string;
  children: (pkg: QuestionnairePackage) => ReactNode;
}) {
  return <Gate promise={loadQuestionnairePackage(id)}>{children}</Gate>;
}

/**
 * The same for the questionnaire alone: the profile and the questions need no recommendations,
 * so the way to the first question loads and checks only the questionnaire file.
 */
export function QuestionnaireGate({
  id,
  children,
}: {
  id: string;
  children: (q: Questionnaire) => ReactNode;
}) {
  return <Gate promise={loadQuestionnaire(id)}>{children}</Gate>;
}
