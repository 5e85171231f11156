/**
 * Local calendar days as "YYYY-MM-DD" strings. The feature layer turns a moment into the user's local
 * day; from there the arithmetic is on dates alone, so daylight-saving shifts never move a day.
 */
const DAY_MS = 86_400_000;

function epochDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** The date `days` after `day`. */
export function addDaysTo(day: string, days: number): string {
  return new Date((epochDay(day) + days) * DAY_MS).toISOString().slice(0, 10);
}
