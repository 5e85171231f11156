/** What the user did (or the app on their behalf), before it is stamped. */
export type SessionAction = { type: 'start' | 'pause' | 'resume' | 'skip' | 'back' | 'complete' | 'end' } | { type: 'extend'; ms: number };

/**
 * A fact in the session's log, written once: what was done (`type`), when (`at`, never earlier
 * than the event before), its place in the log (`seq` = 0, 1, 2, …, the storage key) and the plan
 * step it was meant for (`step`). The log is the session's truth.
 *
 * - pause / resume: hold or carry on the clock; `end`: stop before the last step.
 * - skip / back / extend / complete ("Done", a pain check's "Continue") act on `step` only.
 */
export type SessionEvent = SessionAction & { at: number; seq: number; step: number };

export type SessionEventType = SessionEvent['type'];
export const EXTEND_MS = 15_000;

/** Events that act on one step: for a step that is no longer current they apply to nothing. */
export const STEP_EVENTS: ReadonlySet<SessionEventType> = new Set(['skip', 'back', 'extend', 'complete']);
