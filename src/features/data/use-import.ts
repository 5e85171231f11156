import { useCallback, useState } from 'react';
import { importBackup, previewImport, type ImportMode, type ImportPreview } from '@/storage/backup';
import type { TableCounts, ValidBackup } from '@/storage/backup-format';
import { validateBackupFile } from '@/storage/backup-validate';
import { now } from '@/platform/clock';
import { getDb } from '@/storage/db';

/** Check → preview → (merge | replace) → done. Nothing is written before the user picks a mode. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'invalid'; fileName: string; reason: string }
  | { step: 'ready'; fileName: string; backup: ValidBackup; preview: ImportPreview }
  | { step: 'writing'; fileName: string; backup: ValidBackup; preview: ImportPreview; mode: ImportMode }
  | { step: 'done'; mode: ImportMode; written: TableCounts }
  | { step: 'failed'; reason: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : 'unknown error');

export function useImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const check = useCallback(async (file: File) => {
    setState({ step: 'checking', fileName: file.name });
    try {
      const result = await validateBackupFile(file, now());
      if (!result.ok) {
        setState({ step: 'invalid', fileName: file.name, reason: result.reason });
        return;
      }
      const preview = await previewImport(getDb(), result.backup);
      setState({ step: 'ready', fileName: file.name, backup: result.backup, preview });
    } catch (error) {
      setState({ step: 'invalid', fileName: file.name, reason: `The file could not be read (${messageOf(error)}).` });
    }
  }, []);

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

  return { state, check, write, reset };
}
