import { useMemo, type ReactNode } from 'react';
import { MIN_GROUP_SIZE, type Distribution, type RegionOverview } from '../../engine/aggregate-region';
import type { Questionnaire } from '../../engine/questionnaire-schema';
import { pointsText } from '../../components/points-text';
import { DataTable } from '../../components/data-table';
import { Section } from '../../components/section';
import { useAnalysisStrings, useTitles } from '../../i18n/use-analysis-strings';
import { DistributionChart, type BoxRow } from './distribution-chart';

/** The cells after "Kommunen" of one row: the statistics, or one cell saying they are withheld. */
function StatCells({ stats, testId, below }: { stats: Distribution; testId: string; below: ReactNode }) {
  const a = useAnalysisStrings().a.region;
  if (stats.withheld)
    return (
      <td colSpan={6} data-testid={testId} className="withheld">
        {a.withheldCell(MIN_GROUP_SIZE)}
      </td>
    );
  return (
    <>
      <td data-testid={testId}>{pointsText(stats.median)}</td>
      <td>{pointsText(stats.q1)}</td>
      <td>{pointsText(stats.q3)}</td>
      <td>{pointsText(stats.min)}</td>
      <td>{pointsText(stats.max)}</td>
      {below}
    </>
  );
}

/** Points per field in the region: the distribution as a chart and a table, figures of small groups withheld. */
export function RegionFields({ overview, q }: { overview: RegionOverview; q: Questionnaire }) {
  const titles = useTitles(q);
  const { a: all } = useAnalysisStrings();
  const a = all.region;
  const rows = useMemo(
    (): BoxRow[] => [
      ...overview.fields.map((f) => ({ label: titles.field(f.fieldId), stats: f })),
      { label: all.overall, stats: overview.overall },
    ],
    [overview, titles, all.overall],
  );
  const chartText = a.chartDescription(
    rows
      .filter((r) => r.stats.n > 0 && !r.stats.withheld)
      .map((r) =>
        a.chartPart(r.label, pointsText(r.stats.median), pointsText(r.stats.q1), pointsText(r.stats.q3)),
      )
      .join('; '),
  );

  return (
    <Section title={a.fieldsTitle}>
      <p>{a.fieldsIntro}</p>
      <figure className="chart-figure region-figure">
        <DistributionChart rows={rows} description={chartText} />
        <figcaption>{a.chartTitle}</figcaption>
      </figure>
      <DataTable
        label={a.fieldsTitle}
        columns={[all.field, a.n, a.median, a.q1, a.q3, a.min, a.max, a.belowTarget]}
        className="data-table region-table"
        testId="region-fields"
        foot={
          <tr>
            <th scope="row">{all.overall}</th>
            <td>{overview.overall.n}</td>
            <StatCells stats={overview.overall} testId="median-overall" below={<td>{all.none}</td>} />
          </tr>
        }
      >
        {overview.fields.map((f) => (
          <tr key={f.fieldId} data-field={f.fieldId}>
            <th scope="row">{titles.field(f.fieldId)}</th>
            <td>{f.n}</td>
            <StatCells
              stats={f}
              testId={`median-${f.fieldId}`}
              below={<td data-testid={`below-${f.fieldId}`}>{f.belowTarget}</td>}
            />
          </tr>
        ))}
      </DataTable>
      {(overview.overall.withheld || overview.fields.some((f) => f.withheld)) && (
        <p className="note-box" data-testid="region-withheld">
          {a.withheldNote(MIN_GROUP_SIZE)}
        </p>
      )}
    </Section>
  );
}
