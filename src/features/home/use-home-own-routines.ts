import { useEffect, useState } from 'react';
import type { Routine } from '@/content/catalog-types';
import { reportReadFailure } from '@/storage/read-failure';

const NONE: readonly Routine[] = [];

/** Own routines for home, read after the first paint (the storage code loads on demand). */
export function useHomeOwnRoutines(hasStoredData: boolean): readonly Routine[] {
  const [own, setOwn] = useState(NONE);
  useEffect(() => {
    // No database yet (a first visit): no own routines, and no storage code to fetch.
    if (!hasStoredData) return;
    let stop: (() => void) | null = null;
    let isCancelled = false;
    import('./home-own-routines-query')
      .then((m) => {
        if (!isCancelled) stop = m.watchOwnRoutines(setOwn, reportReadFailure('your own routines'));
      })
      .catch(reportReadFailure('your own routines'));
    return () => {
      isCancelled = true;
      stop?.();
    };
  }, [hasStoredData]);
  return own;
}
