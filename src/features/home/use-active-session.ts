import { useEffect, useState } from 'react';
import type { ActiveSummary } from './active-session-query';

/**
 * Looks for an unfinished session after the first paint: the storage code loads on demand, so the
 * home screen renders without waiting for IndexedDB (and without Dexie in its first bundle).
 */
export function useActiveSession(): ActiveSummary | null {
  const [active, setActive] = useState<ActiveSummary | null>(null);
  useEffect(() => {
    let isCancelled = false;
    import('./active-session-query')
      .then((m) => m.findActiveSummary())
      .then((summary) => {
        if (!isCancelled) setActive(summary);
      })
      .catch(() => undefined);
    return () => {
      isCancelled = true;
    };
  }, []);
  return active;
}
