import { isMorningCheckDue } from '@/domain/pain/next-morning';
import { stateAt } from '@/domain/session/state-at';
import { getDb } from '@/storage/db';
import { painRepo } from '@/storage/pain-repo';
import { sessionRepo } from '@/storage/session-repo';
import { settingsRepo } from '@/storage/settings-repo';

export interface HomeStatus {
  isOnboarded: boolean;
  /** Step numbers are null while only the hint is known. */
  active: { routineName: string; stepNumber: number | null; stepCount: number | null } | null;
  /** The last session finished yesterday, not yet followed by a next-morning check. */
  morningCheckFor: { sessionId: string; routineName: string } | null;
}

/** What the home screen offers beyond today's routine: Resume, set-up, the morning check. */
export async function loadHomeStatus(yesterdayStart: number, todayStart: number): Promise<HomeStatus> {
  const db = getDb();
  const sessions = sessionRepo(db);
  const [active, isOnboarded, recent] = await Promise.all([sessions.findActive(), settingsRepo(db).isOnboarded(), sessions.recent(5)]);
  const last = recent.find((s) => s.status === 'finished' && s.endedAt !== null && s.isEndedEarly !== true);
  const checks = last ? await painRepo(db).forSession(last.id) : [];
  const isDue = isMorningCheckDue(
    last?.endedAt
      ? { endedAt: last.endedAt, isEndedEarly: last.isEndedEarly === true, hasMorningCheck: checks.some((c) => c.phase === 'next-morning') }
      : undefined,
    yesterdayStart,
    todayStart,
  );
  const state = active ? stateAt(active.plan, active.events, active.lastSeenAt) : null;
  return {
    isOnboarded,
    active:
      active && state
        ? {
            routineName: active.routineName,
            stepNumber: Math.min(state.stepIndex + 1, active.plan.steps.length),
            stepCount: active.plan.steps.length,
          }
        : null,
    morningCheckFor: isDue && last ? { sessionId: last.id, routineName: last.routineName } : null,
  };
}
