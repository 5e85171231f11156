/**
 * "Last backup: N days ago". Browsers (iOS Safari especially) may evict a site's data, and a backup
 * file is the only copy off the phone — but nobody is nagged in their first 14 days of use.
 */
export const BACKUP_REMINDER_DAYS = 14;
const DAY_MS = 86_400_000;

export type BackupReminder = { isDue: false } | { isDue: true; daysSince: number; hasEverBackedUp: boolean };

export function backupReminder(firstUseAt: number | null, lastBackupAt: number | null, now: number): BackupReminder {
  if (firstUseAt === null) return { isDue: false };
  const since = lastBackupAt ?? firstUseAt;
  const daysSince = Math.floor((now - since) / DAY_MS);
  const daysOfUse = Math.floor((now - firstUseAt) / DAY_MS);
  if (daysOfUse < BACKUP_REMINDER_DAYS || daysSince < BACKUP_REMINDER_DAYS) return { isDue: false };
  return { isDue: true, daysSince, hasEverBackedUp: lastBackupAt !== null };
}
