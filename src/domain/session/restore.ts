import type { SessionEvent } from './events';
import type { Plan } from './plan-types';
import { stateAt } from './state-at';

/** Away longer than this and the session comes back paused, so the user isn't rushed. */
export const AWAY_PAUSE_MS = 60_000;

/**
 * Events to append when a running session is reopened after the page was gone (reload, killed tab).
 * Time stops where the player was last seen; a short absence resumes at once, a long one stays paused.
 */
export function eventsOnReopen(plan: Plan, events: readonly SessionEvent[], lastSeenAt: number, now: number): SessionEvent[] {
  const state = stateAt(plan, events, lastSeenAt);
  if (state.status !== 'running' || now <= lastSeenAt) return [];
  const pause: SessionEvent = { type: 'pause', at: lastSeenAt };
  return now - lastSeenAt > AWAY_PAUSE_MS ? [pause] : [pause, { type: 'resume', at: now }];
}
