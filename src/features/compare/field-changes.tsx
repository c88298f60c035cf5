import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { RoundComparison } from '../../engine/compare-rounds';
import { displayScore } from '../../engine/score';
import type { Questionnaire } from '../../engine/questionnaire-schema';
import { ChartCanvas } from '../../components/chart-canvas';
import { pointsBarOptions, wrapLabel } from '../../components/chart-setup';
import { pointsText } from '../../components/points-text';
import { DataTable } from '../../components/data-table';
import { Section } from '../../components/section';
import { useAnalysisStrings, useTitles } from '../../i18n/use-analysis-strings';
import type { AnalysisStrings } from '../../i18n/strings-analysis';

interface BarData {
  labels: string[];
  before: (number | null)[];
  after: (number | null)[];
}

/** Horizontal bars "vorher/nachher" per field; an image for assistive technology, the table holds the numbers. */
function BeforeAfterChart({ data, description }: { data: BarData; description: string }) {
  const c = useAnalysisStrings().a.compare;
  const config = useMemo(
    (): ChartConfiguration<'bar', (number | null)[], string[]> => ({
      type: 'bar',
      data: {
        labels: data.labels.map((l) => wrapLabel(l, 26)),
        datasets: [
          { label: c.before_, data: data.before, backgroundColor: '#6b7480' },
          { label: c.after_, data: data.after, backgroundColor: '#0b4f8a' },
        ],
      },
      options: pointsBarOptions(),
    }),
    [data, c],
  );
  return (
    <ChartCanvas
      config={config}
      description={description}
      className="compare-chart"
      style={{ height: `${Math.max(12, data.labels.length * 3.4 + 5)}rem` }}
    />
  );
}

/** A change in points with its sign spelled out (+12, −5, ±0), or "–" where a round has no score. */
export function changeText(value: number | null, a: AnalysisStrings): string {
  return value === null ? a.none : a.signed(displayScore(value));
}

/** Points per field before and after, with the change: as a chart and as a table. */
export function FieldChanges({ comparison, q }: { comparison: RoundComparison; q: Questionnaire }) {
  const { a } = useAnalysisStrings();
  const titles = useTitles(q);
  const c = a.compare;
  const chart = useMemo((): BarData => {
    const fields = comparison.fields.filter((f) => f.before !== null || f.after !== null);
    return {
      labels: fields.map((f) => titles.field(f.fieldId)),
      before: fields.map((f) => (f.before === null ? null : displayScore(f.before))),
      after: fields.map((f) => (f.after === null ? null : displayScore(f.after))),
    };
  }, [comparison, titles]);
  const shown = (value: number | null | undefined) => (value == null ? a.noScore : String(value));
  const chartText = c.chartDescription(
    chart.labels
      .map((label, i) => c.chartPart(label, shown(chart.before[i]), shown(chart.after[i])))
      .join('; '),
  );

  return (
    <Section title={c.fieldsTitle}>
      <p>{c.fieldsIntro}</p>
      <div className="compare-layout">
        {chart.labels.length > 0 && (
          <figure className="chart-figure">
            <BeforeAfterChart data={chart} description={chartText} />
            <figcaption>{c.chartTitle}</figcaption>
          </figure>
        )}
        <DataTable label={c.fieldsTitle} columns={[a.field, c.before_, c.after_, c.change]}>
          {comparison.fields.map((f) => (
            <tr key={f.fieldId} data-field={f.fieldId}>
              <th scope="row">{titles.field(f.fieldId)}</th>
              <td>{pointsText(f.before)}</td>
              <td>{pointsText(f.after)}</td>
              <td data-testid={`change-${f.fieldId}`}>{changeText(f.change, a)}</td>
            </tr>
          ))}
        </DataTable>
      </div>
    </Section>
  );
}
