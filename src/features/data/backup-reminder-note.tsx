import { useEffect, useState } from 'react';
import { backupReminder, type BackupReminder } from '@/domain/schedule/backup-reminder';
import { now } from '@/platform/clock';
import { getDb } from '@/storage/db';
import { scheduleRepo } from '@/storage/schedule-repo';
import { reportReadFailure } from '@/storage/read-failure';

/** "Last backup: N days ago", after the first 14 days of use only. */
export function BackupReminderNote() {
  const [reminder, setReminder] = useState<BackupReminder>({ isDue: false });
  useEffect(() => {
    const repo = scheduleRepo(getDb());
    Promise.all([repo.firstUseAt(), repo.lastBackupAt()])
      .then(([first, last]) => {
        setReminder(backupReminder(first, last, now()));
      })
      .catch(reportReadFailure('when you last made a backup'));
  }, []);
  if (!reminder.isDue) return null;
  return (
    <p className="callout callout-caution" role="status">
      {reminder.hasEverBackedUp ? `Last backup: ${reminder.daysSince} days ago.` : 'You have not made a backup yet.'} Browsers can clear a
      site’s data; download a backup below.
    </p>
  );
}
