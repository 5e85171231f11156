/** What the finish screen's programme part is computed from: the run, its facts, past sessions with their checks. */
import { findProgramme, type Programme } from '@/content/programme-catalog';
import type { FinishedSession } from '@/domain/programme/exercise-sessions';
import type { PainCheck } from '@/domain/pain/types';
import { getDb } from '@/storage/db';
import type { LevelChangeRecord, ProgrammeRunRecord } from '@/storage/records';
import { pain, prefs, sessions } from './player-repos';

export interface FinishData {
  run: ProgrammeRunRecord | null;
  programme: Programme | null;
  /** Finished sessions since the run started, this one excluded, newest first. */
  past: FinishedSession[];
  thisChecks: PainCheck[];
  swaps: Record<string, string>;
  /**
   * The run's level facts, read with the rest: the rule must never judge from an empty list while
   * they load (it once dropped a level from the base level, not the one taken, and stored that).
   */
  changes: LevelChangeRecord[];
}

export async function loadFinishData(sessionId: string): Promise<FinishData> {
  const db = getDb();
  const runs = await db.programmeRuns.orderBy('startedAt').reverse().toArray();
  const run = runs.find((r) => r.endedAt === null) ?? null;
  const thisChecks = await pain.forSession(sessionId);
  const swaps = Object.fromEntries((await prefs.all()).flatMap((p) => (p.action === 'swap' && p.swapTo ? [[p.exerciseId, p.swapTo]] : [])));
  if (!run) return { run, programme: null, past: [], thisChecks, swaps, changes: [] };
  const records = (await sessions.since(run.startedAt)).filter((s) => s.id !== sessionId && s.status === 'finished' && s.endedAt !== null);
  const past = await Promise.all(
    records.map(async (s) => ({
      id: s.id,
      endedAt: s.endedAt ?? 0,
      plan: s.plan,
      outcomes: s.outcomes ?? [],
      checks: await pain.forSession(s.id),
    })),
  );
  past.sort((a, b) => b.endedAt - a.endedAt);
  const changes = await levelChangesOf(run.id);
  return { run, programme: findProgramme(run.programmeId) ?? null, past, thisChecks, swaps, changes };
}

export function levelChangesOf(runId: string): Promise<LevelChangeRecord[]> {
  return getDb().levelChanges.where('runId').equals(runId).sortBy('at');
}
