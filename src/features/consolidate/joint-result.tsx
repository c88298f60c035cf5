import { useId } from 'react';
import type { AssessmentScore } from '../../engine/score';
import type { Titles } from '../../engine/titles';
import { pointsText } from '../../components/points-text';
import { ScrollBox } from '../../components/scroll-box';
import { useLanguage } from '../../components/use-strings';
import { analysisStrings } from '../../i18n/strings-analysis';

/** The joint result: overall score with its band, and the points of each field. */
export function JointResult({
  score,
  titles,
  overallText,
}: {
  score: AssessmentScore;
  titles: Titles;
  overallText: string;
}) {
  const lang = useLanguage();
  const a = analysisStrings[lang];
  const t = a.consolidate;
  const uid = useId();
  return (
    <section aria-labelledby={`${uid}-result`}>
      <h2 id={`${uid}-result`}>{t.resultTitle}</h2>
      <p>{t.resultIntro}</p>
      <div className="consolidate-result">
        <p className="consolidate-overall">
          {a.overall}: <strong data-testid="consolidated-overall">{overallText}</strong> {a.outOf}
          {score.band && (
            <>
              {' '}
              – <span>{score.band.name[lang]}</span>
            </>
          )}
        </p>
        <ScrollBox label={t.resultTitle}>
          <table className="data-table consolidate-fields">
            <thead>
              <tr>
                <th scope="col">{a.field}</th>
                <th scope="col">{a.points}</th>
              </tr>
            </thead>
            <tbody>
              {score.fields
                .filter((f) => f.total > 0)
                .map((f) => (
                  <tr key={f.fieldId} data-field={f.fieldId}>
                    <th scope="row">{titles.field(f.fieldId)}</th>
                    <td data-testid={`consolidated-field-${f.fieldId}`}>{pointsText(f.score)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollBox>
      </div>
    </section>
  );
}
