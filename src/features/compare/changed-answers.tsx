import { answerText } from '../../engine/answer-text';
import type { RoundComparison } from '../../engine/compare-rounds';
import type { Questionnaire } from '../../engine/questionnaire-schema';
import { DataTable } from '../../components/data-table';
import { Section } from '../../components/section';
import { useAnalysisStrings, useTitles } from '../../i18n/use-analysis-strings';

/** The answers that differ between the rounds, before → after; questions whose meaning changed are marked. */
export function ChangedAnswers({ comparison, q }: { comparison: RoundComparison; q: Questionnaire }) {
  const { lang, a } = useAnalysisStrings();
  const titles = useTitles(q);
  const { levelNames } = q;
  const c = a.compare;
  const { answers, changedMeaning } = comparison;
  return (
    <Section title={c.answersTitle}>
      {answers.length === 0 ? (
        <p>{c.answersNone}</p>
      ) : (
        <>
          <p>{c.answersCount(answers.length)}</p>
          <DataTable
            label={c.answersTitle}
            columns={[a.field, c.question, c.before_, c.after_]}
            testId="changed-answers"
          >
            {answers.map((x) => (
              <tr key={x.questionId}>
                <td>{titles.field(x.fieldId)}</td>
                <th scope="row">
                  {titles.question(x.questionId)}
                  {changedMeaning.includes(x.questionId) && (
                    <span className="small-note"> ({c.changedMeaning})</span>
                  )}
                </th>
                <td>{answerText(x.before, a, lang, levelNames)}</td>
                <td>
                  <span aria-hidden="true">→ </span>
                  {answerText(x.after, a, lang, levelNames)}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </Section>
  );
}
