import { answerText } from '../../engine/answer-text';
import type { RoundComparison } from '../../engine/compare-rounds';
import type { Questionnaire } from '../../engine/questionnaire-schema';
import type { Titles } from '../../engine/titles';
import { ScrollBox } from '../../components/scroll-box';
import { useLanguage } from '../../components/use-strings';
import { analysisStrings } from '../../i18n/strings-analysis';

/** The answers that differ between the rounds, before → after; questions whose meaning changed are marked. */
export function ChangedAnswers({
  comparison,
  titles,
  levelNames,
}: {
  comparison: RoundComparison;
  titles: Titles;
  levelNames: Questionnaire['levelNames'];
}) {
  const lang = useLanguage();
  const a = analysisStrings[lang];
  const c = a.compare;
  const { answers, changedMeaning } = comparison;
  return (
    <section aria-labelledby="compare-answers">
      <h2 id="compare-answers">{c.answersTitle}</h2>
      {answers.length === 0 ? (
        <p>{c.answersNone}</p>
      ) : (
        <>
          <p>{c.answersCount(answers.length)}</p>
          <ScrollBox label={c.answersTitle}>
            <table className="data-table" data-testid="changed-answers">
              <thead>
                <tr>
                  <th scope="col">{a.field}</th>
                  <th scope="col">{c.question}</th>
                  <th scope="col">{c.before_}</th>
                  <th scope="col">{c.after_}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
    </section>
  );
}
