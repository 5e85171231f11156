import { useEffect, useState } from 'react';
import type { Routine } from '@/content/catalog-types';

const NONE: readonly Routine[] = [];

/** Own routines for home, read after the first paint (the storage code loads on demand). */
export function useHomeOwnRoutines(): readonly Routine[] {
  const [own, setOwn] = useState(NONE);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let isCancelled = false;
    import('./home-own-routines-query')
      .then((m) => {
        if (!isCancelled) stop = m.watchOwnRoutines(setOwn, () => undefined);
      })
      .catch(() => undefined);
    return () => {
      isCancelled = true;
      stop?.();
    };
  }, []);
  return own;
}
