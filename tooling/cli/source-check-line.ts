import type { SourceCheckCounts } from '../../src/engine/questionnaire-package.ts';

/**
 * The validator's line on the sources, in German for authors: which months they were last
 * checked in, how many were not checked again for the as-of month, and when a warning comes.
 */
export function sourceCheckLine({ months, asOf, older, stale, staleAfter }: SourceCheckCounts): string {
  const byMonth = months.map(({ month, count }) => `${count} im Monat ${month}`).join(', ');
  if (!asOf) return `Quellen zuletzt geprüft: ${byMonth}.`;
  const notAgain =
    older === 0
      ? `alle im Monat des Stands ${asOf}`
      : `${older === 1 ? '1 Quelle wurde' : `${older} Quellen wurden`} für den Stand ${asOf} nicht neu geprüft`;
  const flagged =
    stale === 0
      ? `keine liegt mehr als ${staleAfter} Monate davor (erst dann gibt es eine Warnung)`
      : `${stale === 1 ? '1 liegt' : `${stale} liegen`} mehr als ${staleAfter} Monate davor (siehe Warnungen)`;
  return `Quellen zuletzt geprüft: ${byMonth}; ${notAgain}, ${flagged}.`;
}
