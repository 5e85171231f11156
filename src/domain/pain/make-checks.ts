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

/** One record per knee; ids come from the caller so this stays pure. */
export function makePainChecks(scores: readonly KneeScore[], context: CheckContext, newId: () => string): PainCheck[] {
  return scores.map((s) => {
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > 10) throw new RangeError(`score must be 0–10, got ${s.score}`);
    return { id: newId(), ...context, knee: s.knee, score: s.score, locations: [...s.locations], note: s.note.trim() };
  });
}

/** The session's baseline for a knee: its "before" check, if one was logged. */
export function baselineFor(checks: readonly PainCheck[], sessionId: string, knee: Knee): number | null {
  return checks.find((c) => c.sessionId === sessionId && c.phase === 'before' && c.knee === knee)?.score ?? null;
}
