import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from './db';
import { scheduleRepo } from './schedule-repo';

const db = openDb('schedule-repo-test');
afterEach(async () => {
  await Promise.all([db.schedules.clear(), db.settings.clear(), db.sessions.clear()]);
});

describe('scheduleRepo', () => {
  it('saves days sorted and once each, replaces by routine, and removes a routine with no day', async () => {
    const repo = scheduleRepo(db);
    await repo.save({ routineId: 'daily', days: [5, 1, 3, 1], time: '07:30', updatedAt: 1 });
    expect(await repo.all()).toEqual([{ routineId: 'daily', days: [1, 3, 5], time: '07:30', updatedAt: 1 }]);
    await repo.save({ routineId: 'daily', days: [2], time: '08:00', updatedAt: 2 });
    expect(await repo.all()).toEqual([{ routineId: 'daily', days: [2], time: '08:00', updatedAt: 2 }]);
    await repo.save({ routineId: 'daily', days: [], time: '08:00', updatedAt: 3 });
    expect(await repo.all()).toEqual([]);
  });

  it.each([
    ['a fresh install', null, null, null],
    ['onboarded only', 5_000, null, 5_000],
    ['a session before onboarding', 5_000, 3_000, 3_000],
    ['a session after onboarding', 5_000, 9_000, 5_000],
  ])('firstUseAt: %s', async (_name, onboarded, sessionAt, expected) => {
    if (onboarded !== null) await db.settings.put({ key: 'onboarded', value: onboarded });
    if (sessionAt !== null)
      await db.sessions.put({
        id: 's',
        routineId: 'r',
        routineName: 'R',
        plan: { routineId: 'r', routineName: 'R', steps: [] },
        events: [],
        status: 'finished',
        startedAt: sessionAt,
        lastSeenAt: sessionAt,
        endedAt: sessionAt,
        outcomes: [],
      });
    expect(await scheduleRepo(db).firstUseAt()).toBe(expected);
  });

  it('remembers the last backup time', async () => {
    const repo = scheduleRepo(db);
    expect(await repo.lastBackupAt()).toBeNull();
    await repo.setLastBackupAt(1234);
    expect(await repo.lastBackupAt()).toBe(1234);
  });
});
