import type { SessionEvent } from './events';
import type { Plan } from './plan-types';
import { stampEvent } from './stamp-event';
import { stateAt } from './state-at';

/** Away longer than this and the session comes back paused, so the user isn't rushed. */
export const AWAY_PAUSE_MS = 60_000;

/**
 * Events to append when a running session is reopened after the page was gone (reload, killed tab).
 * Time stops where the player was last seen (never before the last event); a short absence
 * resumes at once, a long one stays paused.
 */
export function eventsOnReopen(plan: Plan, events: readonly SessionEvent[], lastSeenAt: number, now: number): SessionEvent[] {
  const seenAt = Math.max(lastSeenAt, events.at(-1)?.at ?? lastSeenAt);
  const state = stateAt(plan, events, seenAt);
  if (state.status !== 'running' || now <= seenAt) return [];
  const pause = stampEvent(plan, events, { type: 'pause' }, seenAt);
  return now - seenAt > AWAY_PAUSE_MS ? [pause] : [pause, stampEvent(plan, [...events, pause], { type: 'resume' }, now)];
}
