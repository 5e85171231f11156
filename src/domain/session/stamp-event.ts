import type { SessionAction, SessionEvent } from './events';
import type { Plan } from './plan-types';
import { stateAt } from './state-at';

/**
 * Turn what the user did into the log's next fact. Time never runs backwards within a log (a clock
 * that steps back is clamped to the last event), `seq` is the next number, and `step` is the step
 * current at that time — or the one the user was looking at (`shownStep`), so a tap that lands
 * just after a step rolled over does not act on a step the user never saw.
 */
export function stampEvent(
  plan: Plan,
  events: readonly SessionEvent[],
  action: SessionAction,
  now: number,
  shownStep?: number,
): SessionEvent {
  const last = events.at(-1);
  const at = Math.max(now, last?.at ?? now);
  const seq = last ? last.seq + 1 : 0;
  const step = shownStep ?? (action.type === 'start' ? 0 : stateAt(plan, events, at).stepIndex);
  return { ...action, at, seq, step };
}
