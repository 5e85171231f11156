import { useCallback, useEffect, useState } from 'react';
import { estimateStorage, isPersisted, isPersistenceSupported, requestPersistence, type StorageUse } from '@/platform/persistent-storage';

/** `refused`: asked on this visit and the browser said no. */
export type Persistence = 'checking' | 'granted' | 'not-granted' | 'asking' | 'refused' | 'unsupported';

export function useStorageStatus() {
  const [persistence, setPersistence] = useState<Persistence>('checking');
  const [usage, setUsage] = useState<StorageUse | null>(null);

  useEffect(() => {
    let isCancelled = false;
    void Promise.all([isPersisted(), estimateStorage()]).then(([isKept, estimate]) => {
      if (isCancelled) return;
      setPersistence(!isPersistenceSupported() ? 'unsupported' : isKept ? 'granted' : 'not-granted');
      setUsage(estimate);
    });
    return () => {
      isCancelled = true;
    };
  }, []);

  const ask = useCallback(async () => {
    setPersistence('asking');
    const isGranted = await requestPersistence();
    setPersistence(isGranted ? 'granted' : 'refused');
    setUsage(await estimateStorage());
  }, []);

  return { persistence, usage, ask };
}
