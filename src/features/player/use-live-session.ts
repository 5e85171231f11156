import { useEffect, useState } from 'react';
import { planFacts, findRoutine } from '@/content/routine-catalog';
import { buildPlan } from '@/domain/session/build-plan';
import { eventsOnReopen } from '@/domain/session/restore';
import { newId, now } from '@/platform/use-now';
import { toAdjustments } from '@/storage/prefs-repo';
import type { SessionRecord } from '@/storage/records';
import { usePlayerStore } from './player-store';
import { prefs, sessions as repo } from './player-repos';

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'none' }
  | { kind: 'conflict'; active: SessionRecord; requestedRoutineId: string }
  | { kind: 'error'; message: string };

/**
 * Open the session to play: the one left running (restored where it was), or a new one for
 * `routineId`. A new session is stored, with its start, before the first step shows.
 */
export function useLiveSession(routineId: string | null): [LoadState, (choice: 'resume' | 'replace') => void] {
  const open = usePlayerStore((s) => s.open);
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [choice, setChoice] = useState<'resume' | 'replace' | null>(null);

  useEffect(() => {
    let isCancelled = false;
    const run = async (): Promise<LoadState> => {
      const active = await repo.findActive();
      if (active && (routineId === null || active.routineId === routineId || choice === 'resume')) {
        const extra = eventsOnReopen(active.plan, active.events, active.lastSeenAt, now());
        if (extra.length > 0) await repo.append(active.id, extra, now());
        const events = [...active.events, ...extra];
        if (!isCancelled) open({ id: active.id, plan: active.plan, events, persistedCount: events.length });
        return { kind: 'ready' };
      }
      if (active && routineId !== null && choice !== 'replace') return { kind: 'conflict', active, requestedRoutineId: routineId };
      if (active) await repo.append(active.id, [{ type: 'end', at: now() }], now()).then(() => repo.finish(active.id, now(), null));
      if (routineId === null) return { kind: 'none' };
      const routine = findRoutine(routineId);
      if (!routine) return { kind: 'error', message: `There is no routine called “${routineId}”.` };
      // The user's knee-safety choices apply whenever a plan is built.
      const plan = buildPlan(routine, planFacts, { adjustments: toAdjustments(await prefs.all()) });
      const id = newId();
      const startedAt = now();
      await repo.create({ id, plan, now: startedAt });
      const start = { type: 'start' as const, at: startedAt };
      await repo.append(id, [start], startedAt);
      if (!isCancelled) open({ id, plan, events: [start], persistedCount: 1 });
      return { kind: 'ready' };
    };
    run()
      .then((result) => !isCancelled && setLoad(result))
      .catch((e: unknown) => !isCancelled && setLoad({ kind: 'error', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      isCancelled = true;
    };
  }, [routineId, choice, open]);

  return [load, setChoice];
}
