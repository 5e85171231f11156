/** Builds each download from the database. Kept apart from the component so it can be timed and tested. */
import { backupToBlob, exportBackup } from '@/storage/backup';
import { encryptBackup } from '@/storage/backup-crypto';
import { painChecksCsv, sessionsCsv } from '@/storage/backup-csv';
import { backupFileName, countLabel } from '@/storage/backup-format';
import { validateBackup } from '@/storage/backup-validate';
import { getDb } from '@/storage/db';

export type ExportKind = 'json' | 'pain' | 'sessions';

export interface BuiltExport {
  file: File;
  /** What is in it, for the success message: "12 sessions, 40 pain checks". */
  summary: string;
  /**
   * Why the backup would not pass the import check, or null. A function, asked only after the file
   * has been handed over: the check takes as long as building the file, and it changes nothing about
   * the file (it is the user's data, so it is offered either way) — only the message after it.
   */
  restoreProblem: () => string | null;
}

const noProblem = () => null;

/** `passphrase` (JSON only) locks the backup; the unencrypted format stays the default. */
export async function buildExport(kind: ExportKind, now: number, passphrase?: string): Promise<BuiltExport> {
  const backup = await exportBackup(getDb(), now);
  const { data } = backup;
  if (kind === 'json') {
    const name = backupFileName('backup', now, 'json');
    const blob = backupToBlob(backup);
    const locked = passphrase ? await encryptBackup(await blob.text(), passphrase) : null;
    return {
      file: locked
        ? new File([JSON.stringify(locked)], name.replace(/\.json$/, '-encrypted.json'), { type: 'application/json' })
        : new File([blob], name, { type: 'application/json' }),
      summary: `${countLabel('sessions', data.sessions.length)}, ${countLabel('painChecks', data.painChecks.length)}`,
      // Checked with the same schema an import uses: a backup that cannot be restored is worse than none.
      // The rows are checked, not the text: the text is JSON.stringify of these very rows.
      restoreProblem: () => {
        const check = validateBackup(backup, now);
        return check.ok ? null : check.reason;
      },
    };
  }
  if (kind === 'pain') {
    // Exercise names live with the routines' plan facts; loaded only when this file is built.
    const { findPlanFacts } = await import('@/content/routine-catalog');
    const csv = painChecksCsv(data.painChecks, (id) => findPlanFacts(id)?.name ?? id);
    return {
      file: new File([csv], backupFileName('pain-checks', now, 'csv'), { type: 'text/csv' }),
      summary: countLabel('painChecks', data.painChecks.length),
      restoreProblem: noProblem,
    };
  }
  const csv = sessionsCsv(data.sessions);
  return {
    file: new File([csv], backupFileName('sessions', now, 'csv'), { type: 'text/csv' }),
    summary: countLabel('sessions', data.sessions.length),
    restoreProblem: noProblem,
  };
}
