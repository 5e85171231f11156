/**
 * The schedule as an iCalendar file (RFC 5545), made with the `ics` library: one weekly recurring
 * event per routine (RRULE FREQ=WEEKLY;BYDAY=…) with an alarm at its start, so the phone's calendar
 * reminds — a web app can't schedule a notification offline (docs/decisions/008-reminders-by-calendar.md).
 *
 * Times are FLOATING local times (DTSTART:20261202T073000, no TZID, no Z): "07:30" means 07:30 on
 * whatever clock the phone shows, across daylight-saving changes and when travelling, which is what a
 * morning routine wants. A TZID would need a VTIMEZONE block with the zone's rules (RFC 5545 §3.2.19),
 * which `ics` cannot write and which would go stale in the file; floating time needs neither.
 */
import { createEvents, type EventAttributes } from 'ics';
import { describeSlot, type WeeklySlot } from './due';
import { addLocalDays, minutesOfTime, weekdayOf, type LocalDate } from './local-date';

export interface CalendarEntry {
  slot: WeeklySlot & { updatedAt: number };
  routineName: string;
  /** The routine's deep link on this origin: the event opens it. */
  url: string;
  durationMinutes: number;
}

/** The alarm fires this long before the routine's time. */
export const ALARM_MINUTES_BEFORE = 10;
const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** The first day on or after `from` that the slot names: DTSTART must be an occurrence of its own RRULE. */
export function firstOccurrence(days: readonly number[], from: LocalDate): LocalDate | null {
  for (let i = 0; i < 7; i++) {
    const d = addLocalDays(from, i);
    if (days.includes(weekdayOf(d))) return d;
  }
  return null;
}

/** The events for every entry with at least one day; `today` is the local date, `now` stamps the file (DTSTAMP). */
export function calendarEvents(entries: readonly CalendarEntry[], today: LocalDate, now: number): EventAttributes[] {
  return entries.flatMap(({ slot, routineName, url, durationMinutes }) => {
    const minutes = minutesOfTime(slot.time);
    const first = firstOccurrence(slot.days, today);
    if (minutes === null || first === null) return [];
    const start = `${first.year}${pad(first.month)}${pad(first.day)}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
    const byDay = [...new Set(slot.days)].sort().map((d) => BYDAY[d] ?? 'MO');
    const event: EventAttributes & { timestamp: number } = {
      // A string start is written as given: floating local time (see above).
      start,
      duration: { minutes: Math.max(5, Math.round(durationMinutes)) },
      title: `Kneewise: ${routineName}`,
      description: `${describeSlot(slot)}. Open the routine: ${url}`,
      url,
      // Stable per routine, so importing a newer file updates the event instead of adding a second one.
      uid: `${slot.routineId}@kneewise.schedule`,
      sequence: Math.floor(slot.updatedAt / 1000),
      timestamp: now,
      recurrenceRule: `FREQ=WEEKLY;BYDAY=${byDay.join(',')}`,
      // Ten minutes ahead: time to put the mat down. (`ics` writes a zero offset as "-PT", which calendars reject.)
      alarms: [
        { action: 'display', description: `${routineName} in 10 minutes`, trigger: { minutes: ALARM_MINUTES_BEFORE, before: true } },
      ],
      busyStatus: 'FREE',
      productId: 'kneewise/schedule',
      calName: 'Kneewise',
    };
    return [event];
  });
}

/** The whole .ics text, or the library's reason when it refuses. */
export function calendarFile(
  entries: readonly CalendarEntry[],
  today: LocalDate,
  now: number,
): { ok: true; text: string } | { ok: false; reason: string } {
  const events = calendarEvents(entries, today, now);
  if (events.length === 0) return { ok: false, reason: 'No routine has a day chosen yet.' };
  const { error, value } = createEvents(events, { productId: 'kneewise/schedule', calName: 'Kneewise' });
  if (error || value === null) return { ok: false, reason: error?.message ?? 'The calendar file could not be made.' };
  return { ok: true, text: value };
}
