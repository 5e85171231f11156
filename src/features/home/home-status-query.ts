import { isMorningCheckDue } from '@/domain/pain/next-morning';
import { weeklyTrendByKnee } from '@/domain/pain/trends';
import type { Knee } from '@/domain/pain/types';
import { sessionCount } from '@/domain/session/session-counts';
import { stateAt } from '@/domain/session/state-at';
import { now as currentTime } from '@/platform/clock';
import { getDb } from '@/storage/db';
import { painRepo } from '@/storage/pain-repo';
import { redFlagRepo } from '@/storage/red-flag-repo';
import { sessionRepo } from '@/storage/session-repo';
import { settingsRepo } from '@/storage/settings-repo';

/** Two weeks of checks feed the week-on-week trend (plus a day, so the oldest day is whole). */
const TREND_WINDOW_MS = 15 * 86_400_000;

export interface HomeStatus {
  isOnboarded: boolean;
  /** Step numbers are null while only the hint is known. */
  active: { routineName: string; stepNumber: number | null; stepCount: number | null } | null;
  /** The last session finished yesterday, not yet followed by a next-morning check. */
  morningCheckFor: { sessionId: string; routineName: string } | null;
  /** The newest red flag not yet cleared by "a clinician has checked my knee": shown instead of Start. */
  redFlag: { at: number; flags: string[] } | null;
  /** Knees whose daily worst pain rose a meaningful 2 points week on week (`weeklyTrend`). */
  risingKnees: { knee: Knee; thisWeek: number; lastWeek: number }[];
  /** A programme run has started and not ended: home shows its today (programme-today-slot.tsx). */
  isProgrammeRunning: boolean;
}

export interface HomeClock {
  now: number;
  todayStart: number;
  yesterdayStart: number;
  /** Local midnight of a moment (days are not always 24 h long). */
  dayStartOf: (t: number) => number;
}

/** Now and the local day boundaries around it (here, in the lazy chunk, to keep home's first bundle small). */
export function homeClock(): HomeClock {
  return homeClockAt(currentTime());
}

/** The same, at a given moment (time-zone tables test it across DST nights and travel). */
export function homeClockAt(now: number): HomeClock {
  const d = new Date(now);
  return {
    now,
    todayStart: new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime(),
    yesterdayStart: new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1).getTime(),
    dayStartOf: (t) => {
      const day = new Date(t);
      return new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
    },
  };
}

/** What the home screen offers beyond today's routine: Resume, set-up, the morning check, red flags, the trend. */
export async function loadHomeStatus(clock: HomeClock): Promise<HomeStatus> {
  const db = getDb();
  const sessions = sessionRepo(db);
  const pain = painRepo(db);
  const [active, isOnboarded, recent, openFlags, checks, runningCount] = await Promise.all([
    sessions.findActive(),
    settingsRepo(db).isOnboarded(),
    sessions.recent(5),
    redFlagRepo(db).open(),
    pain.between(clock.now - TREND_WINDOW_MS, Infinity),
    db.programmeRuns.filter((r) => r.endedAt === null).count(),
  ]);
  const last = recent.find((s) => s.status === 'finished' && s.endedAt !== null && !sessionCount(s).isEndedEarly);
  const lastChecks = last ? await pain.forSession(last.id) : [];
  const isDue = isMorningCheckDue(
    last?.endedAt
      ? { endedAt: last.endedAt, isEndedEarly: false, hasMorningCheck: lastChecks.some((c) => c.phase === 'next-morning') }
      : undefined,
    clock.yesterdayStart,
    clock.todayStart,
  );
  const state = active ? stateAt(active.plan, active.events, active.lastSeenAt) : null;
  const newestFlag = openFlags[0];
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
    redFlag: newestFlag ? { at: newestFlag.at, flags: [...newestFlag.flags] } : null,
    isProgrammeRunning: runningCount > 0,
    risingKnees: weeklyTrendByKnee(checks, clock.now, clock.dayStartOf).flatMap((t) =>
      t.isRising && t.thisWeek !== null && t.lastWeek !== null ? [{ knee: t.knee, thisWeek: t.thisWeek, lastWeek: t.lastWeek }] : [],
    ),
  };
}
