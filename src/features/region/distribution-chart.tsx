import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { Distribution } from '../../engine/aggregate-region';
import { ChartCanvas } from '../../components/chart-canvas';
import { pointsBarOptions } from '../../components/chart-setup';
import { pointsText } from '../../components/points-text';
import { useAnalysisStrings } from '../../i18n/use-analysis-strings';

/** One bar of the chart: a field (or the overall score) and the spread of its points. */
export interface BoxRow {
  label: string;
  stats: Distribution;
}

const range = (lo: number | null, hi: number | null): [number, number] | null =>
  lo === null || hi === null ? null : [lo, Math.max(hi, lo + 0.5)];

/**
 * A box-plot-like chart: per field a thin bar from minimum to maximum, a wide bar for the middle
 * half (Q1–Q3) and a dark mark at the median. An image for assistive technology; the table holds
 * the numbers.
 */
export function DistributionChart({ rows, description }: { rows: BoxRow[]; description: string }) {
  const a = useAnalysisStrings().a.region;
  const config = useMemo(
    (): ChartConfiguration<'bar', ([number, number] | null)[], string> => ({
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          {
            label: a.chartMedian,
            data: rows.map((r) =>
              r.stats.median === null ? null : [r.stats.median - 0.7, r.stats.median + 0.7],
            ),
            backgroundColor: '#1b1b1b',
            grouped: false,
            barPercentage: 0.8,
            order: 1,
          },
          {
            label: a.chartMiddle,
            data: rows.map((r) => range(r.stats.q1, r.stats.q3)),
            backgroundColor: 'rgba(11, 79, 138, 0.3)',
            borderColor: '#0b4f8a',
            borderWidth: 2,
            borderSkipped: false,
            grouped: false,
            barPercentage: 0.6,
            order: 2,
          },
          {
            label: a.chartRange,
            data: rows.map((r) => range(r.stats.min, r.stats.max)),
            backgroundColor: '#6b7480',
            grouped: false,
            barPercentage: 0.12,
            order: 3,
          },
        ],
      },
      options: pointsBarOptions({
        tooltip: {
          callbacks: {
            label: (item) => {
              const s = rows[item.dataIndex]?.stats;
              if (!s) return '';
              if (item.datasetIndex === 0) return `${a.median}: ${pointsText(s.median)}`;
              if (item.datasetIndex === 1) return `${a.q1}–${a.q3}: ${pointsText(s.q1)}–${pointsText(s.q3)}`;
              return `${a.min}–${a.max}: ${pointsText(s.min)}–${pointsText(s.max)}`;
            },
          },
        },
      }),
    }),
    [rows, a],
  );
  return (
    <ChartCanvas
      config={config}
      description={description}
      className="region-chart"
      style={{ height: `${Math.max(12, rows.length * 2.2 + 5)}rem` }}
    />
  );
}
