// Statistics and number formats of the benchmark's report.

/** The median; NaN for no values. */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
/** The largest value; -Infinity for none. */
export const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity);
/** Milliseconds, with two decimals below 10 ms. */
export const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
/** Bytes as KB (1024). */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** A ratio such as `0.45 ×`. */
export const ratio = (x: number) => `${x.toFixed(2)} ×`;
/** Single values for the report, comma-separated. */
export const list = (xs: number[], digits = 0) => xs.map((x) => x.toFixed(digits)).join(', ');
