import { answerText } from '../../engine/answer-text';
import { ownValue, type AnswerValue } from '../../engine/assessment';
import type { Consolidation } from '../../engine/consolidate';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { Section } from '../../components/section';
import { useAnalysisStrings, useTitles } from '../../i18n/use-analysis-strings';
import { SettleSelect } from './settle-select';

/** The questions whose answers lie far apart: each person's answer, their notes, and the joint answer to settle. */
export function DisagreementList({
  pkg,
  consolidation,
  decisions,
  overallText,
  onSettle,
}: {
  pkg: QuestionnairePackage;
  consolidation: Consolidation;
  decisions: Readonly<Record<string, AnswerValue>>;
  overallText: string;
  onSettle: (questionId: string, value: AnswerValue) => void;
}) {
  const { lang, a } = useAnalysisStrings();
  const t = a.consolidate;
  const titles = useTitles(pkg.questionnaire);
  const levelNames = pkg.questionnaire.levelNames;
  const { disagreements } = consolidation;
  return (
    <Section title={t.discussTitle}>
      {disagreements.length === 0 ? (
        <p>{t.discussNone}</p>
      ) : (
        <>
          <p>{t.discussIntro(disagreements.length)}</p>
          <p role="status" className="consolidate-live">
            {a.overall}: {overallText} {a.outOf}
          </p>
          <ol className="discuss-list">
            {disagreements.map((d) => {
              const question = titles.questionById.get(d.questionId);
              return (
                <li key={d.questionId} className="discuss-item" data-testid="disagreement">
                  <h3 id={`settle-${d.questionId}`}>{titles.question(d.questionId)}</h3>
                  <p className="meta">
                    {titles.field(d.fieldId)} · <strong className="spread-mark">{t.spread(d.spread)}</strong>
                  </p>
                  <ul className="respondent-answers">
                    {d.values.map((v, i) => (
                      <li key={i}>
                        {v.respondent}: <strong>{answerText(v.value, a, lang, levelNames)}</strong>
                      </li>
                    ))}
                  </ul>
                  {d.notes && (
                    <div className="discuss-notes">
                      <strong>{t.notes}:</strong>
                      <p>{d.notes}</p>
                    </div>
                  )}
                  <p className="small-note">
                    {t.suggested}: {answerText(d.suggested, a, lang, levelNames)}
                  </p>
                  <SettleSelect
                    pkg={pkg}
                    question={question}
                    item={d}
                    value={ownValue(decisions, d.questionId) ?? d.suggested}
                    onChange={(value) => onSettle(d.questionId, value)}
                  />
                </li>
              );
            })}
          </ol>
        </>
      )}
    </Section>
  );
}
