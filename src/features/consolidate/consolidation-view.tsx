import { useMemo, useState } from 'react';
import type { AnswerValue } from '../../engine/assessment';
import { attempt } from '../../engine/attempt';
import { consolidateRespondents, consolidatedScore, consolidationProblem } from '../../engine/consolidate';
import type { SourcedRecord } from '../../engine/import-batch';
import { currentDecisions, municipalitiesOf } from '../../engine/joint-assessment';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { ErrorBox } from '../../components/error-box';
import { useAnalysisStrings } from '../../i18n/use-analysis-strings';
import { errorStrings } from '../../i18n/strings-errors';
import { AllAnswers } from './all-answers';
import { DisagreementList } from './disagreement-list';
import { JointResult, overallText } from './joint-result';
import { SaveRound } from './save-round';

/** The merged answers: what to discuss, the joint result, all answers side by side, and saving it. */
export function ConsolidationView({ pkg, entries }: { pkg: QuestionnairePackage; entries: SourcedRecord[] }) {
  const { a, lang } = useAnalysisStrings();
  const t = a.consolidate;
  const [settled, setSettled] = useState<Record<string, AnswerValue>>({});

  const records = useMemo(() => entries.map((e) => e.record), [entries]);
  const result = useMemo(
    () => attempt(consolidationProblem(pkg, records), () => consolidateRespondents(pkg, records)),
    [pkg, records],
  );
  const consolidation = result.ok ? result.value : null;
  const decisions = useMemo(
    () => (consolidation ? currentDecisions(consolidation, settled) : {}),
    [consolidation, settled],
  );
  const score = useMemo(
    () => (consolidation ? consolidatedScore(pkg, consolidation, decisions) : null),
    [pkg, consolidation, decisions],
  );

  if (!result.ok || !consolidation || !score)
    return (
      <ErrorBox title={t.error}>
        <p>{result.ok ? '' : errorStrings[lang].consolidation(result.error, pkg.questionnaire.id)}</p>
      </ErrorBox>
    );
  const municipalities = municipalitiesOf(records);

  return (
    <>
      {municipalities.length > 1 && (
        <p className="warning-box">{t.differentMunicipalities(municipalities.join(', '))}</p>
      )}
      {consolidation.shortCheckQuestions && (
        <p className="note-box" data-testid="consolidate-shared-only">
          {t.sharedOnly(consolidation.scopes.short, consolidation.shortCheckQuestions.length)}
        </p>
      )}
      <DisagreementList
        pkg={pkg}
        consolidation={consolidation}
        decisions={decisions}
        overallText={overallText(score, a)}
        onSettle={(questionId, value) => setSettled({ ...settled, [questionId]: value })}
      />
      <JointResult score={score} q={pkg.questionnaire} />
      <AllAnswers pkg={pkg} consolidation={consolidation} decisions={decisions} />
      <SaveRound records={records} consolidation={consolidation} decisions={decisions} />
    </>
  );
}
