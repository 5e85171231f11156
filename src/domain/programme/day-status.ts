/**
 * Whether a programme day is done, from the routines finished on it. A rest day is a planned day:
 * it is "rest", never "missed". The self-check and the outcome scale are asked for but not required,
 * so a day counts as done once its exercise sessions are.
 */
import type { DayPlan } from './day-plan';

export type DayStatus = 'done' | 'partly' | 'to-do' | 'missed' | 'to-come' | 'rest';

/** The routines that make a day done (the self-check is offered, not required). */
export function requiredRoutines(plan: DayPlan, selfCheckRoutineId: string): string[] {
  return plan.routineIds.filter((id) => id !== selfCheckRoutineId || plan.kind === 'final-check');
}

export function dayStatus(plan: DayPlan, today: string, done: ReadonlySet<string>, selfCheckRoutineId: string): DayStatus {
  if (plan.kind === 'rest') return 'rest';
  const required = requiredRoutines(plan, selfCheckRoutineId);
  const doneCount = required.filter((id) => done.has(id)).length;
  if (required.length > 0 && doneCount === required.length) return 'done';
  if (plan.day > today) return 'to-come';
  if (plan.day === today) return doneCount > 0 ? 'partly' : 'to-do';
  return doneCount > 0 ? 'partly' : 'missed';
}

/** The first routine of the day still to do, or null once the day is done. */
export function nextRoutine(plan: DayPlan, done: ReadonlySet<string>): string | null {
  return plan.routineIds.find((id) => !done.has(id)) ?? null;
}

export interface WeekProgress {
  done: number;
  /** Days with sessions (rest days don't count either way). */
  planned: number;
  strengthDone: number;
  strengthPlanned: number;
}

/** "3 of 6 days done · strength 1 of 3" for the week's days. */
export function weekProgress(days: readonly { plan: DayPlan; status: DayStatus }[]): WeekProgress {
  const active = days.filter((d) => d.status !== 'rest');
  const strength = active.filter((d) => d.plan.kind === 'strength');
  return {
    done: active.filter((d) => d.status === 'done').length,
    planned: active.length,
    strengthDone: strength.filter((d) => d.status === 'done').length,
    strengthPlanned: strength.length,
  };
}
