import { stateAt } from '@/domain/session/state-at';
import { getDb } from '@/storage/db';
import { painRepo } from '@/storage/pain-repo';
import { sessionRepo } from '@/storage/session-repo';
import { settingsRepo } from '@/storage/settings-repo';

export interface HomeStatus {
  isOnboarded: boolean;
  /** Step numbers are null while only the hint is known. */
  active: { routineName: string; stepNumber: number | null; stepCount: number | null } | null;
  /** The last session finished before today, not yet followed by a next-morning check. */
  morningCheckFor: { sessionId: string; routineName: string } | null;
}

const DAY_MS = 86_400_000;

/** What the home screen offers beyond today's routine: Resume, set-up, the morning check. */
export async function loadHomeStatus(now: number, todayStart: number): Promise<HomeStatus> {
  const db = getDb();
  const sessions = sessionRepo(db);
  const [active, isOnboarded, recent] = await Promise.all([sessions.findActive(), settingsRepo(db).isOnboarded(), sessions.recent(5)]);
  const lastFinished = recent.find((s) => s.status === 'finished' && s.endedAt !== null && !s.isEndedEarly);
  let morningCheckFor: HomeStatus['morningCheckFor'] = null;
  // Only the morning after: a session from last week has no "next morning" to compare.
  if (lastFinished?.endedAt && lastFinished.endedAt < todayStart && lastFinished.endedAt >= todayStart - DAY_MS && now >= todayStart) {
    const checks = await painRepo(db).forSession(lastFinished.id);
    if (!checks.some((c) => c.phase === 'next-morning')) morningCheckFor = { sessionId: lastFinished.id, routineName: lastFinished.routineName };
  }
  const state = active ? stateAt(active.plan, active.events, active.lastSeenAt) : null;
  return {
    isOnboarded,
    active: active && state ? { routineName: active.routineName, stepNumber: Math.min(state.stepIndex + 1, active.plan.steps.length), stepCount: active.plan.steps.length } : null,
    morningCheckFor,
  };
}
