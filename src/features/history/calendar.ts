/**
 * Local calendar days and weeks for History. Day boundaries are the user's local midnight, which is
 * why this lives in the feature layer and the domain only ever receives `dayStartOf` and ranges.
 */
import type { WeekRange } from '@/domain/pain/trends';

/** Local midnight at or before `t`. */
export function startOfDay(t: number): number {
  return new Date(t).setHours(0, 0, 0, 0);
}

/** Local midnight `days` days later; stays on midnight across daylight-saving changes (a day may be 23 or 25 h). */
export function addDays(dayStart: number, days: number): number {
  const d = new Date(dayStart);
  d.setDate(d.getDate() + days);
  return d.setHours(0, 0, 0, 0);
}

/** Weeks start on Monday (ISO 8601): the most common convention, and the one physio programmes use. */
export function startOfWeek(t: number): number {
  const day = startOfDay(t);
  const sinceMonday = (new Date(day).getDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

/** The last `count` calendar weeks, oldest first; the last one is the week containing `now`. */
export function lastWeeks(now: number, count: number): WeekRange[] {
  const thisWeek = startOfWeek(now);
  return Array.from({ length: count }, (_, i) => {
    const start = addDays(thisWeek, -7 * (count - 1 - i));
    return { start, end: addDays(start, 7) };
  });
}

/** The seven local midnights of the week starting at `weekStart`. */
export function daysOfWeek(weekStart: number): number[] {
  return Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
}
