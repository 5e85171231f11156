import { describe, expect, it } from 'vitest';
import type { ProgrammeFile } from '@/content/programme-schema';
import { addDaysTo } from './calendar-day';
import { isFlaring, programmeToday } from './programme-today';

const p = {
  weeks: 8,
  rhythm: ['strength', 'mobility', 'strength', 'mobility', 'strength', 'mobility', 'rest'],
  routines: { daily: 'daily', strength: 'strength', flare: 'flare', selfCheck: 'check' },
  selfCheckWeeks: [0, 4, 8],
} as unknown as ProgrammeFile;
const START = '2026-03-02';
const day = (n: number) => addDaysTo(START, n);

describe('programmeToday', () => {
  it('day 1 before anything: the self-check first, nothing done', () => {
    const t = programmeToday(p, START, START, []);
    expect(t.next).toMatchObject({ routineId: 'check', day: START });
    expect(t.isTodayDone).toBe(false);
  });
  it('a strength day with both sessions done: done, and next is tomorrow’s release', () => {
    const t = programmeToday(p, START, day(2), [
      { routineId: 'daily', day: day(2) },
      { routineId: 'strength', day: day(2) },
    ]);
    expect(t.isTodayDone).toBe(true);
    expect(t.next).toMatchObject({ routineId: 'daily', day: day(3) });
    expect(t.progress).toMatchObject({ done: 1, strengthDone: 1, strengthPlanned: 3 });
  });
  it('the rest day counts as done, and next is the next week’s first day', () => {
    const t = programmeToday(p, START, day(6), []);
    expect(t.isTodayDone).toBe(true);
    expect(t.next).toMatchObject({ day: day(7), routineId: 'daily' });
  });
  it('a flare makes today the flare-up day', () => {
    const t = programmeToday(p, START, day(2), [], { isFlaring: true });
    expect(t.next).toMatchObject({ routineId: 'flare' });
    expect(t.week[2]?.plan.kind).toBe('flare');
  });
  it('a flare is any check above 5', () => {
    expect([isFlaring([]), isFlaring([5, 3]), isFlaring([6])]).toEqual([false, false, true]);
  });
});
