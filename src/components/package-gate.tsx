import { Suspense, use, type ReactNode } from 'react';
import type { QuestionnairePackage } from '../engine/questionnaire-package';
import type { Questionnaire } from '../engine/questionnaire-schema';
import type { QuestionnaireProblem } from '../i18n/strings-errors';
import { loadQuestionnaire, loadQuestionnairePackage } from '../services/questionnaire-catalog';
import { useErrorStrings } from '../i18n/use-error-strings';
import { useStrings } from '../i18n/use-strings';

type Loadable<T> = Promise<
  { ok: true; value: T } | { ok: false; errors: QuestionnaireProblem[]; missing?: boolean }
>;

/** Why the questionnaire cannot be opened, in the person's language. */
function Problems({ errors, missing }: { errors: QuestionnaireProblem[]; missing?: boolean }) {
  const t = useStrings();
  const m = useErrorStrings();
  return (
    <section className="error-box" role="alert" aria-labelledby="questionnaire-errors">
      <h2 id="questionnaire-errors">
        {missing ? t.errors.questionnaireMissing : t.errors.questionnaireTitle}
      </h2>
      {!missing && <p>{t.errors.questionnaireIntro}</p>}
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{m.questionnaireProblem(e)}</li>
        ))}
      </ul>
    </section>
  );
}

function Loaded<T>({ promise, children }: { promise: Loadable<T>; children: (value: T) => ReactNode }) {
  const result = use(promise);
  if (!result.ok) return <Problems errors={result.errors} missing={result.missing} />;
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

/** A gate's props: the questionnaire's id, and what to show once it is loaded. */
type GateProps<T> = { id: string; children: (loaded: T) => ReactNode };

/** Renders its children with a loaded, validated questionnaire and its recommendations, or what keeps it from opening. */
export function PackageGate({ id, children }: GateProps<QuestionnairePackage>) {
  return <Gate promise={loadQuestionnairePackage(id)}>{children}</Gate>;
}

/**
 * The same for the questionnaire alone: the profile and the questions need no recommendations,
 * so the way to the first question loads and checks only the questionnaire file.
 */
export function QuestionnaireGate({ id, children }: GateProps<Questionnaire>) {
  return <Gate promise={loadQuestionnaire(id)}>{children}</Gate>;
}
