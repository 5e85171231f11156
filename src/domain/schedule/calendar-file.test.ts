import { describe, expect, it } from 'vitest';
import { calendarEvents, calendarFile, firstOccurrence, type CalendarEntry } from './calendar-file';
import { formatLocalDate, type LocalDate } from './local-date';

/** Unfolds RFC 5545 lines and reads each VEVENT (and its VALARM) into property → value. */
function parseIcs(text: string) {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: { props: Map<string, string>; alarms: Map<string, string>[] }[] = [];
  let alarm: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') events.push({ props: new Map(), alarms: [] });
    else if (line === 'BEGIN:VALARM') alarm = new Map();
    else if (line === 'END:VALARM' && alarm) {
      events.at(-1)?.alarms.push(alarm);
      alarm = null;
    } else {
      const at = line.indexOf(':');
      if (at > 0) (alarm ?? events.at(-1)?.props)?.set(line.slice(0, at), line.slice(at + 1));
    }
  }
  return { lines, events };
}

const wednesday: LocalDate = { year: 2026, month: 12, day: 2 };
const NOW = Date.UTC(2026, 11, 2, 9, 0);
const entry = (over: Partial<CalendarEntry['slot']> = {}, name = 'Daily hip release'): CalendarEntry => ({
  slot: { routineId: 'daily-hip-release', days: [1, 3, 5], time: '07:30', updatedAt: NOW, ...over },
  routineName: name,
  url: 'https://kneewise.example/routines/daily-hip-release',
  durationMinutes: 14,
});

describe('calendarFile', () => {
  it('writes one weekly recurring event per routine, floating local time, with an alarm and the deep link', () => {
    const result = calendarFile(
      [entry(), entry({ routineId: 'glute-strength', days: [6], time: '18:05' }, 'Hip strength')],
      wednesday,
      NOW,
    );
    if (!result.ok) throw new Error(result.reason);
    const { lines, events } = parseIcs(result.text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(events).toHaveLength(2);
    const [daily, strength] = events;
    expect(daily?.props.get('RRULE')).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR');
    expect(daily?.props.get('DTSTART')).toBe('20261202T073000');
    expect(daily?.props.get('DURATION')).toBe('PT14M');
    expect(daily?.props.get('URL')).toBe('https://kneewise.example/routines/daily-hip-release');
    expect(daily?.props.get('UID')).toBe('daily-hip-release@kneewise.schedule');
    expect(daily?.props.get('SUMMARY')).toBe('Kneewise: Daily hip release');
    expect(daily?.props.get('DTSTAMP')).toBe('20261202T090000Z');
    expect(daily?.alarms).toHaveLength(1);
    expect(daily?.alarms[0]?.get('ACTION')).toBe('DISPLAY');
    expect(daily?.alarms[0]?.get('TRIGGER')).toBe('-PT10M');
    // Saturday's routine starts on the coming Saturday, never on a day its rule excludes.
    expect(strength?.props.get('RRULE')).toBe('FREQ=WEEKLY;BYDAY=SA');
    expect(strength?.props.get('DTSTART')).toBe('20261205T180500');
  });

  it('is the same file for the same schedule and time (regenerated, never drifting)', () => {
    expect(calendarFile([entry()], wednesday, NOW)).toEqual(calendarFile([entry()], wednesday, NOW));
  });

  it('across the EU spring change keeps 07:30 local on the Monday after (floating time, no zone offset)', () => {
    const result = calendarFile([entry({ days: [1] })], { year: 2026, month: 3, day: 28 }, NOW);
    if (!result.ok) throw new Error(result.reason);
    const dtstart = parseIcs(result.text).events[0]?.props.get('DTSTART');
    expect(dtstart).toBe('20260330T073000');
    expect(result.text).not.toMatch(/DTSTART;TZID|DTSTART:\d+T\d+Z/);
  });

  it('a later change of the schedule gets a higher SEQUENCE, so a calendar replaces the old event', () => {
    const [before] = calendarEvents([entry({ updatedAt: NOW })], wednesday, NOW);
    const [after] = calendarEvents([entry({ updatedAt: NOW + 60_000 })], wednesday, NOW + 60_000);
    expect(after?.sequence).toBeGreaterThan(before?.sequence ?? Infinity);
  });

  it.each([
    ['no entries', []],
    ['only a routine without days', [entry({ days: [] })]],
    ['only a broken time', [entry({ time: '25:00' })]],
  ])('refuses %s with a reason', (_name, entries) => {
    expect(calendarFile(entries, wednesday, NOW)).toEqual({ ok: false, reason: 'No routine has a day chosen yet.' });
  });
});

describe('firstOccurrence', () => {
  it.each([
    [[3], '2026-12-02'],
    [[1], '2026-12-07'],
    [[2], '2026-12-08'],
    [[0, 6], '2026-12-05'],
    [[], null],
  ])('days %j from Wednesday 2 December → %s', (days, expected) => {
    const d = firstOccurrence(days, wednesday);
    expect(d && formatLocalDate(d)).toBe(expected);
  });
});
