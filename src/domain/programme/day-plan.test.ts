import { describe, expect, it } from 'vitest';
import type { ProgrammeFile } from '@/content/programme-schema';
import { addDaysTo, daysBetween } from './calendar-day';
import { dayLabel, planForDay, weekOf } from './day-plan';
import { dayStatus, weekProgress } from './day-status';

const p = {
  weeks: 8,
  rhythm: ['strength', 'mobility', 'strength', 'mobility', 'strength', 'mobility', 'rest'],
  routines: { daily: 'daily', strength: 'strength', flare: 'flare', selfCheck: 'check' },
  selfCheckWeeks: [0, 4, 8],
} as unknown as ProgrammeFile;
const START = '2026-03-02';
const on = (offset: number, isFlaring = false) => planForDay(p, START, addDaysTo(START, offset), { isFlaring });
const view = (offset: number, isFlaring = false) => {
  const d = on(offset, isFlaring);
  return d.status === 'running' ? `${dayLabel(d.plan)}|${d.plan.routineIds.join(',')}|${d.plan.isOutcomeDue ? 'outcome' : ''}` : d.status;
};

describe('calendar days', () => {
  it('counts whole days across a daylight-saving change and month ends', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDaysTo('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDaysTo('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('planForDay', () => {
  it.each<[string, number, boolean, string]>([
    ['the day before the start', -1, false, 'before-start'],
    ['day 1: week 1, self-checks (week 0), strength, the outcome scale', 0, false, 'Week 1 · Strength day|check,daily,strength|outcome'],
    ['day 2: mobility', 1, false, 'Week 1 · Mobility day|daily|'],
    ['day 7: the planned rest day', 6, false, 'Week 1 · Rest day||'],
    ['day 8: week 2 starts with strength and the outcome scale', 7, false, 'Week 2 · Strength day|daily,strength|outcome'],
    ['week 5, day 1: the halfway self-checks', 28, false, 'Week 5 · Strength day|check,daily,strength|outcome'],
    ['a flare on a strength day: the gentle flare-up day instead', 2, true, 'Week 1 · Flare-up day|flare|'],
    ['a flare on the rest day: still rest', 6, true, 'Week 1 · Rest day||'],
    ['a flare on a self-check day: no self-check', 28, true, 'Week 5 · Flare-up day|flare|outcome'],
    ['the day after week 8: the final self-checks', 56, false, 'Week 8 · Final check|check,daily|outcome'],
    ['after that: complete', 57, false, 'complete'],
  ])('%s', (_, offset, isFlaring, expected) => {
    expect(view(offset, isFlaring)).toBe(expected);
  });

  it('never puts strength on consecutive days, across week boundaries too', () => {
    const kinds = Array.from({ length: 56 }, (_, i) => on(i)).map((d) => (d.status === 'running' ? d.plan.kind : ''));
    kinds.forEach((k, i) => {
      if (k === 'strength') expect(kinds[i + 1]).not.toBe('strength');
    });
    expect(kinds.filter((k) => k === 'strength')).toHaveLength(24);
  });
});

describe('week view and day status', () => {
  const today = addDaysTo(START, 9);
  const week = weekOf(p, START, today);
  const done: Record<string, string[]> = { [addDaysTo(START, 7)]: ['daily', 'strength'], [addDaysTo(START, 8)]: [] };
  const statuses = week.map((d) => dayStatus(d, today, new Set(done[d.day] ?? []), 'check'));
  it('shows the week of today: done, missed, today, to come and the rest day', () => {
    expect(week.map((d) => d.dayIndex)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(statuses).toEqual(['done', 'missed', 'to-do', 'to-come', 'to-come', 'to-come', 'rest']);
  });
  it('counts the rest day neither way', () => {
    expect(weekProgress(week.map((plan, i) => ({ plan, status: statuses[i] ?? 'missed' })))).toEqual({
      done: 1,
      planned: 6,
      strengthDone: 1,
      strengthPlanned: 3,
    });
  });
  it('a day with only its release done is partly done; the self-check is not required', () => {
    const first = week[0];
    if (!first) throw new Error('no day');
    expect(dayStatus(first, first.day, new Set(['daily']), 'check')).toBe('partly');
    const d1 = on(0);
    if (d1.status !== 'running') throw new Error('not running');
    expect(dayStatus(d1.plan, START, new Set(['daily', 'strength']), 'check')).toBe('done');
  });
});
