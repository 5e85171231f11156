import { useEffect, useState } from 'react';
import { mayHaveStoredData } from '@/platform/stored-data';

/**
 * Whether home should read storage at all: false on a first visit (no database yet), so the cards
 * that read it — and Dexie with them — are never fetched then. False until the browser answers.
 */
export function useHasStoredData(): boolean {
  const [hasData, setHasData] = useState(false);
  useEffect(() => {
    let isCancelled = false;
    void mayHaveStoredData().then((answer) => {
      if (!isCancelled) setHasData(answer);
    });
    return () => {
      isCancelled = true;
    };
  }, []);
  return hasData;
}
