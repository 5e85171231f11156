/** What the user (or the app on their behalf) did, with when. The log is the session's truth. */
export type SessionEvent =
  | { type: 'start'; at: number }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'skip'; at: number }
  | { type: 'back'; at: number }
  | { type: 'extend'; at: number; ms: number }
  /** Finish the current step that waits for the user: a set of reps ("Done"), a pain check ("Continue"). */
  | { type: 'complete'; at: number }
  /** End the session before the last step. */
  | { type: 'end'; at: number };

export type SessionEventType = SessionEvent['type'];
export const EXTEND_MS = 15_000;
