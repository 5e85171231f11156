/**
 * One session of a backup: its plan snapshot, its event log and what the record claims about
 * itself. Shape is not enough — a log the engine cannot replay, or a status that disagrees with
 * `endedAt`, would restore a session that can never be resumed or shown right.
 */
import * as z from 'zod/mini';
import type { SessionEventType } from '@/domain/session/events';
import { plan, unknownType } from './backup-plan-schema';
import { boolean, id, list, oneOf, orNull, record, text, timestamp, valuesOf, wholeNumber } from './backup-schema-kit';

const EVENT_TYPES = valuesOf<SessionEventType>({
  start: true,
  pause: true,
  resume: true,
  skip: true,
  back: true,
  extend: true,
  complete: true,
  end: true,
});
const OTHER_TYPES = EVENT_TYPES.filter((t): t is Exclude<SessionEventType, 'extend'> => t !== 'extend') as [
  Exclude<SessionEventType, 'extend'>,
  ...Exclude<SessionEventType, 'extend'>[],
];
const extendMs = wholeNumber(1, 3_600_000);

/** Format 1 (and database v1–v2): events without their sequence number and step. */
const legacyEvent = z.discriminatedUnion(
  'type',
  [record({ type: z.literal('extend'), at: timestamp, ms: extendMs }), record({ type: z.enum(OTHER_TYPES), at: timestamp })],
  unknownType(EVENT_TYPES),
);

/** Format 2: every event says which step it was meant for and where it sits in the log (contract §1). */
const numbered = { seq: wholeNumber(0, 9_999), step: wholeNumber(0, 1_999) };
const event = z.discriminatedUnion(
  'type',
  [
    record({ type: z.literal('extend'), at: timestamp, ...numbered, ms: extendMs }),
    record({ type: z.enum(OTHER_TYPES), at: timestamp, ...numbered }),
  ],
  unknownType(EVENT_TYPES),
);

interface SessionClaims {
  plan: { steps: readonly unknown[] };
  events: readonly { at: number; seq?: number; step?: number }[];
  status: 'active' | 'finished';
  endedAt: number | null;
  outcomes: readonly unknown[] | null;
}

/** What a record says about itself must hold together; each issue names the field that breaks it. */
function checkClaims(session: SessionClaims, ctx: z.core.$RefinementCtx<SessionClaims>): void {
  const steps = session.plan.steps.length;
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: session });
  // One outcome per step at most: the player writes exactly one per step of the plan.
  if (session.outcomes && session.outcomes.length > steps)
    issue(['outcomes'], `must have at most ${steps} entries, but it has ${session.outcomes.length}`);
  if (session.status === 'finished' && session.endedAt === null)
    issue(['status'], 'is "finished", but endedAt is null: a finished session has an end time');
  if (session.status === 'active' && session.endedAt !== null)
    issue(['status'], 'is "active", but endedAt is set: a session still in progress has no end time');
  // The engine folds the log in order, so order and numbering are part of what it means.
  const lastStep = Math.max(0, steps - 1);
  session.events.forEach((e, i) => {
    const before = session.events[i - 1];
    if (before && e.at < before.at)
      issue(['events', i, 'at'], "is earlier than the event before it: a session's events must be in time order");
    if (e.seq !== undefined && e.seq !== i)
      issue(['events', i, 'seq'], `is ${e.seq}, but it must be ${i}: events are numbered 0, 1, 2, … in the order they happened`);
    if (e.step !== undefined && e.step > lastStep)
      issue(['events', i, 'step'], `is ${e.step}, but the session's plan has steps 0 to ${lastStep} only`);
  });
}

function sessionOf<E extends z.ZodMiniType<{ at: number; seq?: number; step?: number }>>(events: E) {
  return record({
    id,
    routineId: id,
    routineName: text(200),
    plan,
    events: list(10_000, events),
    status: oneOf(['active', 'finished']),
    startedAt: timestamp,
    lastSeenAt: timestamp,
    endedAt: orNull(timestamp),
    outcomes: orNull(list(2_000, orNull(oneOf(['done', 'skipped'])))),
    isEndedEarly: z.optional(boolean),
  }).check(z.superRefine(checkClaims));
}

export const legacySession = sessionOf(legacyEvent);
export const session = sessionOf(event);
export type BackupSession = z.output<typeof session>;
