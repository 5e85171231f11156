import type { SessionEvent } from './events';
import type { Plan } from './plan-types';
import { stateAt } from './state-at';

/** An event as stored before events carried their sequence number and step (database v1–v2, backup format 1). */
export type LegacyEvent = { type: SessionEvent['type']; at: number; ms?: number };

/**
 * Give each legacy event its sequence number and the step it applied to, by folding the log once
 * (at the event's time, clamped so it never runs backwards — as stateAt reads the log). Used by
 * the v3 upgrade and by old backups; after that the numbers are facts, never re-derived.
 */
export function numberLegacyEvents(plan: Plan, events: readonly LegacyEvent[]): SessionEvent[] {
  const numbered: SessionEvent[] = [];
  let clock = -Infinity;
  events.forEach((event, seq) => {
    clock = Math.max(clock, event.at);
    const step = event.type === 'start' ? 0 : Math.min(stateAt(plan, numbered, clock).stepIndex, Math.max(0, plan.steps.length - 1));
    numbered.push(toEvent(event, seq, step));
  });
  return numbered;
}

function toEvent(event: LegacyEvent, seq: number, step: number): SessionEvent {
  const { type, at } = event;
  return type === 'extend' ? { type, at, ms: event.ms ?? 0, seq, step } : { type, at, seq, step };
}
