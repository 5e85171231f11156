import { stateAt } from '@/domain/session/state-at';
import { getDb } from '@/storage/db';
import { sessionRepo } from '@/storage/session-repo';

export interface ActiveSummary {
  routineName: string;
  stepNumber: number;
  stepCount: number;
}

/** The session left unfinished, if any, as the home screen's Resume card shows it. */
export async function findActiveSummary(): Promise<ActiveSummary | null> {
  const active = await sessionRepo(getDb()).findActive();
  if (!active) return null;
  const state = stateAt(active.plan, active.events, active.lastSeenAt);
  return { routineName: active.routineName, stepNumber: Math.min(state.stepIndex + 1, active.plan.steps.length), stepCount: active.plan.steps.length };
}
