import { localIsoDate, twoDigits } from '../engine/dates';
import type { Language } from '../engine/language';

// One formatter for every date and number the app, the sheet, the CSV and the Word files show.
const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * The calendar day of an ISO date, or of a date-time in the given (else the device's) time zone,
 * as UTC noon, so that formatting never moves it to another day.
 */
function calendarDay(iso: string, timeZone?: string): Date | undefined {
  const instant = iso.includes('T') ? new Date(iso) : undefined;
  const date = instant && !Number.isNaN(instant.getTime()) ? localIsoDate(instant, timeZone) : iso;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const noon = new Date(Date.UTC(year, month - 1, day, 12));
  // 2026-13-45 is no day, not 14 February 2027.
  return noon.getUTCMonth() === month - 1 && noon.getUTCDate() === day ? noon : undefined;
}

/**
 * An ISO date, or the local date of a date-time, as people read it: 01.03.2026 (de), 01/03/2026
 * (en); other text unchanged.
 */
export function formatDate(iso: string, lang: Language, timeZone?: string): string {
  const day = calendarDay(iso, timeZone);
  if (!day) return iso;
  // What Intl.DateTimeFormat writes for these locales with 2-digit day and month and the numeric
  // year (format.test.ts compares them), without building one: the page's first costs an old
  // laptop about 15 ms, and a new assessment's name says its date when the profile is sent.
  const separator = lang === 'de' ? '.' : '/';
  return [twoDigits(day.getUTCDate()), twoDigits(day.getUTCMonth() + 1), String(day.getUTCFullYear())].join(
    separator,
  );
}

/** "2026-12" as "Dezember 2026" (de) or "December 2026" (en); the input unchanged if it is no month. */
export function formatMonth(month: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)),
  );
}

/** A number in the language's way of writing it (1.234,5 in German, 1,234.5 in English). */
export function formatNumber(n: number, lang: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALES[lang], options).format(n);
}
