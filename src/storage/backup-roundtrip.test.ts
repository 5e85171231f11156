import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionEvent } from '@/domain/session/events';
import { makeHistory } from '../../tests/fixtures/make-history';
import { addAssessment } from './assessment-repo';
import { saveOutcomeActivity, saveOutcomeRating } from './outcome-repo';
import { backupToBlob, exportBackup, importBackup } from './backup';
import { historyArb, type GeneratedHistory } from './backup-history-arbitrary';
import { validateBackup } from './backup-validate';
import { openDb, type KneewiseDb } from './db';
import { painRepo } from './pain-repo';
import { prefsRepo } from './prefs-repo';
import { sessionRepo } from './session-repo';
import { settingsRepo } from './settings-repo';

const NOW = Date.UTC(2026, 0, 1);
let n = 0;
const opened: KneewiseDb[] = [];
const fresh = () => {
  const db = openDb(`roundtrip-${++n}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** Through the app's own repositories, in the order the app writes: session, then its log, then its end. */
async function write(db: KneewiseDb, history: GeneratedHistory): Promise<void> {
  const sessions = sessionRepo(db);
  for (const s of history.sessions) {
    await sessions.create({ id: s.id, plan: s.plan, now: s.startedAt });
    // The log in two writes, as taps arrive: appends must keep the order and the numbers.
    const half = Math.ceil(s.events.length / 2);
    const events = s.events as SessionEvent[];
    for (const part of [events.slice(0, half), events.slice(half)]) {
      if (part.length > 0) await sessions.append(s.id, part);
    }
    if (s.finish) await sessions.finish(s.id, s.finish.endedAt, s.finish.outcomes);
  }
  await painRepo(db).save(history.painChecks);
  for (const pref of history.prefs) await prefsRepo(db).set(pref);
  const settings = settingsRepo(db);
  if (history.cues) await settings.setCues(history.cues);
  if (history.profile) await settings.setProfile(history.profile);
  if (history.onboardedAt !== null) await settings.setOnboarded(history.onboardedAt);
  // No repositories of their own here (yet): written as their features write them, one row each.
  for (const a of history.assessments) await addAssessment(db, a);
  for (const a of history.outcomes.activities) await saveOutcomeActivity(db, a);
  for (const r of history.outcomes.ratings) await saveOutcomeRating(db, r);
  await db.routines.bulkPut(history.routines);
  await db.redFlags.bulkPut(history.redFlags);
}

describe('backup round trip (property)', () => {
  it('export → file → validate → import into an empty database gives the same data back', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb(NOW), async (history) => {
        const source = fresh();
        await write(source, history);
        const exported = await exportBackup(source, NOW);
        // The app never writes a backup it refuses: the file's own text passes the import check.
        const checked = validateBackup(await backupToBlob(exported).text(), NOW);
        if (!checked.ok) throw new Error(checked.reason);
        const target = fresh();
        await importBackup(target, checked.backup, 'replace');
        expect((await exportBackup(target, NOW)).data).toEqual(exported.data);
        expect(exported.data.sessions).toHaveLength(history.sessions.length);
        expect(exported.data.painChecks).toHaveLength(history.painChecks.length);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('the file is exactly JSON.stringify of the export, across the parts it is built from', async () => {
    const { sessions, painChecks } = makeHistory({ sessions: 40, painChecks: 1_201, endAt: NOW, seed: 3 });
    const empty = {
      assessments: [],
      exercisePrefs: [],
      routines: [],
      settings: [],
      redFlags: [],
      outcomeActivities: [],
      outcomeRatings: [],
      schedules: [],
      programmeRuns: [],
      levelChanges: [],
    };
    for (const data of [
      { sessions, painChecks, ...empty },
      { sessions: [], painChecks: [], ...empty },
    ]) {
      const backup = { app: 'kneewise', format: 3, exportedAt: NOW, data } as const;
      expect(await backupToBlob(backup).text()).toBe(JSON.stringify(backup));
    }
  });
});
