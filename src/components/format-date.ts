/** A date (ISO date or date-time) as people read it: 01.03.2026 in German, 01/03/2026 in English. */
export function formatDate(iso: string, lang: string): string {
  return new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB');
}
