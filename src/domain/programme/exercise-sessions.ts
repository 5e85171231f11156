/**
 * What one finished session says about one exercise, for the progression rule: was the target dose
 * done in full, and how did the knee checks after it come out (judged against that session's
 * baseline by the pain rules, per knee).
 */
import { judgeCheck } from '@/domain/pain/rules';
import type { PainCheck, PainLight } from '@/domain/pain/types';
import type { Plan } from '@/domain/session/plan-types';

export interface FinishedSession {
  id: string;
  endedAt: number;
  plan: Plan;
  outcomes: readonly ('done' | 'skipped' | null)[];
  checks: readonly PainCheck[];
}

export interface ExerciseSession {
  sessionId: string;
  at: number;
  /** Every set of the level's own dose done on every side, at (at least) its sets × reps. */
  isFullDose: boolean;
  /** One light per knee check after the exercise; empty when no check was answered. */
  lights: PainLight[];
}

/** The session's facts for `exerciseId`, or null when the exercise wasn't in it. */
export function exerciseSession(
  session: FinishedSession,
  exerciseId: string,
  target: { sets: number; reps: number },
): ExerciseSession | null {
  const steps = session.plan.steps.flatMap((s, i) => (s.type === 'reps' && s.exerciseId === exerciseId ? [{ s, i }] : []));
  if (steps.length === 0) return null;
  // The level's own sets: an extra set (the self-checks' focus work, 1 set) neither earns nor costs the level.
  const own = steps.filter(({ s }) => s.sets >= target.sets);
  const sides = new Set(steps.map(({ s }) => s.side));
  const isFullDose =
    own.length > 0 &&
    own.every(({ s, i }) => session.outcomes[i] === 'done' && s.reps >= target.reps) &&
    [...sides].every((side) => own.filter(({ s }) => s.side === side).length >= target.sets);
  const baseline = (knee: PainCheck['knee']) => session.checks.find((c) => c.phase === 'before' && c.knee === knee)?.score ?? null;
  const lights = session.checks
    .filter((c) => c.phase === 'after-exercise' && c.exerciseId === exerciseId)
    .map((c) => judgeCheck(c.score, baseline(c.knee)).light);
  return { sessionId: session.id, at: session.endedAt, isFullDose, lights };
}
