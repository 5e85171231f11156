import type { Knee, KneeLocation, PainCheck, PainPhase } from './types';

export interface KneeScore {
  knee: Knee;
  score: number;
  locations: KneeLocation[];
  note: string;
}

export interface CheckContext {
  at: number;
  sessionId: string | null;
  exerciseId: string | null;
  phase: PainPhase;
}

/**
 * The id of a session step's check for one knee (contract §4): answering that check again — after
 * going back to it — writes the same record instead of a second one.
 */
export function painCheckId(sessionId: string, stepIndex: number, knee: Knee): string {
  return `${sessionId}:${stepIndex}:${knee}`;
}

/** One record per knee; ids come from the caller (per knee) so this stays pure. */
export function makePainChecks(scores: readonly KneeScore[], context: CheckContext, newId: (knee: Knee) => string): PainCheck[] {
  return scores.map((s) => {
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > 10) throw new RangeError(`score must be 0–10, got ${s.score}`);
    return { id: newId(s.knee), ...context, knee: s.knee, score: s.score, locations: [...s.locations], note: s.note.trim() };
  });
}

/** The session's baseline for a knee: its "before" check, if one was logged. */
export function baselineFor(checks: readonly PainCheck[], sessionId: string, knee: Knee): number | null {
  return checks.find((c) => c.sessionId === sessionId && c.phase === 'before' && c.knee === knee)?.score ?? null;
}
