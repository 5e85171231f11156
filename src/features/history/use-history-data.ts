/**
 * History's reads, all through the repositories and `useLiveQuery`: components never see tables, and
 * every screen updates by itself when the player saves a session or a pain check.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PainCheck } from '@/domain/pain/types';
import { hasAssessments } from '@/storage/assessment-repo';
import { getDb } from '@/storage/db';
import { hasOutcomeRatings } from '@/storage/outcome-repo';
import { painRepo } from '@/storage/pain-repo';
import { prefsRepo } from '@/storage/prefs-repo';
import type { ExercisePrefRecord, RedFlagRecord, SessionRecord } from '@/storage/records';
import { redFlagRepo } from '@/storage/red-flag-repo';
import { sessionRepo } from '@/storage/session-repo';
import { settingsRepo, type KneeProfile } from '@/storage/settings-repo';

const sessions = sessionRepo(getDb());
const pain = painRepo(getDb());
const prefs = prefsRepo(getDb());
const settings = settingsRepo(getDb());
const redFlags = redFlagRepo(getDb());

export interface SessionsSince {
  /** Sessions started at or after `from`, newest first. */
  sessions: SessionRecord[];
  /** Whether any session started before `from` ("Show older"). */
  hasOlder: boolean;
}

async function readSessionsSince(from: number): Promise<SessionsSince> {
  const [inRange, hasOlder] = await Promise.all([sessions.since(from), sessions.hasBefore(from)]);
  return { sessions: inRange, hasOlder };
}

export function useSessionsSince(from: number): SessionsSince | undefined {
  return useLiveQuery(() => readSessionsSince(from), [from]);
}

export function usePainChecksSince(from: number): PainCheck[] | undefined {
  return useLiveQuery(() => pain.between(from, Infinity), [from]);
}

/**
 * False when nothing at all was ever logged — no session, knee check, self-check or weekly score:
 * History then shows its empty state. (Self-checks and weekly scores alone are history too.)
 */
export function useHasAnyHistory(): boolean | undefined {
  return useLiveQuery(async () => {
    const found = await Promise.all([
      sessions.recent(1).then((s) => s.length > 0),
      pain.latest().then((c) => c !== undefined),
      hasOutcomeRatings(getDb()),
      hasAssessments(getDb()),
    ]);
    return found.some(Boolean);
  }, []);
}

export interface SessionDetail {
  session: SessionRecord | null;
  checks: PainCheck[];
}

export function useSessionDetail(sessionId: string): SessionDetail | undefined {
  return useLiveQuery(async () => {
    const session = await sessions.get(sessionId);
    return { session: session ?? null, checks: session ? await pain.forSession(sessionId) : [] };
  }, [sessionId]);
}

export function useExercisePrefs(): ExercisePrefRecord[] | undefined {
  return useLiveQuery(() => prefs.all(), []);
}

/** The onboarding profile, or null when none was stored. */
export function useProfile(): KneeProfile | null | undefined {
  return useLiveQuery(() => settings.profile(), []);
}

/** Every red flag ever reported, newest first (they are few; none is ever left out of History). */
export function useRedFlags(): RedFlagRecord[] | undefined {
  return useLiveQuery(() => redFlags.since(0), []);
}
