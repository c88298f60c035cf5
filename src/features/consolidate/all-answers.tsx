import { useId } from 'react';
import { answerText } from '../../engine/answer-text';
import { ownValue, type AnswerValue } from '../../engine/assessment';
import type { Consolidation } from '../../engine/consolidate';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import type { Titles } from '../../engine/titles';
import { ScrollBox } from '../../components/scroll-box';
import { useLanguage } from '../../components/use-strings';
import { analysisStrings } from '../../i18n/strings-analysis';

/** Per field, a table of every person's answer, the joint answer and the spread; fields to discuss open. */
export function AllAnswers({
  pkg,
  consolidation,
  titles,
  decisions,
}: {
  pkg: QuestionnairePackage;
  consolidation: Consolidation;
  titles: Titles;
  decisions: Readonly<Record<string, AnswerValue>>;
}) {
  const lang = useLanguage();
  const a = analysisStrings[lang];
  const t = a.consolidate;
  const uid = useId();
  const q = pkg.questionnaire;
  const text = (value: AnswerValue | undefined) => answerText(value, a, lang, q.levelNames);
  return (
    <section aria-labelledby={`${uid}-all`}>
      <h2 id={`${uid}-all`}>{t.allTitle}</h2>
      <p>{t.allIntro}</p>
      {q.fields.map((field) => {
        const rows = consolidation.questions.filter((x) => x.fieldId === field.id);
        if (rows.length === 0) return null;
        const discuss = rows.filter((x) => x.disagreement).length;
        return (
          <details key={field.id} className="field-details" open={discuss > 0}>
            <summary>{t.fieldSummary(field.title[lang], rows.length, discuss)}</summary>
            <ScrollBox label={field.title[lang]}>
              <table className="data-table">
                <caption className="visually-hidden">{field.title[lang]}</caption>
                <thead>
                  <tr>
                    <th scope="col">{a.compare.question}</th>
                    {consolidation.respondents.map((r, i) => (
                      <th scope="col" key={i}>
                        {r.respondent}
                      </th>
                    ))}
                    <th scope="col">{t.joint}</th>
                    <th scope="col">{t.spreadColumn}</th>
                  </tr>
                </thead>
                <tbody>
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
                </tbody>
              </table>
            </ScrollBox>
          </details>
        );
      })}
    </section>
  );
}
