import { useCallback, useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { ChartCanvas } from './chart-canvas';
import { Chart, wrapLabel } from './chart-setup';
import type { FieldGap } from '../engine/gaps';
import { displayScore, type AssessmentScore } from '../engine/score';

/** Data for an Ist/Soll radar: one axis per field, values in points 0–100 (null = no score). */
export interface RadarData {
  labels: string[];
  current: (number | null)[];
  target: number[];
  currentLabel: string;
  targetLabel: string;
}

/**
 * The fields with questions as a radar with numbered axes (1, 2, …), as on paper: long field
 * names would not fit around a small radar, and the table beside it gives the numbers names.
 */
export function numberedRadarData(
  score: AssessmentScore,
  gaps: readonly FieldGap[],
  currentLabel: string,
  targetLabel: string,
): RadarData {
  const shown = score.fields.filter((f) => f.total > 0);
  const targets = new Map(gaps.map((g) => [g.fieldId, g.target]));
  return {
    labels: shown.map((_, i) => String(i + 1)),
    current: shown.map((f) => (f.score === null ? null : displayScore(f.score))),
    target: shown.map((f) => targets.get(f.fieldId) ?? 0),
    currentLabel,
    targetLabel,
  };
}

/** Radius of a target marker (a diamond reaches √2 × this from its centre, plus its border). */
export const TARGET_MARKER_RADIUS = 4;
/** Space between the outer ring and the axis labels: more than a marker on the ring reaches. */
export const LABEL_CLEARANCE = Math.ceil(TARGET_MARKER_RADIUS * Math.SQRT2 + 2) + 4;

/** Axis label size and wrap width: the results screen's summary draws a smaller radar than the other screens. */
const LABELS = {
  normal: { size: 12, wrap: 16, aspectRatio: 1 },
  // Wider than high: the long labels left and right limit the radius, not the height.
  compact: { size: 11, wrap: 20, aspectRatio: 1.4 },
} as const;

function config(
  data: RadarData,
  forPrint: boolean,
  labels: (typeof LABELS)[keyof typeof LABELS] = LABELS.normal,
): ChartConfiguration<'radar', (number | null)[], string> {
  return {
    type: 'radar',
    data: {
      labels: data.labels.map((l) => wrapLabel(l, labels.wrap)) as unknown as string[],
      datasets: [
        {
          label: data.currentLabel,
          data: data.current,
          borderColor: '#0b4f8a',
          backgroundColor: 'rgba(11, 79, 138, 0.25)',
          pointBackgroundColor: '#0b4f8a',
          borderWidth: 2,
          fill: true,
          spanGaps: true,
        },
        {
          label: data.targetLabel,
          data: data.target,
          borderColor: '#8a5a00',
          backgroundColor: 'rgba(0, 0, 0, 0)',
          pointBackgroundColor: '#8a5a00',
          pointStyle: 'rectRot',
          pointRadius: TARGET_MARKER_RADIUS,
          borderDash: [6, 4],
          borderWidth: 2,
          fill: false,
        },
      ],
    },
    options: {
      animation: false,
      layout: { padding: forPrint ? 8 : 4 },
      responsive: !forPrint,
      maintainAspectRatio: true,
      aspectRatio: labels.aspectRatio,
      devicePixelRatio: forPrint ? 3 : undefined,
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 25, color: '#333', backdropColor: 'rgba(255,255,255,0.8)' },
          // A target of 100 puts its marker on the outer ring: the labels keep clear of it.
          pointLabels: {
            color: '#1b1b1b',
            font: { size: forPrint ? 11 : labels.size },
            padding: LABEL_CLEARANCE,
          },
          grid: { color: '#c8ced6' },
          angleLines: { color: '#c8ced6' },
        },
      },
      plugins: { legend: { position: 'bottom', labels: { color: '#1b1b1b' } } },
    },
  };
}

/**
 * Radar chart of current (Ist) and target (Soll) per field. The canvas is an image for assistive
 * technology: callers pass a text alternative and show the same numbers in a data table.
 */
export function RadarChart({
  data,
  description,
  compact = false,
}: {
  data: RadarData;
  description: string;
  /** Smaller labels, wrapped shorter, for a radar that shares the screen with other things. */
  compact?: boolean;
}) {
  const chart = useMemo(() => config(data, false, compact ? LABELS.compact : LABELS.normal), [data, compact]);
  return (
    <ChartCanvas
      config={chart}
      description={description}
      className={compact ? 'chart-box compact' : 'chart-box'}
    />
  );
}

/** Draws the chart off-screen at three times the pixel density, without animation, as a PNG data URL. */
export function renderRadarPng(data: RadarData, size: number): string {
  const holder = document.createElement('div');
  holder.style.position = 'fixed';
  holder.style.left = '-10000px';
  holder.style.width = `${size}px`;
  holder.style.height = `${size}px`;
  const el = document.createElement('canvas');
  el.style.width = `${size}px`;
  el.style.height = `${size}px`;
  holder.appendChild(el);
  document.body.appendChild(holder);
  try {
    const c = new Chart(el, config(data, true));
    const png = c.toBase64Image('image/png', 1);
    c.destroy();
    return png;
  } finally {
    holder.remove();
  }
}

/** The same chart as a sharp image for paper (the print view uses this instead of a live canvas). */
export function RadarImage({
  data,
  description,
  size = 520,
}: {
  data: RadarData;
  description: string;
  size?: number;
}) {
  const draw = useCallback(
    (img: HTMLImageElement | null) => {
      if (img) img.src = renderRadarPng(data, size);
    },
    [data, size],
  );
  return <img ref={draw} className="radar-image" alt={description} width={size} height={size} />;
}
