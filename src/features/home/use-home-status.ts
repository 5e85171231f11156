import { useCallback, useEffect, useState } from 'react';
import { readHomeHint, writeHomeHint } from '@/platform/home-hint';
import { mayHaveStoredData } from '@/platform/stored-data';
import type { HomeStatus } from './home-status-query';
import { reportReadFailure } from '@/storage/read-failure';

export interface HomeStatusView extends HomeStatus {
  /**
   * After "a clinician has checked my knee" (null) or its Undo: show it at once (and in the hint),
   * then read IndexedDB again.
   */
  setRedFlag: (redFlag: HomeStatus['redFlag']) => void;
}

/**
 * Reads the home screen's extras after the first paint: the storage code loads on demand, so home
 * renders without waiting for IndexedDB (and without Dexie in its first bundle).
 */
export function useHomeStatus(): HomeStatusView {
  // First render from the hint (what home knew last time); IndexedDB corrects it moments later.
  const [status, setStatus] = useState<HomeStatus>(() => {
    const hint = readHomeHint();
    return {
      isOnboarded: hint.isOnboarded,
      active: hint.activeRoutineName ? { routineName: hint.activeRoutineName, stepNumber: null, stepCount: null } : null,
      morningCheckFor: null,
      redFlag: hint.redFlag,
      risingKnees: [],
      isProgrammeRunning: hint.isProgrammeRunning,
    };
  });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let isCancelled = false;
    mayHaveStoredData()
      .then(async (hasData) => {
        // A first visit has nothing stored: the hint's defaults are the truth, and no storage code loads.
        if (!hasData) return null;
        const m = await import('./home-status-query');
        return m.loadHomeStatus(m.homeClock());
      })
      .then((s) => {
        if (isCancelled || s === null) return;
        setStatus(s);
        writeHomeHint({
          isOnboarded: s.isOnboarded,
          activeRoutineName: s.active?.routineName ?? null,
          redFlag: s.redFlag,
          isProgrammeRunning: s.isProgrammeRunning,
        });
      })
      .catch(reportReadFailure('what home shows (session, red flag, programme)'));
    return () => {
      isCancelled = true;
    };
  }, [generation]);
  const setRedFlag = useCallback((redFlag: HomeStatus['redFlag']) => {
    setStatus((s) => ({ ...s, redFlag }));
    writeHomeHint({ redFlag });
    setGeneration((g) => g + 1);
  }, []);
  return { ...status, setRedFlag };
}
