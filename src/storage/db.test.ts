import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { LegacyEvent } from '@/domain/session/legacy-events';
import type { Plan } from '@/domain/session/plan-types';
import { stateAt } from '@/domain/session/state-at';
import { defineVersion1, defineVersion2, openDb } from './db';
import type { SessionRecord } from './records';

const hold = { exerciseId: 'x', exerciseName: 'X', kind: 'stretch' as const, type: 'work' as const, mode: 'hold' as const };
const plan: Plan = {
  routineId: 'daily-hip-release',
  routineName: 'Daily hip release',
  steps: [
    { ...hold, side: 'both', set: 1, sets: 1, durationMs: 10_000 },
    { ...hold, side: 'both', set: 1, sets: 1, durationMs: 10_000 },
    { ...hold, side: 'both', set: 1, sets: 1, durationMs: 10_000 },
  ],
};

/** A session as versions 1–2 stored it: events without seq or step. */
const legacySession = (id: string, events: LegacyEvent[]) => ({
  id,
  routineId: plan.routineId,
  routineName: plan.routineName,
  plan,
  events,
  status: 'finished',
  startedAt: 1000,
  lastSeenAt: 2000,
  endedAt: 2000,
  outcomes: ['done'],
});

const ENDED: LegacyEvent[] = [
  { type: 'start', at: 1000 },
  { type: 'skip', at: 3000 },
  { type: 'extend', at: 4000, ms: 15_000 },
  { type: 'end', at: 5000 },
];
const FULL: LegacyEvent[] = [
  { type: 'start', at: 1000 },
  { type: 'pause', at: 2000 },
  { type: 'resume', at: 4000 },
  { type: 'skip', at: 5000 },
];

async function expectUpgradedToCurrent(name: string): Promise<void> {
  const db = openDb(name);
  await db.open();
  expect(db.verno).toBe(5);
  // The pain log keeps the indexes its queries use, and nothing else.
  expect(db.painChecks.schema.indexes.map((i) => i.name)).toEqual(['at', 'sessionId']);
  const ended = await db.sessions.get('ended');
  expect(ended).toMatchObject({ routineName: 'Daily hip release', outcomes: ['done'], isEndedEarly: true, startedAt: 1000 });
  expect(ended?.events).toEqual([
    { type: 'start', at: 1000, seq: 0, step: 0 },
    { type: 'skip', at: 3000, seq: 1, step: 0 },
    { type: 'extend', at: 4000, ms: 15_000, seq: 2, step: 1 },
    { type: 'end', at: 5000, seq: 3, step: 1 },
  ]);
  const full = (await db.sessions.get('full')) as SessionRecord;
  expect(full.isEndedEarly).toBe(false);
  expect(full.events.map((e) => [e.type, e.at, e.seq, e.step])).toEqual([
    ['start', 1000, 0, 0],
    ['pause', 2000, 1, 0],
    ['resume', 4000, 2, 0],
    ['skip', 5000, 3, 0],
  ]);
  // Replaying the numbered log gives the session it was: the skip still applies.
  expect(stateAt(full.plan, full.events, 5000)).toMatchObject({ stepIndex: 1, elapsedMs: 0 });
  expect(await db.settings.get('cues')).toEqual({ key: 'cues', value: { isVoiceOn: true } });
  // The new tables exist and work.
  await db.heartbeats.put({ sessionId: 'full', at: 9 });
  await db.redFlags.add({ id: 'r1', at: 9, flags: [], source: 'session', sessionId: 'full', clearedAt: null });
  expect(await db.redFlags.where('sessionId').equals('full').count()).toBe(1);
  await db.schedules.put({ routineId: 'daily-hip-release', days: [1, 3, 5], time: '07:30', updatedAt: 9 });
  await db.outcomeActivities.put({ id: 'o1', name: 'Stairs', addedAt: 9, retiredAt: null });
  await db.outcomeRatings.put({ id: 'week:2026-01-05', at: 9, weekOf: '2026-01-05', ratings: [{ activityId: 'o1', score: 4 }] });
  expect(await db.outcomeRatings.where('weekOf').equals('2026-01-05').count()).toBe(1);
  expect(await db.schedules.get('daily-hip-release')).toMatchObject({ days: [1, 3, 5] });
  await db.delete();
}

describe('database upgrades', () => {
  it('upgrades a version-1 database to the current version: events numbered, data intact', async () => {
    const name = 'upgrade-from-v1';
    const v1 = new Dexie(name);
    defineVersion1(v1);
    await v1.open();
    await v1.table('sessions').bulkAdd([legacySession('ended', ENDED), legacySession('full', FULL)]);
    await v1.table('settings').put({ key: 'cues', value: { isVoiceOn: true } });
    v1.close();
    await expectUpgradedToCurrent(name);
  });

  it('upgrades a version-2 database to the current version: events numbered, pain log intact', async () => {
    const name = 'upgrade-from-v2';
    const v2 = new Dexie(name);
    defineVersion1(v2);
    defineVersion2(v2);
    await v2.open();
    await v2.table('sessions').bulkAdd([
      { ...legacySession('ended', ENDED), isEndedEarly: true },
      { ...legacySession('full', FULL), isEndedEarly: false },
    ]);
    await v2.table('settings').put({ key: 'cues', value: { isVoiceOn: true } });
    const check = {
      id: 'p1',
      at: 5,
      sessionId: 'full',
      exerciseId: null,
      phase: 'after-session',
      knee: 'left',
      score: 2,
      locations: ['inner'],
      note: '',
    };
    await v2.table('painChecks').add(check);
    await v2.table('exercisePrefs').put({ exerciseId: 'x', action: 'skip', swapTo: null, decidedAt: 3, painCheckId: null });
    // Self-checks of the old shape (declared in v2, never written by a screen): converted by v4.
    await v2.table('assessments').bulkAdd([
      { id: 'a1', at: 7, exerciseId: 'lying-leg-turn', left: 30, right: 20, finding: 'right tight', note: '' },
      { id: 'a2', at: 8, exerciseId: 'single-leg-stance-check', left: 30, right: 12, finding: '', note: 'wobbly' },
    ]);
    v2.close();
    const db = openDb(name);
    expect(await db.painChecks.get('p1')).toEqual(check);
    expect(await db.exercisePrefs.get('x')).toMatchObject({ action: 'skip' });
    db.close();
    const upgraded = openDb(name);
    expect(await upgraded.assessments.orderBy('at').toArray()).toEqual([
      {
        id: 'a1',
        at: 7,
        exerciseId: 'lying-leg-turn',
        kind: 'leg-turn',
        sessionId: null,
        result: { direction: 'in', left: { degrees: 30, method: 'picker' }, right: { degrees: 20, method: 'picker' } },
        note: 'right tight',
      },
      {
        id: 'a2',
        at: 8,
        exerciseId: 'single-leg-stance-check',
        kind: 'single-leg-stance',
        sessionId: null,
        result: { left: { seconds: 30, hipDrop: null }, right: { seconds: 12, hipDrop: null } },
        note: 'wobbly',
      },
    ]);
    upgraded.close();
    await expectUpgradedToCurrent(name);
  });
});
