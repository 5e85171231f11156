import type { LocalDate } from '@/domain/schedule/local-date';

/** The device's local calendar date of a moment (the one place a time zone enters the schedule). */
export function localDateOf(t: number): LocalDate {
  const d = new Date(t);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}
