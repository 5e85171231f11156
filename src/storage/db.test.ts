import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { defineVersion1, openDb } from './db';
import type { SessionRecord } from './records';

const session = (id: string, events: SessionRecord['events']): SessionRecord => ({
  id,
  routineId: 'daily-hip-release',
  routineName: 'Daily hip release',
  plan: { routineId: 'daily-hip-release', routineName: 'Daily hip release', steps: [] },
  events,
  status: 'finished',
  startedAt: 1000,
  lastSeenAt: 2000,
  endedAt: 2000,
  outcomes: ['done'],
});

describe('database upgrades', () => {
  it('upgrades a version-1 database to the latest with its data intact', async () => {
    const name = 'upgrade-from-v1';
    const v1 = new Dexie(name);
    defineVersion1(v1);
    await v1.open();
    await v1.table('sessions').bulkAdd([
      session('ended', [
        { type: 'start', at: 1000 },
        { type: 'end', at: 2000 },
      ]),
      session('full', [{ type: 'start', at: 1000 }]),
    ]);
    await v1.table('settings').put({ key: 'cues', value: { isVoiceOn: true } });
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const ended = await db.sessions.get('ended');
    expect(ended).toMatchObject({ routineName: 'Daily hip release', outcomes: ['done'], isEndedEarly: true });
    expect(ended?.events).toHaveLength(2);
    expect((await db.sessions.get('full'))?.isEndedEarly).toBe(false);
    expect(await db.settings.get('cues')).toEqual({ key: 'cues', value: { isVoiceOn: true } });
    // The new tables exist and work.
    await db.painChecks.add({
      id: 'p1',
      at: 5,
      sessionId: 'full',
      exerciseId: null,
      phase: 'after-session',
      knee: 'left',
      score: 2,
      locations: ['inner'],
      note: '',
    });
    expect(await db.painChecks.where('sessionId').equals('full').count()).toBe(1);
    await db.delete();
  });
});
