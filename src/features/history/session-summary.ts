import type { ExerciseKind } from '@/content/catalog-types';
import type { Plan } from '@/domain/session/plan-types';
import { sessionCount } from '@/domain/session/session-counts';
import { stateAt } from '@/domain/session/state-at';
import type { SessionRecord } from '@/storage/records';

type Outcome = 'done' | 'skipped' | null | undefined;
export type ExerciseStatus = 'done' | 'partly-done' | 'skipped' | 'not-reached';

export interface ExerciseOutcome {
  exerciseId: string;
  name: string;
  kind: ExerciseKind;
  /** Working steps (sides × sets) done, skipped, and never reached (the session ended first). */
  done: number;
  skipped: number;
  total: number;
  status: ExerciseStatus;
}

/** Per exercise, in plan order: how many of its working steps were done or skipped. */
export function exerciseOutcomes(plan: Pick<Plan, 'steps'>, outcomes: readonly Outcome[]): ExerciseOutcome[] {
  const rows = new Map<string, Omit<ExerciseOutcome, 'status'>>();
  plan.steps.forEach((step, i) => {
    if (step.type !== 'work' && step.type !== 'reps') return;
    const row = rows.get(step.exerciseId) ?? {
      exerciseId: step.exerciseId,
      name: step.exerciseName,
      kind: step.kind,
      done: 0,
      skipped: 0,
      total: 0,
    };
    row.total++;
    if (outcomes[i] === 'done') row.done++;
    else if (outcomes[i] === 'skipped') row.skipped++;
    rows.set(step.exerciseId, row);
  });
  return [...rows.values()].map((r) => ({
    ...r,
    status: r.done === r.total ? 'done' : r.done > 0 ? 'partly-done' : r.skipped > 0 ? 'skipped' : 'not-reached',
  }));
}

export interface SessionSummary {
  id: string;
  routineName: string;
  startedAt: number;
  /** When it ended; for one still open, when it was last seen. */
  endedAt: number;
  durationMs: number;
  exercisesDone: number;
  exercisesSkipped: number;
  isEndedEarly: boolean;
  isInProgress: boolean;
  exercises: ExerciseOutcome[];
}

/** What History shows of one stored session. */
export function summariseSession(s: SessionRecord): SessionSummary {
  // Outcomes are stored when a session finishes; for one left open, replay the event log.
  const outcomes = s.outcomes ?? stateAt(s.plan, s.events, s.lastSeenAt).outcomes;
  const exercises = exerciseOutcomes(s.plan, outcomes);
  const endedAt = s.endedAt ?? s.lastSeenAt;
  return {
    id: s.id,
    routineName: s.routineName,
    startedAt: s.startedAt,
    endedAt,
    durationMs: Math.max(0, endedAt - s.startedAt),
    exercisesDone: exercises.filter((e) => e.status === 'done' || e.status === 'partly-done').length,
    exercisesSkipped: exercises.filter((e) => e.status === 'skipped').length,
    isEndedEarly: sessionCount(s).isEndedEarly,
    isInProgress: s.status === 'active',
    exercises,
  };
}

export interface SessionDay {
  dayStart: number;
  sessions: SessionSummary[];
}

/** Sessions grouped by local day, newest day first and newest session first within a day. */
export function groupByDay(sessions: readonly SessionSummary[], dayStartOf: (t: number) => number): SessionDay[] {
  const days = new Map<number, SessionSummary[]>();
  for (const s of [...sessions].sort((a, b) => b.startedAt - a.startedAt)) {
    const day = dayStartOf(s.startedAt);
    const list = days.get(day);
    if (list) list.push(s);
    else days.set(day, [s]);
  }
  return [...days].map(([dayStart, list]) => ({ dayStart, sessions: list }));
}
