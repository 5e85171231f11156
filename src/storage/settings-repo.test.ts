import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type KneewiseDb } from './db';
import { settingsRepo } from './settings-repo';

let db: KneewiseDb;
afterEach(async () => {
  await db.delete();
});

describe('settingsRepo.profile', () => {
  it('returns the stored profile', async () => {
    db = openDb('settings-ok');
    const repo = settingsRepo(db);
    await repo.setProfile({ knees: ['right'], location: 'inner', completedAt: 5 });
    expect(await repo.profile()).toEqual({ knees: ['right'], location: 'inner', completedAt: 5 });
  });

  // Settings can arrive through a backup import; a malformed profile must not reach the player.
  it.each([
    ['no profile', undefined],
    ['not an object', 'left'],
    ['knees not a list', { knees: 'left', location: null, completedAt: 1 }],
    ['no knee chosen', { knees: [], location: null, completedAt: 1 }],
    ['an unknown knee', { knees: ['middle'], location: null, completedAt: 1 }],
    ['an unknown location', { knees: ['left'], location: 'elbow', completedAt: 1 }],
  ])('reads %s as no profile', async (name, value) => {
    db = openDb(`settings-${name}`);
    if (value !== undefined) await db.settings.put({ key: 'profile', value });
    expect(await settingsRepo(db).profile()).toBeNull();
  });
});
