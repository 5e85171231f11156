/**
 * What must hold across the rows of a backup, beyond each row's own shape: one row per key, links
 * that find their row, at most one session in progress, and nothing later than the file itself.
 */
import { BACKUP_TABLES, TABLE_KEYS, keysOf, type BackupData } from './backup-format';

type Issue = (path: PropertyKey[], message: string) => void;
export type Tables = Partial<BackupData> & Pick<BackupData, 'sessions' | 'painChecks'>;

/** `2025-03-06 10:00 UTC`: a time in a reason, the same on every phone. */
export const shownTime = (ms: number) =>
  Number.isFinite(new Date(ms).getTime()) ? `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC` : String(ms);

/** IndexedDB would keep only one of two rows with the same key. */
function checkUniqueKeys(data: Tables, issue: Issue): void {
  for (const table of BACKUP_TABLES) {
    if (!data[table]) continue;
    const firstIndex = new Map<string, number>();
    keysOf(data as BackupData, table).forEach((key, i) => {
      const first = firstIndex.get(key);
      const name = TABLE_KEYS[table];
      if (first !== undefined) issue([table, i, name], `is "${key}", the same as ${table}[${first}].${name}: each must be different`);
      firstIndex.set(key, i);
    });
  }
}

/** History links a pain check or a red flag to its session, so the session must be in the same file. */
function checkLinks(data: Tables, issue: Issue): void {
  const sessionIds = new Set(data.sessions.map((s) => s.id));
  for (const table of ['painChecks', 'redFlags', 'assessments'] as const) {
    data[table]?.forEach((row: { sessionId: string | null }, i) => {
      if (typeof row.sessionId === 'string' && !sessionIds.has(row.sessionId))
        issue([table, i, 'sessionId'], `is "${row.sessionId}", but no session in this file has that id`);
    });
  }
}

/** A weekly rating names the activity it rates; the trend cannot show a rating of an activity it cannot name. */
function checkRatedActivities(data: Tables, issue: Issue): void {
  if (!data.outcomeRatings) return;
  const named = new Set(data.outcomeActivities?.map((a) => a.id));
  data.outcomeRatings.forEach((row, i) => {
    row.ratings.forEach((r, j) => {
      if (!named.has(r.activityId))
        issue(['outcomeRatings', i, 'ratings', j, 'activityId'], `is "${r.activityId}", but no outcome activity in this file has that id`);
    });
  });
}

/** The player resumes "the" active session: a second one could never be reached or finished. */
function checkOneActive(data: Tables, issue: Issue): void {
  const first = data.sessions.findIndex((s) => s.status === 'active');
  data.sessions.forEach((s, i) => {
    if (i > first && first >= 0 && s.status === 'active')
      issue(['sessions', i, 'status'], `is "active", but sessions[${first}] is active too: only one session can be in progress`);
  });
}

/** Every time a row carries, with its place. */
function* timesOf(data: Tables): Generator<[PropertyKey[], number]> {
  for (const [i, s] of data.sessions.entries()) {
    yield [['sessions', i, 'startedAt'], s.startedAt];
    yield [['sessions', i, 'lastSeenAt'], s.lastSeenAt];
    if (s.endedAt !== null) yield [['sessions', i, 'endedAt'], s.endedAt];
    for (const [j, e] of s.events.entries()) yield [['sessions', i, 'events', j, 'at'], e.at];
  }
  for (const [i, c] of data.painChecks.entries()) yield [['painChecks', i, 'at'], c.at];
  for (const [i, a] of data.assessments?.entries() ?? []) yield [['assessments', i, 'at'], a.at];
  for (const [i, p] of data.exercisePrefs?.entries() ?? []) yield [['exercisePrefs', i, 'decidedAt'], p.decidedAt];
  for (const [i, r] of data.routines?.entries() ?? []) yield [['routines', i, 'createdAt'], r.createdAt];
  for (const [i, o] of data.outcomeActivities?.entries() ?? []) {
    yield [['outcomeActivities', i, 'addedAt'], o.addedAt];
    if (o.retiredAt !== null) yield [['outcomeActivities', i, 'retiredAt'], o.retiredAt];
  }
  for (const [i, o] of data.outcomeRatings?.entries() ?? []) yield [['outcomeRatings', i, 'at'], o.at];
  for (const [i, f] of data.redFlags?.entries() ?? []) {
    yield [['redFlags', i, 'at'], f.at];
    if (f.clearedAt !== null) yield [['redFlags', i, 'clearedAt'], f.clearedAt];
  }
}

/** A session "starting" after the file was made could never start or end; nothing else can be from the future either. */
function checkNotAfter(exportedAt: number, data: Tables, issue: Issue): void {
  for (const [path, at] of timesOf(data)) {
    if (at <= exportedAt) continue;
    issue(
      path,
      `is ${shownTime(at)}, after the file was made (exportedAt, ${shownTime(exportedAt)}): a backup cannot hold what had not happened yet`,
    );
    return;
  }
}

/** The first problems found, each with its place under `data`. */
export function checkFile(file: { exportedAt: number; data: Tables }): { path: PropertyKey[]; message: string }[] {
  const found: { path: PropertyKey[]; message: string }[] = [];
  const issue: Issue = (path, message) => found.push({ path: ['data', ...path], message });
  checkUniqueKeys(file.data, issue);
  checkLinks(file.data, issue);
  checkRatedActivities(file.data, issue);
  checkOneActive(file.data, issue);
  checkNotAfter(file.exportedAt, file.data, issue);
  return found;
}
