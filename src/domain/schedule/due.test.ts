import { describe, expect, it } from 'vitest';
import { describeSlot, dueOn, plannedPerWeek, type WeeklySlot } from './due';
import { addLocalDays, formatLocalDate, mondayOf, minutesOfTime, weekdayOf, type LocalDate } from './local-date';

const date = (s: string): LocalDate => {
  const [year = 0, month = 0, day = 0] = s.split('-').map(Number);
  return { year, month, day };
};
const mwf: WeeklySlot = { routineId: 'daily', days: [1, 3, 5], time: '07:30' };
const evening: WeeklySlot = { routineId: 'strength', days: [3, 6], time: '18:00' };
const early: WeeklySlot = { routineId: 'a-early', days: [3], time: '06:05' };

describe('dueOn', () => {
  it.each([
    ['a Wednesday: both, earliest first', '2026-12-02', [], ['a-early 06:05', 'daily 07:30', 'strength 18:00']],
    ['a Tuesday: nothing', '2026-12-01', [], []],
    ['a Friday: the morning routine', '2026-12-04', [], ['daily 07:30']],
    ['a Saturday: the evening routine', '2026-12-05', [], ['strength 18:00']],
    ['a Sunday: nothing', '2026-12-06', [], []],
    ['done today is marked, still listed', '2026-12-02', ['daily'], ['a-early 06:05', 'daily 07:30 done', 'strength 18:00']],
    ['29 February of a leap year (a Thursday)', '2024-02-29', [], []],
  ])('%s', (_name, day, done, expected) => {
    const due = dueOn([evening, mwf, early], date(day), new Set(done));
    expect(due.map((d) => `${d.routineId} ${d.time}${d.isDone ? ' done' : ''}`)).toEqual(expected);
  });

  it('ignores a slot whose time is not HH:MM (an import can hold anything)', () => {
    expect(dueOn([{ ...mwf, time: '7.30' }], date('2026-12-02'), new Set())).toEqual([]);
  });
});

describe('local days across daylight-saving changes', () => {
  // Europe moves its clocks on Sunday 29 March 2026, the US on Sunday 8 March, Europe back on 25 October.
  it.each([
    ['EU spring forward', '2026-03-23'],
    ['US spring forward', '2026-03-02'],
    ['EU fall back', '2026-10-19'],
  ])('%s: the week has seven days, Monday to Sunday, and Mon/Wed/Fri are due on their own dates', (_name, monday) => {
    const days = Array.from({ length: 7 }, (_, i) => addLocalDays(date(monday), i));
    expect(days.map(weekdayOf)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(new Set(days.map(formatLocalDate)).size).toBe(7);
    const dueDays = days.filter((d) => dueOn([mwf], d, new Set()).length > 0).map(formatLocalDate);
    expect(dueDays).toEqual([0, 2, 4].map((i) => formatLocalDate(addLocalDays(date(monday), i))));
    // The Sunday of the change is a normal day: a Sunday slot is due on it.
    expect(dueOn([{ routineId: 'x', days: [0], time: '02:30' }], days[6] ?? date(monday), new Set())).toHaveLength(1);
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2026-12-02', '2026-11-30'],
    ['2026-11-30', '2026-11-30'],
    ['2026-12-06', '2026-11-30'],
    ['2027-01-01', '2026-12-28'],
    ['2026-03-29', '2026-03-23'],
  ])('the Monday of %s is %s', (day, monday) => {
    expect(formatLocalDate(mondayOf(date(day)))).toBe(monday);
  });

  it.each([
    ['07:30', 450],
    ['00:00', 0],
    ['23:59', 1439],
    ['24:00', null],
    ['7:30', null],
    ['07:60', null],
    ['', null],
  ])('minutesOfTime(%j) is %j', (time, minutes) => {
    expect(minutesOfTime(time)).toBe(minutes);
  });

  it.each([
    [mwf, 'Mon, Wed, Fri at 07:30'],
    [{ ...mwf, days: [0, 1, 2, 3, 4, 5, 6] }, 'Every day at 07:30'],
    [{ ...mwf, days: [0, 6] }, 'Sat, Sun at 07:30'],
    [{ ...mwf, days: [] }, 'No days chosen'],
  ])('describeSlot %#', (slot, words) => {
    expect(describeSlot(slot)).toBe(words);
  });

  it('plannedPerWeek counts each chosen day once', () => {
    expect(plannedPerWeek([mwf, evening, { ...early, days: [3, 3] }])).toBe(6);
  });
});
