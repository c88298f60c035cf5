import { Suspense, use, useId, useMemo, type ReactNode } from 'react';
import type { AssessmentRecord } from '../engine/assessment';
import {
  carryOverRecords,
  carryOverTotals,
  needsCarryOver,
  type CarriedOverRecords,
} from '../engine/carry-over-records';
import type { QuestionnairePackage } from '../engine/questionnaire-package';
import { analysisStrings } from '../i18n/strings-analysis';
import { useErrorStrings } from '../i18n/use-error-strings';
import { useLanguage, useStrings } from '../i18n/use-strings';
import { loadMigrations } from '../services/questionnaire-migrations';

/**
 * Renders its children with `records` carried over to the version of `pkg`'s questionnaire (in
 * memory only; stored assessments change when they are opened), as the regional overview,
 * consolidation and comparison need them. Says above the children what was carried over, with the
 * notice opening an assessment gives, and which records were left out because their version
 * cannot be carried over.
 */
export function CarryOverGate({
  pkg,
  records,
  listRefused = true,
  children,
}: {
  pkg: QuestionnairePackage;
  records: readonly AssessmentRecord[];
  /** Whether to list the records left out; the comparison says itself why it cannot compare. */
  listRefused?: boolean;
  children: (carried: CarriedOverRecords) => ReactNode;
}) {
  const t = useStrings();
  // One tree whether or not a record needs the mapping, so the children keep their state when a
  // file of an older version is added.
  return (
    <Suspense fallback={<p role="status">{t.loading}</p>}>
      <Carried pkg={pkg} records={records} listRefused={listRefused}>
        {children}
      </Carried>
    </Suspense>
  );
}

function Carried({
  pkg,
  records,
  listRefused,
  children,
}: {
  pkg: QuestionnairePackage;
  records: readonly AssessmentRecord[];
  listRefused: boolean;
  children: (carried: CarriedOverRecords) => ReactNode;
}) {
  const q = pkg.questionnaire;
  const migrations = records.some((r) => needsCarryOver(r, q)) ? use(loadMigrations(q.id)) : null;
  const a = analysisStrings[useLanguage()];
  const m = useErrorStrings();
  const c = a.carryOver;
  const uid = useId();
  const result = useMemo(() => carryOverRecords(records, q, migrations), [records, q, migrations]);
  const totals = carryOverTotals(result);
  const name = (r: AssessmentRecord) => c.name(r.profile?.municipality ?? a.none, r.label);
  const [only] = result.carried;
  return (
    <>
      {totals && only && (
        <div className="note-box" role="status" data-testid="carry-over-notice">
          {totals.records === 1 ? (
            <p>
              <strong>{name(only.original)}:</strong> {only.notice && m.carryOver(only.notice)}
            </p>
          ) : (
            <>
              <p>{c.summary(totals.records, totals.from, totals.to, totals.toReview)}</p>
              <details>
                <summary>{c.each}</summary>
                <ul>
                  {result.carried.map((r) => (
                    <li key={r.index}>
                      <strong>{name(r.original)}:</strong> {r.notice && m.carryOver(r.notice)}
                    </li>
                  ))}
                </ul>
              </details>
            </>
          )}
          <p className="small-note">{c.notSaved}</p>
        </div>
      )}
      {listRefused && result.refused.length > 0 && (
        <section className="error-box" role="alert" aria-labelledby={`${uid}-refused`}>
          <h2 id={`${uid}-refused`}>{c.refusedTitle(result.refused.length)}</h2>
          <ul>
            {result.refused.map((r) => (
              <li key={r.index}>
                <strong>{name(r.original)}:</strong> {r.errors.map(m.mismatch).join(' ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {children(result)}
    </>
  );
}
