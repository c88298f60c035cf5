import { useMemo, useState } from 'react';
import type { AnswerValue } from '../../engine/assessment';
import { attempt } from '../../engine/attempt';
import { consolidateRespondents, consolidatedScore } from '../../engine/consolidate';
import type { SourcedRecord } from '../../engine/import-batch';
import { currentDecisions, municipalitiesOf } from '../../engine/joint-assessment';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { titlesOf } from '../../engine/titles';
import { ErrorBox } from '../../components/error-box';
import { pointsText } from '../../components/points-text';
import { useLanguage } from '../../components/use-strings';
import { analysisStrings } from '../../i18n/strings-analysis';
import { AllAnswers } from './all-answers';
import { DisagreementList } from './disagreement-list';
import { JointResult } from './joint-result';
import { SaveRound } from './save-round';

/** The merged answers: what to discuss, the joint result, all answers side by side, and saving it. */
export function ConsolidationView({ pkg, entries }: { pkg: QuestionnairePackage; entries: SourcedRecord[] }) {
  const lang = useLanguage();
  const a = analysisStrings[lang];
  const t = a.consolidate;
  const [settled, setSettled] = useState<Record<string, AnswerValue>>({});

  const records = useMemo(() => entries.map((e) => e.record), [entries]);
  const result = useMemo(() => attempt(() => consolidateRespondents(pkg, records)), [pkg, records]);
  const consolidation = result.ok ? result.value : null;
  const decisions = useMemo(
    () => (consolidation ? currentDecisions(consolidation, settled) : {}),
    [consolidation, settled],
  );
  const score = useMemo(
    () => (consolidation ? consolidatedScore(pkg, consolidation, decisions) : null),
    [pkg, consolidation, decisions],
  );
  const titles = useMemo(() => titlesOf(pkg.questionnaire, lang), [pkg, lang]);

  if (!result.ok || !consolidation || !score)
    return (
      <ErrorBox title={t.error}>
        <p>{result.ok ? '' : result.error}</p>
      </ErrorBox>
    );
  const municipalities = municipalitiesOf(records);
  const overallText = score.overall === null ? a.noScore : pointsText(score.overall);

  return (
    <>
      {municipalities.length > 1 && (
        <p className="warning-box">{t.differentMunicipalities(municipalities.join(', '))}</p>
      )}
      <DisagreementList
        pkg={pkg}
        consolidation={consolidation}
        titles={titles}
        decisions={decisions}
        overallText={overallText}
        onSettle={(questionId, value) => setSettled({ ...settled, [questionId]: value })}
      />
      <JointResult score={score} titles={titles} overallText={overallText} />
      <AllAnswers pkg={pkg} consolidation={consolidation} titles={titles} decisions={decisions} />
      <SaveRound records={records} consolidation={consolidation} decisions={decisions} />
    </>
  );
}
