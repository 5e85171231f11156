import { useCallback, useState } from 'react';
import { importBackup, previewImport, type ImportMode, type ImportPreview } from '@/storage/backup';
import { WrongPasswordError, type EncryptedBackup } from '@/storage/backup-crypto';
import type { TableCounts, ValidBackup } from '@/storage/backup-format';
import { openBackupFile, unlockBackup } from '@/storage/backup-open';
import type { BackupValidation } from '@/storage/backup-validate';
import { now } from '@/platform/clock';
import { getDb } from '@/storage/db';

/** Check (→ passphrase) → preview → (merge | replace) → done. Nothing is written before the user picks a mode. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'locked'; fileName: string; file: EncryptedBackup; wrong: boolean }
  | { step: 'unlocking'; fileName: string; file: EncryptedBackup }
  | { step: 'invalid'; fileName: string; reason: string }
  | { step: 'ready'; fileName: string; backup: ValidBackup; preview: ImportPreview }
  | { step: 'writing'; fileName: string; backup: ValidBackup; preview: ImportPreview; mode: ImportMode }
  | { step: 'done'; mode: ImportMode; written: TableCounts }
  | { step: 'failed'; reason: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : 'unknown error');

async function checked(fileName: string, result: BackupValidation): Promise<ImportState> {
  if (!result.ok) return { step: 'invalid', fileName, reason: result.reason };
  return { step: 'ready', fileName, backup: result.backup, preview: await previewImport(getDb(), result.backup) };
}

export function useImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const check = useCallback(async (file: File) => {
    setState({ step: 'checking', fileName: file.name });
    try {
      const opened = await openBackupFile(file, now());
      setState(
        opened.locked ? { step: 'locked', fileName: file.name, file: opened.file, wrong: false } : await checked(file.name, opened.result),
      );
    } catch (error) {
      setState({ step: 'invalid', fileName: file.name, reason: `The file could not be read (${messageOf(error)}).` });
    }
  }, []);

  const unlock = useCallback(
    async (passphrase: string) => {
      if (state.step !== 'locked') return;
      const { fileName, file } = state;
      setState({ step: 'unlocking', fileName, file });
      try {
        setState(await checked(fileName, await unlockBackup(file, passphrase, now())));
      } catch (error) {
        if (error instanceof WrongPasswordError) setState({ step: 'locked', fileName, file, wrong: true });
        else setState({ step: 'invalid', fileName, reason: `The file could not be read (${messageOf(error)}).` });
      }
    },
    [state],
  );

  const write = useCallback(
    async (mode: ImportMode) => {
      if (state.step !== 'ready') return;
      setState({ ...state, step: 'writing', mode });
      try {
        const written = await importBackup(getDb(), state.backup, mode);
        setState({ step: 'done', mode, written });
      } catch (error) {
        // One transaction: a failed write was rolled back in full.
        setState({ step: 'failed', reason: messageOf(error) });
      }
    },
    [state],
  );

  const reset = useCallback(() => {
    setState({ step: 'idle' });
  }, []);

  return { state, check, unlock, write, reset };
}
