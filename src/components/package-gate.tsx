import { Suspense, use, type ReactNode } from 'react';
import type { QuestionnairePackage } from '../engine/questionnaire-package';
import { loadQuestionnairePackage } from '../store/questionnaire-catalog';
import { useStrings } from './use-strings';

function Loaded({ id, children }: { id: string; children: (pkg: QuestionnairePackage) => ReactNode }) {
  const t = useStrings();
  const result = use(loadQuestionnairePackage(id));
  if (!result.ok)
    return (
      <section className="error-box" role="alert" aria-labelledby="questionnaire-errors">
        <h2 id="questionnaire-errors">{t.errors.questionnaireTitle}</h2>
        <p>{t.errors.questionnaireIntro}</p>
        <ul>
          {result.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      </section>
    );
  return <>{children(result.value)}</>;
}

/** Renders its children with a loaded, validated questionnaire, or a German error list. */
export function PackageGate({
  id,
  children,
}: {
  id: string;
  children: (pkg: QuestionnairePackage) => ReactNode;
}) {
  const t = useStrings();
  return (
    <Suspense fallback={<p role="status">{t.loading}</p>}>
      <Loaded id={id}>{children}</Loaded>
    </Suspense>
  );
}
