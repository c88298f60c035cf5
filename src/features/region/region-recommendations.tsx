import { MIN_GROUP_SIZE, type RegionOverview } from '../../engine/aggregate-region';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { DataTable } from '../../components/data-table';
import { Section } from '../../components/section';
import { useAnalysisStrings, useTitles } from '../../i18n/use-analysis-strings';

/** The recommendations that apply to the most municipalities; none for a group too small to stay anonymous. */
export function RegionRecommendations({
  pkg,
  overview,
}: {
  pkg: QuestionnairePackage;
  overview: RegionOverview;
}) {
  const titles = useTitles(pkg.questionnaire);
  const { lang, a: all } = useAnalysisStrings();
  const a = all.region;
  const recs = new Map(pkg.recommendations.map((r) => [r.id, r]));
  return (
    <Section title={a.recsTitle} className="region-block">
      <p>{a.recsIntro}</p>
      {overview.recommendationsWithheld ? (
        <p className="note-box" data-testid="region-recs-withheld">
          {a.recsWithheld(MIN_GROUP_SIZE)}
        </p>
      ) : overview.topRecommendations.length === 0 ? (
        <p>{a.recsNone}</p>
      ) : (
        <DataTable
          label={a.recsTitle}
          columns={[a.recommendation, all.field, a.n]}
          testId="region-recommendations"
        >
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
        </DataTable>
      )}
    </Section>
  );
}
