import { useEffect, useState } from 'react';
import type { HomeStatus } from './home-status-query';

/**
 * Reads the home screen's extras after the first paint: the storage code loads on demand, so home
 * renders without waiting for IndexedDB (and without Dexie in its first bundle).
 */
export function useHomeStatus(): HomeStatus | null {
  const [status, setStatus] = useState<HomeStatus | null>(null);
  useEffect(() => {
    let isCancelled = false;
    const now = new Date();
    const todayStart = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
    import('./home-status-query')
      .then((m) => m.loadHomeStatus(now.getTime(), todayStart))
      .then((s) => {
        if (!isCancelled) setStatus(s);
      })
      .catch(() => undefined);
    return () => {
      isCancelled = true;
    };
  }, []);
  return status;
}
