import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents, calendarFile, firstOccurrence, type CalendarEntry } from './calendar-file';
import { formatLocalDate, type LocalDate } from './local-date';

/**
 * Reads the file back with a real iCalendar parser (ical.js, Mozilla's): it throws on a malformed
 * file, and gives each VEVENT (and its VALARM) as property → value, as written.
 */
function parseIcs(text: string) {
  // ical.js types its jCal output as `any`: a jCal component is an array.
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const valuesOf = (c: ICAL.Component) =>
    new Map(c.getAllProperties().map((p) => [p.name.toUpperCase(), p.toICALString().replace(/^[^:]*:/, '')]));
  const events = calendar.getAllSubcomponents('vevent').map((e) => ({
    props: valuesOf(e),
    alarms: e.getAllSubcomponents('valarm').map(valuesOf),
    event: new ICAL.Event(e),
  }));
  return { lines: text.split('\r\n'), events };
}

/** The first `count` dates an event's rule gives, as YYYY-MM-DD weekday, by the parser's own expansion. */
function occurrences(event: ICAL.Event, count: number): string[] {
  const days = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  const it = event.iterator();
  const out: string[] = [];
  // Weekly rules without an end never run out.
  for (let i = 0; i < count; i++) {
    const next = it.next();
    out.push(`${next.toString().slice(0, 10)} ${days[next.dayOfWeek() - 1] ?? '?'} ${next.toString().slice(11, 16)}`);
  }
  return out;
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
    // The calendar's own expansion of the rule: the right weekdays, at the same local time.
    if (!daily || !strength) throw new Error('two events');
    expect(occurrences(daily.event, 4)).toEqual([
      '2026-12-02 WE 07:30',
      '2026-12-04 FR 07:30',
      '2026-12-07 MO 07:30',
      '2026-12-09 WE 07:30',
    ]);
    expect(occurrences(strength.event, 2)).toEqual(['2026-12-05 SA 18:05', '2026-12-12 SA 18:05']);
  });

  it('is the same file for the same schedule and time (regenerated, never drifting)', () => {
    expect(calendarFile([entry()], wednesday, NOW)).toEqual(calendarFile([entry()], wednesday, NOW));
  });

  it('across the EU spring change keeps 07:30 local on the Monday after (floating time, no zone offset)', () => {
    const result = calendarFile([entry({ days: [1] })], { year: 2026, month: 3, day: 28 }, NOW);
    if (!result.ok) throw new Error(result.reason);
    const dtstart = parseIcs(result.text).events[0]?.props.get('DTSTART');
    expect(dtstart).toBe('20260330T073000');
    const event = parseIcs(result.text).events[0]?.event;
    if (!event) throw new Error('one event');
    expect(occurrences(event, 2)).toEqual(['2026-03-30 MO 07:30', '2026-04-06 MO 07:30']);
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
