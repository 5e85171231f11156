/** What the weekly schedule asks of a given local day, and how the week is going. */
import { weekdayOf, type LocalDate, minutesOfTime } from './local-date';

/** A routine's place in the week (a ScheduleRecord fits). */
export interface WeeklySlot {
  routineId: string;
  /** 0 = Sunday … 6 = Saturday. */
  days: readonly number[];
  /** Local "HH:MM". */
  time: string;
}

export interface DueItem {
  routineId: string;
  time: string;
  /** A session of this routine that counts (session-counts.ts) ended on this day. */
  isDone: boolean;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** The order the schedule screen lists days in: Monday first, like History's weeks. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** The routines due on `date`, earliest first; `doneToday` holds the routines with a counted session that day. */
export function dueOn(slots: readonly WeeklySlot[], date: LocalDate, doneToday: ReadonlySet<string>): DueItem[] {
  const weekday = weekdayOf(date);
  return slots
    .filter((s) => s.days.includes(weekday) && minutesOfTime(s.time) !== null)
    .map((s) => ({ routineId: s.routineId, time: s.time, isDone: doneToday.has(s.routineId) }))
    .sort((a, b) => (minutesOfTime(a.time) ?? 0) - (minutesOfTime(b.time) ?? 0) || a.routineId.localeCompare(b.routineId));
}

/** Sessions the schedule plans in one week (each chosen day of each routine). */
export function plannedPerWeek(slots: readonly WeeklySlot[]): number {
  return slots.reduce((sum, s) => sum + new Set(s.days).size, 0);
}

/** "Mon, Wed, Fri at 07:30", for lists and the calendar event's description. */
export function describeSlot(slot: WeeklySlot): string {
  const days = WEEK_ORDER.filter((d) => slot.days.includes(d)).map((d) => WEEKDAY_NAMES[d].slice(0, 3));
  if (days.length === 0) return 'No days chosen';
  return `${days.length === 7 ? 'Every day' : days.join(', ')} at ${slot.time}`;
}
