import { describe, expect, it } from 'vitest';
import { backupReminder } from './backup-reminder';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);

describe('backupReminder', () => {
  it.each([
    ['a fresh install', null, null, 30, { isDue: false }],
    ['13 days of use, never backed up', T0, null, 13, { isDue: false }],
    ['exactly 14 days of use, never backed up', T0, null, 14, { isDue: true, daysSince: 14, hasEverBackedUp: false }],
    ['a backup 13 days ago', T0, T0 + 17 * DAY, 30, { isDue: false }],
    ['a backup 20 days ago', T0, T0 + 10 * DAY, 30, { isDue: true, daysSince: 20, hasEverBackedUp: true }],
    ['a backup on day 1, then 14 days', T0, T0, 14, { isDue: true, daysSince: 14, hasEverBackedUp: true }],
  ])('%s', (_name, firstUse, lastBackup, day, expected) => {
    expect(backupReminder(firstUse, lastBackup, T0 + day * DAY)).toEqual(expected);
  });
});
