import { describe, expect, it } from 'vitest';
import { addDays, daysOfWeek, lastWeeks, startOfDay, startOfWeek } from './calendar';

// A zone with daylight saving, so the 23- and 25-hour days are exercised. Set before the tables below
// are built; Vitest runs each file in its own process, so no other file sees it.
process.env.TZ = 'Europe/London';

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const HOUR = 3_600_000;

describe('calendar (local days, weeks from Monday)', () => {
  it('runs in a zone with daylight saving', () => {
    expect(local(2025, 3, 31) - local(2025, 3, 30)).toBe(23 * HOUR);
  });

  it.each([
    ['midday', local(2025, 6, 4, 12), local(2025, 6, 4)],
    ['one minute before midnight', local(2025, 6, 4, 23, 59), local(2025, 6, 4)],
    ['the clocks-forward day', local(2025, 3, 30, 12), local(2025, 3, 30)],
  ])('startOfDay at %s', (_name, t, expected) => {
    expect(startOfDay(t)).toBe(expected);
  });

  it.each([
    ['across clocks forward (a 23 h day)', local(2025, 3, 29), 2, local(2025, 3, 31)],
    ['across clocks back (a 25 h day)', local(2025, 10, 25), 2, local(2025, 10, 27)],
    ['backwards', local(2025, 3, 31), -1, local(2025, 3, 30)],
  ])('addDays %s', (_name, day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it.each([
    ['a Wednesday', local(2025, 6, 4, 18), local(2025, 6, 2)],
    ['a Monday', local(2025, 6, 2, 0, 1), local(2025, 6, 2)],
    ['a Sunday belongs to the week before', local(2025, 6, 8, 23), local(2025, 6, 2)],
  ])('startOfWeek on %s', (_name, t, expected) => {
    expect(startOfWeek(t)).toBe(expected);
  });

  it('gives the last weeks oldest first, each ending where the next starts, across a clock change', () => {
    const weeks = lastWeeks(local(2025, 4, 2, 9), 3);
    expect(weeks.map((w) => w.start)).toEqual([local(2025, 3, 17), local(2025, 3, 24), local(2025, 3, 31)]);
    expect(weeks[1]?.end).toBe(weeks[2]?.start);
    expect((weeks[1]?.end ?? 0) - (weeks[1]?.start ?? 0)).toBe(7 * 24 * HOUR - HOUR);
    expect(daysOfWeek(local(2025, 3, 24)).at(-1)).toBe(local(2025, 3, 30));
  });
});
