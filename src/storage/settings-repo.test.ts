import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type KneewiseDb } from './db';
import { DEFAULT_CUE_SETTINGS, DEFAULT_STEP_LENGTHS, settingsRepo } from './settings-repo';

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

describe('settingsRepo.stepLengths', () => {
  it('has the defaults until set, then keeps each change', async () => {
    db = openDb('lengths-ok');
    const repo = settingsRepo(db);
    expect(await repo.stepLengths()).toEqual(DEFAULT_STEP_LENGTHS);
    await repo.setStepLengths({ getReadySeconds: 30 });
    await repo.setStepLengths({ switchSidesSeconds: 10 });
    expect(await repo.stepLengths()).toEqual({ getReadySeconds: 30, switchSidesSeconds: 10 });
  });

  it.each([
    ['a string', { getReadySeconds: '30', switchSidesSeconds: 8 }, { getReadySeconds: 10, switchSidesSeconds: 8 }],
    ['zero', { getReadySeconds: 0, switchSidesSeconds: 0 }, DEFAULT_STEP_LENGTHS],
    ['too long', { getReadySeconds: 121, switchSidesSeconds: 120 }, { getReadySeconds: 10, switchSidesSeconds: 120 }],
    ['a fraction', { getReadySeconds: 12.5 }, DEFAULT_STEP_LENGTHS],
    ['not an object', 'long', DEFAULT_STEP_LENGTHS],
  ])('reads %s as the default for that length', async (name, value, expected) => {
    db = openDb(`lengths-${name}`);
    await db.settings.put({ key: 'stepLengths', value });
    expect(await settingsRepo(db).stepLengths()).toEqual(expected);
  });
});

describe('settingsRepo.cues', () => {
  it('has the defaults until set (voice off, not yet asked), then keeps each change', async () => {
    db = openDb('cues-ok');
    const repo = settingsRepo(db);
    expect(await repo.cues()).toEqual(DEFAULT_CUE_SETTINGS);
    await repo.setCues({ isVoiceOn: true, isVoiceDecided: true });
    await repo.setCues({ voiceURI: 'com.apple.voice.Daniel', voiceRate: 1.2 });
    expect(await repo.cues()).toEqual({
      ...DEFAULT_CUE_SETTINGS,
      isVoiceOn: true,
      isVoiceDecided: true,
      voiceURI: 'com.apple.voice.Daniel',
      voiceRate: 1.2,
    });
  });

  it.each([
    ['an older row with the voice on: decided', { isVoiceOn: true }, { isVoiceOn: true, isVoiceDecided: true }],
    ['an older row with the voice off: still to ask', { isVoiceOn: false, isSoundOn: false }, { isSoundOn: false }],
    ['a rate too fast', { voiceRate: 2 }, {}],
    ['a rate too slow', { voiceRate: 0.5 }, {}],
    ['a rate as text', { voiceRate: '1.2' }, {}],
    ['an empty voice', { voiceURI: '' }, {}],
    ['a voice that is not text', { voiceURI: 42 }, {}],
    ['a voice too long to be one', { voiceURI: 'x'.repeat(501) }, {}],
    ['a switch as text', { isSoundOn: 'no' }, {}],
    ['not an object', 'on', {}],
  ])('reads %s', async (name, value, expected) => {
    db = openDb(`cues-${name}`);
    await db.settings.put({ key: 'cues', value });
    expect(await settingsRepo(db).cues()).toEqual({ ...DEFAULT_CUE_SETTINGS, ...expected });
  });
});
