import { liveQuery } from 'dexie';
import type { KneewiseDb } from './db';
import type { LevelChangeRecord, ProgrammeRunRecord } from './records';

export interface ProgrammeSnapshot {
  run: ProgrammeRunRecord | null;
  changes: LevelChangeRecord[];
}

/** The run in progress: the newest one not ended (one at a time; starting a new one ends the old). */
async function activeRun(db: KneewiseDb): Promise<ProgrammeRunRecord | null> {
  const runs = await db.programmeRuns.orderBy('startedAt').reverse().toArray();
  return runs.find((r) => r.endedAt === null) ?? null;
}

async function snapshot(db: KneewiseDb): Promise<ProgrammeSnapshot> {
  const run = await activeRun(db);
  const changes = run ? await db.levelChanges.where('runId').equals(run.id).sortBy('at') : [];
  return { run, changes };
}

export function programmeRepo(db: KneewiseDb) {
  return {
    active: () => activeRun(db),
    snapshot: () => snapshot(db),
    /** Calls `onChange` with the running programme and its level facts now and after each change. */
    watch(onChange: (s: ProgrammeSnapshot) => void, onError: (e: unknown) => void): () => void {
      const sub = liveQuery(() => snapshot(db)).subscribe({ next: onChange, error: onError });
      return () => sub.unsubscribe();
    },
    /** Start a run; any run still going ends at the same moment (restart = leave + start, atomically). */
    async start(run: ProgrammeRunRecord): Promise<void> {
      await db.transaction('rw', db.programmeRuns, async () => {
        const open = await db.programmeRuns.filter((r) => r.endedAt === null).toArray();
        await db.programmeRuns.bulkUpdate(open.map((r) => ({ key: r.id, changes: { endedAt: run.startedAt } })));
        await db.programmeRuns.put(run);
      });
    },
    /** Leave the programme: the run ends, its facts stay (History and the report keep them). */
    async leave(runId: string, at: number): Promise<void> {
      await db.programmeRuns.update(runId, { endedAt: at });
    },
    /** Undo of leave. */
    async resume(runId: string): Promise<void> {
      await db.programmeRuns.update(runId, { endedAt: null });
    },
    /** A level fact; a deterministic id makes a repeated write (a re-render, a retry) land on the same row. */
    async record(change: LevelChangeRecord): Promise<void> {
      await db.levelChanges.put(change);
    },
    runs: () => db.programmeRuns.orderBy('startedAt').toArray(),
    allChanges: () => db.levelChanges.orderBy('at').toArray(),
  };
}

export type ProgrammeRepo = ReturnType<typeof programmeRepo>;
