import { use, useMemo } from 'react';
import type { AssessmentRecord } from '../../engine/assessment';
import { attempt } from '../../engine/attempt';
import { compareRounds, comparisonProblem } from '../../engine/compare-rounds';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { ErrorBox } from '../../components/error-box';
import { pointsText } from '../../components/points-text';
import { Section } from '../../components/section';
import { useAnalysisStrings } from '../../i18n/use-analysis-strings';
import { errorStrings } from '../../i18n/strings-errors';
import { useStrings } from '../../i18n/use-strings';
import { loadMigrations } from '../../services/questionnaire-migrations';
import { ChangedAnswers } from './changed-answers';
import { changeText, FieldChanges } from './field-changes';

/** The comparison of two rounds: overall score, points per field, changed answers, completed measures. */
export function ComparisonView({
  pkg,
  older,
  newer,
}: {
  pkg: QuestionnairePackage;
  older: AssessmentRecord;
  newer: AssessmentRecord;
}) {
  const { a, lang } = useAnalysisStrings();
  const t = useStrings();
  const c = a.compare;
  const q = pkg.questionnaire;
  // A round of an older questionnaire version is compared through the version mapping.
  const migrations = use(loadMigrations(q.id));
  const result = useMemo(
    () =>
      attempt(comparisonProblem(pkg, older, newer, migrations), () =>
        compareRounds(pkg, older, newer, migrations),
      ),
    [pkg, older, newer, migrations],
  );

  if (!result.ok)
    return (
      <ErrorBox title={c.error}>
        <p>{errorStrings[lang].comparison(result.error, q.id)}</p>
      </ErrorBox>
    );
  const { overall, completed, sharedOnly } = result.value;

  return (
    <>
      {sharedOnly && (
        <p className="note-box" data-testid="compare-shared-only">
          {c.sharedOnly(sharedOnly.questions, sharedOnly.of)}
        </p>
      )}
      <Section title={c.overallTitle}>
        <dl className="compare-overall" data-testid="compare-overall">
          <div>
            <dt>{c.before_}</dt>
            <dd data-testid="overall-before">{pointsText(overall.before)}</dd>
          </div>
          <div>
            <dt>{c.after_}</dt>
            <dd data-testid="overall-after">{pointsText(overall.after)}</dd>
          </div>
          <div>
            <dt>{c.change}</dt>
            <dd data-testid="overall-change">{changeText(overall.change, a)}</dd>
          </div>
        </dl>
        <p className="small-note">{a.outOf}</p>
      </Section>

      <FieldChanges comparison={result.value} q={q} />
      <ChangedAnswers comparison={result.value} q={q} />

      <Section title={c.planTitle}>
        {completed.length === 0 ? (
          <p>{c.planNone}</p>
        ) : (
          <ul data-testid="completed-plan">
            {completed.map(({ item, previousStatus }) => (
              <li key={item.id}>
                <strong>{item.title}</strong>
                {item.owner && ` – ${item.owner}`}{' '}
                <span className="small-note">
                  ({c.planPrevious(previousStatus && t.plan.statuses[previousStatus])})
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
