import { useEffect, useState } from 'react';
import type { Adjustment } from '@/domain/session/adjust';
import { mayHaveStoredData } from '@/platform/stored-data';
import { reportReadFailure } from '@/storage/read-failure';

const NONE: Readonly<Record<string, Adjustment>> = {};

/**
 * The user's knee-safety choices for home's durations and empty-routine state, read after the first
 * paint (the storage code loads on demand). Until then: the routines as written.
 */
export function useHomeChoices(): { adjustments: Readonly<Record<string, Adjustment>>; undo: (ids: readonly string[]) => Promise<void> } {
  const [adjustments, setAdjustments] = useState(NONE);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let isCancelled = false;
    // No database yet (a first visit): no choices to read, and no storage code to fetch.
    mayHaveStoredData()
      .then(async (hasData) => {
        if (!hasData) return;
        const m = await import('./home-choices-query');
        if (!isCancelled) stop = m.watchAdjustments(setAdjustments, reportReadFailure('your knee-safety choices'));
      })
      .catch(reportReadFailure('your knee-safety choices'));
    return () => {
      isCancelled = true;
      stop?.();
    };
  }, []);
  const undo = (ids: readonly string[]) => import('./home-choices-query').then((m) => m.clearChoices(ids));
  return { adjustments, undo };
}
