/**
 * Everything the programme's today is computed from, read in one go: the running run and its level
 * facts, the sessions finished since it started, and the pain scores since `flareFrom` (a flare).
 */
import { liveQuery } from 'dexie';
import type { KneewiseDb } from './db';
import type { LevelChangeRecord, ProgrammeRunRecord, SessionRecord } from './records';

export interface ProgrammeState {
  run: ProgrammeRunRecord | null;
  changes: LevelChangeRecord[];
  /** Finished sessions since the run started, oldest first. */
  sessions: Pick<SessionRecord, 'id' | 'routineId' | 'endedAt' | 'isEndedEarly'>[];
  recentScores: number[];
}

export async function loadProgrammeState(db: KneewiseDb, flareFrom: number): Promise<ProgrammeState> {
  return db.transaction('r', [db.programmeRuns, db.levelChanges, db.sessions, db.painChecks], async () => {
    const runs = await db.programmeRuns.orderBy('startedAt').reverse().toArray();
    const run = runs.find((r) => r.endedAt === null) ?? null;
    if (!run) return { run, changes: [], sessions: [], recentScores: [] };
    const [changes, sessions, checks] = await Promise.all([
      db.levelChanges.where('runId').equals(run.id).sortBy('at'),
      db.sessions.where('startedAt').aboveOrEqual(run.startedAt).toArray(),
      db.painChecks.where('at').aboveOrEqual(flareFrom).toArray(),
    ]);
    return {
      run,
      changes,
      sessions: sessions
        .filter((s) => s.status === 'finished' && s.endedAt !== null)
        .map(({ id, routineId, endedAt, isEndedEarly }) => ({ id, routineId, endedAt, isEndedEarly }))
        .sort((a, b) => (a.endedAt ?? 0) - (b.endedAt ?? 0)),
      recentScores: checks.map((c) => c.score),
    };
  });
}

/** The same, live: `onChange` now and after every change to those tables. */
export function watchProgrammeState(
  db: KneewiseDb,
  flareFrom: number,
  onChange: (s: ProgrammeState) => void,
  onError: (e: unknown) => void,
): () => void {
  const sub = liveQuery(() => loadProgrammeState(db, flareFrom)).subscribe({ next: onChange, error: onError });
  return () => sub.unsubscribe();
}
