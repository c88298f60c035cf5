/** A day or month with two digits: 3 → "03". */
export const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone, by default the device's own. A
 * Bavarian municipality's "today" begins at midnight in Bavaria, not in UTC: at 00:30 local time
 * `toISOString()` still says yesterday.
 */
export function localIsoDate(instant: Date, timeZone?: string): string {
  // The device's own zone is what a Date's local fields are in. No Intl formatter: the page's
  // first one costs an old laptop about 60 ms (ICU's data), and the profile form asks for today's
  // date while it opens (CPU profile at CPU ×4, 2026-12-03).
  if (timeZone === undefined)
    return `${String(instant.getFullYear()).padStart(4, '0')}-${twoDigits(instant.getMonth() + 1)}-${twoDigits(instant.getDate())}`;
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today's date (YYYY-MM-DD) on this device's clock and in its time zone. */
export function today(timeZone?: string): string {
  return localIsoDate(new Date(), timeZone);
}
