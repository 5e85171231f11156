import { STEP_EVENTS, type SessionEvent } from './events';
import { isTimed, type Plan } from './plan-types';

export type SessionStatus = 'notStarted' | 'running' | 'paused' | 'finished';
export type StepOutcome = 'done' | 'skipped';

export interface SessionState {
  status: SessionStatus;
  /** The current step; equals plan.steps.length once finished. */
  stepIndex: number;
  /** Active (unpaused) time spent in the current step. */
  elapsedMs: number;
  /** Time left in a timed step (its duration plus extensions); null for steps that wait for the user. */
  remainingMs: number | null;
  /** Extra time added to the current step with "+15 s". */
  extendedMs: number;
  outcomes: (StepOutcome | undefined)[];
  finishedAt: number | null;
  isEndedEarly: boolean;
}

/**
 * The session at time `now`, derived from the plan and the event log — never counted. A pause banks
 * the elapsed time; timed steps roll over into the next at their exact boundary, however late we ask.
 *
 * The log's order is the truth: an event takes effect at its time or at the event before it,
 * whichever is later (a log written before dispatch clamped time is read as if it had been), so
 * no event is ever replayed ahead of one logged before it. An event for a step that is no longer
 * current (see STEP_EVENTS) applies to nothing.
 */
export function stateAt(plan: Plan, events: readonly SessionEvent[], now: number): SessionState {
  const steps = plan.steps;
  const s = {
    status: 'notStarted' as SessionStatus,
    index: 0,
    elapsed: 0,
    extended: 0,
    clock: 0,
    outcomes: new Array<StepOutcome | undefined>(steps.length).fill(undefined),
    finishedAt: null as number | null,
    isEndedEarly: false,
  };

  const moveTo = (index: number, at: number) => {
    s.index = index;
    s.elapsed = 0;
    s.extended = 0;
    if (index >= steps.length) {
      s.status = 'finished';
      s.finishedAt = at;
    }
  };

  /** Let active time run from s.clock to `to`, crossing timed step boundaries exactly. */
  const advance = (to: number) => {
    if (s.status !== 'running') {
      s.clock = Math.max(s.clock, to);
      return;
    }
    while (s.clock < to) {
      const step = steps[s.index];
      if (!step) break;
      if (!isTimed(step)) {
        s.elapsed += to - s.clock;
        s.clock = to;
        break;
      }
      const left = step.durationMs + s.extended - s.elapsed;
      if (s.clock + left > to) {
        s.elapsed += to - s.clock;
        s.clock = to;
        break;
      }
      s.clock += left;
      s.outcomes[s.index] = 'done';
      moveTo(s.index + 1, s.clock);
      if (s.index >= steps.length) break;
    }
    s.clock = Math.max(s.clock, to);
  };

  let logClock = -Infinity;
  for (const event of events) {
    logClock = Math.max(logClock, event.at);
    // Events are in log order with non-decreasing effective times: nothing after this one is due yet.
    if (logClock > now) break;
    if (s.status === 'finished') break;
    advance(logClock);
    if (s.index >= steps.length) break;
    if (STEP_EVENTS.has(event.type) && event.step !== s.index) continue;
    switch (event.type) {
      case 'start':
        if (s.status === 'notStarted') s.status = 'running';
        break;
      case 'pause':
        if (s.status === 'running') s.status = 'paused';
        break;
      case 'resume':
        if (s.status === 'paused') s.status = 'running';
        break;
      case 'skip':
        if (s.status === 'notStarted') break;
        s.outcomes[s.index] = 'skipped';
        moveTo(s.index + 1, logClock);
        break;
      case 'back':
        if (s.status === 'notStarted') break;
        // On the first step, "back" restarts it.
        moveTo(Math.max(0, s.index - 1), logClock);
        s.outcomes[s.index] = undefined;
        break;
      case 'extend': {
        const step = steps[s.index];
        if (step && isTimed(step) && s.status !== 'notStarted') s.extended += event.ms;
        break;
      }
      case 'complete': {
        const step = steps[s.index];
        if (step && !isTimed(step) && s.status !== 'notStarted') {
          s.outcomes[s.index] = 'done';
          moveTo(s.index + 1, logClock);
        }
        break;
      }
      case 'end':
        if (s.status === 'notStarted') break;
        s.isEndedEarly = true;
        moveTo(steps.length, logClock);
        break;
    }
  }
  advance(now);

  const step = steps[s.index];
  return {
    status: s.status,
    stepIndex: s.index,
    elapsedMs: s.elapsed,
    remainingMs: step && isTimed(step) ? step.durationMs + s.extended - s.elapsed : null,
    extendedMs: s.extended,
    outcomes: s.outcomes,
    finishedAt: s.finishedAt,
    isEndedEarly: s.isEndedEarly,
  };
}
