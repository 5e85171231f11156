/**
 * Calendar dates as the user reads them on their phone ("Wednesday 2 December"), apart from any
 * instant: a schedule says "Mon/Wed/Fri at 07:30" in local days, so a week with a daylight-saving
 * change still has seven days and 07:30 stays 07:30. The arithmetic runs in UTC, where no day is
 * 23 or 25 hours long; the feature layer turns `Date.now()` into a LocalDate with the device's zone.
 */
export interface LocalDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

const utcOf = (d: LocalDate) => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (u: Date): LocalDate => ({ year: u.getUTCFullYear(), month: u.getUTCMonth() + 1, day: u.getUTCDate() });

/** 0 = Sunday … 6 = Saturday, as `Date.getDay()` and ScheduleRecord.days count. */
export function weekdayOf(date: LocalDate): number {
  return utcOf(date).getUTCDay();
}

/** The date `days` calendar days later (or earlier, when negative). */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const u = utcOf(date);
  u.setUTCDate(u.getUTCDate() + days);
  return fromUtc(u);
}

/** The Monday of the week holding `date` (weeks start on Monday, as History's do). */
export function mondayOf(date: LocalDate): LocalDate {
  return addLocalDays(date, -((weekdayOf(date) + 6) % 7));
}

/** "2026-12-02". */
export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Whole minutes after midnight of "07:30", or null for anything that isn't a 24-hour HH:MM time. */
export function minutesOfTime(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
