import type { SessionEvent } from './events';
import type { Plan } from './plan-types';
import { stateAt } from './state-at';

type Outcome = 'done' | 'skipped' | null | undefined;

/** The parts of a stored session that decide how it counts (a SessionRecord fits). */
export interface CountableSession {
  status: 'active' | 'finished';
  endedAt: number | null;
  lastSeenAt: number;
  plan: Plan;
  events: readonly SessionEvent[];
  outcomes: readonly Outcome[] | null;
  /** Stored since db version 2; missing (or false) on some records although the log says "end". */
  isEndedEarly?: boolean;
}

export interface SessionCount {
  /** The user ended it before the last step. */
  isEndedEarly: boolean;
  /** Exercise steps (timed work or a set of reps) done; pain checks, rests and "get ready" don't count. */
  exerciseStepsDone: number;
  /** Toward the weekly target: finished with at least one exercise step done. */
  countsTowardTarget: boolean;
}

/**
 * How one session counts — the one rule History's week, home and the physio report all use. An
 * early end still counts when something was done (stopping for the knee is the right call, not a
 * failure); an early end with no exercise done (a pain check, then "End") doesn't, nor does a session
 * whose every exercise was skipped. "Ended early" comes from the event log as well as the stored flag,
 * so a record without the flag can't say 0 where History says 5.
 */
export function sessionCount(s: CountableSession): SessionCount {
  const isEndedEarly = s.isEndedEarly === true || s.events.some((e) => e.type === 'end');
  // Outcomes are stored when a session finishes; a record without them (an old import) replays its log.
  const outcomes = s.outcomes ?? stateAt(s.plan, s.events, s.endedAt ?? s.lastSeenAt).outcomes;
  let exerciseStepsDone = 0;
  s.plan.steps.forEach((step, i) => {
    if ((step.type === 'work' || step.type === 'reps') && outcomes[i] === 'done') exerciseStepsDone++;
  });
  return {
    isEndedEarly,
    exerciseStepsDone,
    countsTowardTarget: s.status === 'finished' && s.endedAt !== null && exerciseStepsDone > 0,
  };
}
