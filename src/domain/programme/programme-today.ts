/**
 * The programme's today, as home, the programme page and the finish screen show it: the day's plan,
 * this week's days done and to come, and what's next.
 */
import type { ProgrammeFile } from '@/content/programme-schema';
import { AMBER_MAX } from '@/domain/pain/rules';
import { addDaysTo } from './calendar-day';
import { planForDay, weekOf, type DayPlan, type ProgrammeDay } from './day-plan';
import { dayStatus, nextRoutine, weekProgress, type DayStatus, type WeekProgress } from './day-status';

export interface DoneSession {
  routineId: string;
  /** The local day it finished on. */
  day: string;
}

export interface ProgrammeToday {
  today: ProgrammeDay;
  week: { plan: DayPlan; status: DayStatus }[];
  progress: WeekProgress;
  /** The next routine to do: today's, or the first of the next day that has one. */
  next: { routineId: string; day: string; plan: DayPlan } | null;
  isTodayDone: boolean;
}

/** A knee flares when any check since yesterday was above 5 (the pain rules' red band). */
export function isFlaring(recentScores: readonly number[]): boolean {
  return recentScores.some((s) => s > AMBER_MAX);
}

export function programmeToday(
  p: ProgrammeFile,
  startDay: string,
  today: string,
  done: readonly DoneSession[],
  options: { isFlaring?: boolean } = {},
): ProgrammeToday {
  const doneOn = (day: string) => new Set(done.filter((d) => d.day === day).map((d) => d.routineId));
  const day = planForDay(p, startDay, today, options);
  const week = weekOf(p, startDay, today).map((plan) => {
    const actual = plan.day === today && day.status === 'running' ? day.plan : plan;
    return { plan: actual, status: dayStatus(actual, today, doneOn(actual.day), p.routines.selfCheck) };
  });
  const todayStatus = week.find((d) => d.plan.day === today)?.status;
  const isTodayDone = todayStatus === 'done' || todayStatus === 'rest';
  let next: ProgrammeToday['next'] = null;
  for (let i = 0; i <= 7 && !next; i++) {
    const d = addDaysTo(today, i);
    const planned = i === 0 ? day : planForDay(p, startDay, d);
    if (planned.status !== 'running') continue;
    const routineId = i === 0 ? nextRoutine(planned.plan, doneOn(d)) : planned.plan.routineIds[0];
    if (routineId) next = { routineId, day: d, plan: planned.plan };
  }
  return { today: day, week, progress: weekProgress(week), next, isTodayDone };
}
