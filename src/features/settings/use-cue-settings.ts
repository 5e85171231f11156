import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/storage/db';
import { settingsRepo, type CueSettings } from '@/storage/settings-repo';

const repo = settingsRepo(getDb());

/**
 * The stored cue settings, with each change shown at once while IndexedDB catches up; a change
 * that fails to save is taken back and `error` says so. `cues` is undefined while loading.
 */
export function useCueSettings(): { cues: CueSettings | undefined; update: (patch: Partial<CueSettings>) => void; error: string | null } {
  const stored = useLiveQuery(() => repo.cues(), []);
  const [pending, setPending] = useState<Partial<CueSettings>>({});
  const [error, setError] = useState<string | null>(null);
  const cues = stored && { ...stored, ...pending };
  const update = (patch: Partial<CueSettings>) => {
    const before = cues;
    setPending((p) => ({ ...p, ...patch }));
    setError(null);
    repo.setCues(patch).catch(() => {
      if (before) {
        const undo = Object.fromEntries(Object.keys(patch).map((k) => [k, before[k as keyof CueSettings]]));
        setPending((p) => ({ ...p, ...undo }));
      }
      setError('Couldn’t save that setting. Try again.');
    });
  };
  return { cues, update, error };
}
