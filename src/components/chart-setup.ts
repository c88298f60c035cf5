import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartOptions,
} from 'chart.js';

// Chart.js draws only what is registered. One place for all charts of the app: the radar of the
// results and the horizontal bars of the analysis screens.
Chart.register(
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

/** Chart.js with everything above registered: import it from here, never from chart.js directly. */
export { Chart };

/**
 * Breaks a long label into lines of at most `width` characters where it can (Chart.js draws an
 * array as several lines), at spaces and after hyphens, so that a chart never cuts it off.
 */
export function wrapLabel(label: string, width: number): string[] {
  const words = label.split(/(?<=-)|\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const joined = line === '' ? w : line.endsWith('-') ? line + w : `${line} ${w}`;
    if (joined.length > width && line !== '') {
      lines.push(line);
      line = w;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines;
}

/** Options of a horizontal bar chart on the scale of 0 to 100 points, legend below, no animation. */
export function pointsBarOptions(plugins: ChartOptions<'bar'>['plugins'] = {}): ChartOptions<'bar'> {
  return {
    indexAxis: 'y',
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    scales: {
      x: { min: 0, max: 100, ticks: { stepSize: 25, color: '#333' }, grid: { color: '#c8ced6' } },
      y: { ticks: { color: '#1b1b1b', autoSkip: false }, grid: { display: false } },
    },
    plugins: { legend: { position: 'bottom', labels: { color: '#1b1b1b' } }, ...plugins },
  };
}
