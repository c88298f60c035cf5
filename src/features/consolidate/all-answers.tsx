import { answerText } from '../../engine/answer-text';
import { ownValue, type AnswerValue } from '../../engine/assessment';
import type { Consolidation } from '../../engine/consolidate';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { DataTable } from '../../components/data-table';
import { Section } from '../../components/section';
import { useAnalysisStrings, useTitles } from '../../i18n/use-analysis-strings';

/** Per field, a table of every person's answer, the joint answer and the spread; fields to discuss open. */
export function AllAnswers({
  pkg,
  consolidation,
  decisions,
}: {
  pkg: QuestionnairePackage;
  consolidation: Consolidation;
  decisions: Readonly<Record<string, AnswerValue>>;
}) {
  const { lang, a } = useAnalysisStrings();
  const t = a.consolidate;
  const q = pkg.questionnaire;
  const titles = useTitles(q);
  const text = (value: AnswerValue | undefined) => answerText(value, a, lang, q.levelNames);
  return (
    <Section title={t.allTitle}>
      <p>{t.allIntro}</p>
      {q.fields.map((field) => {
        const rows = consolidation.questions.filter((x) => x.fieldId === field.id);
        if (rows.length === 0) return null;
        const discuss = rows.filter((x) => x.disagreement).length;
        return (
          <details key={field.id} className="field-details" open={discuss > 0}>
            <summary>{t.fieldSummary(field.title[lang], rows.length, discuss)}</summary>
            <DataTable
              label={field.title[lang]}
              caption={field.title[lang]}
              columns={[
                a.compare.question,
                ...consolidation.respondents.map((r) => r.respondent),
                t.joint,
                t.spreadColumn,
              ]}
            >
              {rows.map((x) => (
                <tr key={x.questionId} className={x.disagreement ? 'disagreement' : undefined}>
                  <th scope="row">{titles.question(x.questionId)}</th>
                  {x.values.map((v, i) => (
                    <td key={i}>{text(v.value)}</td>
                  ))}
                  <td>{text(ownValue(decisions, x.questionId) ?? x.suggested)}</td>
                  <td>
                    {t.spreadCell(x.spread)}
                    {x.disagreement && (
                      <>
                        {' '}
                        <strong className="spread-mark">({t.discussMark})</strong>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          </details>
        );
      })}
    </Section>
  );
}
