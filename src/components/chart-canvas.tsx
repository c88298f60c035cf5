import { useEffect, useRef, type CSSProperties } from 'react';
import type { ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';
import { Chart } from './chart-setup';

/**
 * A Chart.js chart, drawn anew when its configuration changes (pass a memoised one). The canvas is
 * an image for assistive technology: callers pass a text alternative and show the numbers in a table.
 */
export function ChartCanvas<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>({
  config,
  description,
  className,
  style,
}: {
  config: ChartConfiguration<TType, TData, TLabel>;
  description: string;
  className: string;
  style?: CSSProperties;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className={className} style={style}>
      <canvas ref={canvas} role="img" aria-label={description} />
    </div>
  );
}
