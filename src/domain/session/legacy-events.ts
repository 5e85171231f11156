import type { SessionEvent } from './events';
import type { Plan } from './plan-types';
import { stateAt } from './state-at';

/** An event as stored before events carried their sequence number and step (database v1–v2, backup format 1). */
export type LegacyEvent = { type: SessionEvent['type']; at: number; ms?: number };

/**
 * Give each legacy event its sequence number and the step it applied to, by folding the log once.
 * Used by the v3 upgrade and by old backups; after that the numbers are facts, never re-derived.
 */
export function numberLegacyEvents(plan: Plan, events: readonly LegacyEvent[]): (LegacyEvent & { seq: number; step: number })[] {
  const numbered: (LegacyEvent & { seq: number; step: number })[] = [];
  events.forEach((event, seq) => {
    const before = stateAt(plan, events.slice(0, seq) as SessionEvent[], event.at);
    numbered.push({ ...event, seq, step: Math.min(before.stepIndex, Math.max(0, plan.steps.length - 1)) });
  });
  return numbered;
}
