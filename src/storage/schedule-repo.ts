/** The weekly schedule (one row per routine) and the backup-reminder facts kept in settings. */
import type { KneewiseDb } from './db';
import type { ScheduleRecord } from './records';

const LAST_BACKUP_KEY = 'lastBackupAt';

export function scheduleRepo(db: KneewiseDb) {
  return {
    all: () => db.schedules.toArray(),
    /** A routine with no day left is removed, so the calendar file and home never list it. */
    async save(record: ScheduleRecord): Promise<void> {
      if (record.days.length === 0) await db.schedules.delete(record.routineId);
      else await db.schedules.put({ ...record, days: [...new Set(record.days)].sort() });
    },
    /** When a backup file was last made on this device, or null. */
    async lastBackupAt(): Promise<number | null> {
      const value = (await db.settings.get(LAST_BACKUP_KEY))?.value;
      return typeof value === 'number' ? value : null;
    },
    async setLastBackupAt(at: number): Promise<void> {
      await db.settings.put({ key: LAST_BACKUP_KEY, value: at });
    },
    /** The first sign of use (onboarding, or the first session), or null on a fresh install. */
    async firstUseAt(): Promise<number | null> {
      const [onboarded, first] = await Promise.all([db.settings.get('onboarded'), db.sessions.orderBy('startedAt').first()]);
      const times = [typeof onboarded?.value === 'number' ? onboarded.value : null, first?.startedAt ?? null].filter(
        (t): t is number => t !== null,
      );
      return times.length === 0 ? null : Math.min(...times);
    },
  };
}
