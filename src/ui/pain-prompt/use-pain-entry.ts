import { useCallback, useEffect, useRef, useState } from 'react';
import { makePainChecks, type CheckContext } from '@/domain/pain/make-checks';
import type { Knee, KneeLocation, PainCheck } from '@/domain/pain/types';

const NO_LOCATIONS: readonly KneeLocation[] = [];

export interface KneeEntry {
  score: number;
  locations: KneeLocation[];
  note: string;
  checkId: string;
  status: 'saving' | 'saved' | 'error';
}

interface Options {
  knees: readonly Knee[];
  context: () => CheckContext;
  save: (checks: PainCheck[]) => Promise<void>;
  remove: (ids: string[]) => Promise<void>;
  /** The record id for a knee. A session step passes a fixed one (painCheckId), so answering again edits it. */
  newId: (knee: Knee) => string;
  /** Where this knee usually hurts (the knee profile): the chips start there once a score is above 0. */
  defaultLocations?: readonly KneeLocation[];
}

/**
 * The state of one pain check while it is being entered. Every change is written at once; the
 * entry only shows "Saved" after the write resolved (IndexedDB committed), and can be undone.
 */
export function usePainEntry({ knees, context, save, remove, newId, defaultLocations = NO_LOCATIONS }: Options) {
  const [entries, setEntries] = useState<Partial<Record<Knee, KneeEntry>>>({});
  const [noPainError, setNoPainError] = useState(false);
  // Writes read the newest entries without re-creating every callback on each change.
  const latest = useRef(entries);
  const defaults = useRef(defaultLocations);
  useEffect(() => {
    latest.current = entries;
    defaults.current = defaultLocations;
  }, [entries, defaultLocations]);

  const write = useCallback(
    async (knee: Knee, patch: Partial<Pick<KneeEntry, 'score' | 'locations' | 'note'>>) => {
      const prev = latest.current[knee];
      const next = { score: 0, locations: [] as KneeLocation[], note: '', ...prev, ...patch, checkId: prev?.checkId ?? newId(knee) };
      // The first score above 0 starts from the usual place; a choice the user made is never overwritten.
      if (next.score > 0 && !prev?.score && patch.locations === undefined && next.locations.length === 0) {
        next.locations = [...defaults.current];
      }
      setEntries((e) => ({ ...e, [knee]: { ...next, status: 'saving' } }));
      const [check] = makePainChecks(
        [{ knee, score: next.score, locations: next.locations, note: next.note }],
        context(),
        () => next.checkId,
      );
      try {
        await save(check ? [check] : []);
        setEntries((e) => ({ ...e, [knee]: { ...next, status: 'saved' } }));
      } catch {
        setEntries((e) => ({ ...e, [knee]: { ...next, status: 'error' } }));
      }
    },
    [context, newId, save],
  );

  /** "No knee pain": a zero for every affected knee, in one write. The checks once stored; null if the write failed. */
  const noPain = useCallback(async (): Promise<PainCheck[] | null> => {
    const checks = makePainChecks(
      knees.map((knee) => ({ knee, score: 0, locations: [], note: '' })),
      context(),
      newId,
    );
    try {
      await save(checks);
      setNoPainError(false);
      return checks;
    } catch {
      setNoPainError(true);
      return null;
    }
  }, [context, knees, newId, save]);

  const undo = useCallback(async () => {
    const ids = Object.values(latest.current).map((e) => e.checkId);
    await remove(ids);
    setEntries({});
  }, [remove]);

  const isComplete = knees.every((k) => entries[k]?.status === 'saved');
  return {
    entries,
    setScore: (knee: Knee, score: number) => write(knee, { score }),
    setDetails: write,
    noPain,
    noPainError,
    undo,
    isComplete,
  };
}

export type PainEntry = ReturnType<typeof usePainEntry>;
