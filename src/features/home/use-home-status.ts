import { useEffect, useState } from 'react';
import { readHomeHint, writeHomeHint } from '@/platform/home-hint';
import type { HomeStatus } from './home-status-query';

/**
 * Reads the home screen's extras after the first paint: the storage code loads on demand, so home
 * renders without waiting for IndexedDB (and without Dexie in its first bundle).
 */
export function useHomeStatus(): HomeStatus {
  // First render from the hint (what home knew last time); IndexedDB corrects it moments later.
  const [status, setStatus] = useState<HomeStatus>(() => {
    const hint = readHomeHint();
    return {
      isOnboarded: hint.isOnboarded,
      active: hint.activeRoutineName ? { routineName: hint.activeRoutineName, stepNumber: null, stepCount: null } : null,
      morningCheckFor: null,
    };
  });
  useEffect(() => {
    let isCancelled = false;
    const now = new Date();
    const todayStart = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
    const yesterdayStart = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1).getTime();
    import('./home-status-query')
      .then((m) => m.loadHomeStatus(yesterdayStart, todayStart))
      .then((s) => {
        if (isCancelled) return;
        setStatus(s);
        writeHomeHint({ isOnboarded: s.isOnboarded, activeRoutineName: s.active?.routineName ?? null });
      })
      .catch(() => undefined);
    return () => {
      isCancelled = true;
    };
  }, []);
  return status;
}
