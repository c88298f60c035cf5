import { useId } from 'react';
import { MIN_GROUP_SIZE, type RegionOverview } from '../../engine/aggregate-region';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import type { Titles } from '../../engine/titles';
import { ScrollBox } from '../../components/scroll-box';
import { useLanguage } from '../../components/use-strings';
import { analysisStrings } from '../../i18n/strings-analysis';

/** The recommendations that apply to the most municipalities; none for a group too small to stay anonymous. */
export function RegionRecommendations({
  pkg,
  overview,
  titles,
}: {
  pkg: QuestionnairePackage;
  overview: RegionOverview;
  titles: Titles;
}) {
  const lang = useLanguage();
  const all = analysisStrings[lang];
  const a = all.region;
  const uid = useId();
  const recs = new Map(pkg.recommendations.map((r) => [r.id, r]));
  return (
    <section aria-labelledby={`${uid}-recs`} className="region-block">
      <h2 id={`${uid}-recs`}>{a.recsTitle}</h2>
      <p>{a.recsIntro}</p>
      {overview.recommendationsWithheld ? (
        <p className="note-box" data-testid="region-recs-withheld">
          {a.recsWithheld(MIN_GROUP_SIZE)}
        </p>
      ) : overview.topRecommendations.length === 0 ? (
        <p>{a.recsNone}</p>
      ) : (
        <ScrollBox label={a.recsTitle}>
          <table className="data-table" data-testid="region-recommendations">
            <thead>
              <tr>
                <th scope="col">{a.recommendation}</th>
                <th scope="col">{all.field}</th>
                <th scope="col">{a.n}</th>
              </tr>
            </thead>
            <tbody>
              {overview.topRecommendations.map((r) => {
                const rec = recs.get(r.recommendationId);
                return (
                  <tr key={r.recommendationId}>
                    <th scope="row">{rec?.title[lang] ?? r.recommendationId}</th>
                    <td>{rec ? titles.field(rec.field) : all.none}</td>
                    <td>{a.recCount(r.count, overview.included)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
