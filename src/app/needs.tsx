import { Suspense, use, useEffect, type ReactNode } from 'react';
import { ownValue, type AssessmentRecord } from '../engine/assessment';
import { PackageGate } from '../components/package-gate';
import { useErrorStrings } from '../i18n/use-error-strings';
import { useStrings } from '../i18n/use-strings';
import { BUILT_IN_META, type QuestionnaireMeta } from '../services/questionnaire-catalog';
import type { CurrentFit } from '../services/questionnaire-migrations';
import { useAssessmentStore } from '../store/assessment-store';

/** Renders its children with the stored assessment `id`, carried over to the current questionnaire version first. */
export function NeedsAssessment({
  id,
  children,
}: {
  id: string;
  children: (a: AssessmentRecord) => ReactNode;
}) {
  const t = useStrings();
  const a = useAssessmentStore((s) => ownValue(s.assessments, id));
  if (!a) return <p role="alert">{t.errors.notFound}</p>;
  // Made with an older version of a built-in questionnaire: carry the answers over first.
  const current = ownValue(BUILT_IN_META, a.questionnaireId)?.version;
  if (current && a.questionnaireVersion !== current)
    return (
      <Suspense fallback={<p role="status">{t.loading}</p>}>
        <CarryOver record={a} />
      </Suspense>
    );
  return <>{children(a)}</>;
}

// One carry-over per stored assessment and version, for React's `use`. Its code loads only when
// an assessment of an older questionnaire version is opened.
const carryOvers = new Map<string, Promise<CurrentFit>>();

/** Carries a stored assessment over to the current questionnaire version and stores the result. */
function CarryOver({ record }: { record: AssessmentRecord }) {
  const t = useStrings();
  const key = `${record.id}@${record.questionnaireVersion}`;
  let promise = carryOvers.get(key);
  if (!promise) {
    promise = import('../services/questionnaire-migrations').then((m) => m.fitToCurrentVersion(record));
    carryOvers.set(key, promise);
  }
  const result = use(promise);
  const m = useErrorStrings();
  useEffect(() => {
    if (result.ok) useAssessmentStore.getState().applyUpgrade(record.id, result.record);
  }, [result, record.id]);
  if (result.ok) return <p role="status">{result.notice ? m.carryOver(result.notice) : t.loading}</p>;
  return (
    <section className="error-box" role="alert" aria-labelledby="carry-over-errors">
      <h2 id="carry-over-errors">{t.errors.questionnaireTitle}</h2>
      <ul>
        {'errors' in result
          ? result.errors.map((e, i) => <li key={i}>{m.mismatch(e)}</li>)
          : result.questionnaire.map((e, i) => <li key={i}>{m.questionnaireProblem(e)}</li>)}
      </ul>
    </section>
  );
}

/**
 * Renders its children with the questionnaire `id`'s title and version. A built-in questionnaire's
 * are in the start file, so the children show at once, while the questionnaire file may still be
 * loading; one loaded from a file is loaded and checked first.
 */
export function NeedsQuestionnaireMeta({
  id,
  children,
}: {
  id: string;
  children: (q: QuestionnaireMeta) => ReactNode;
}) {
  const meta = ownValue(BUILT_IN_META, id);
  if (meta) return <>{children(meta)}</>;
  // A loaded questionnaire's short check is in its package.
  return (
    <PackageGate id={id}>
      {(pkg) => children({ ...pkg.questionnaire, shortCheckQuestions: pkg.shortCheck?.questions })}
    </PackageGate>
  );
}
