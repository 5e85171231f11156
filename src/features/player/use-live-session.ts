import { useEffect, useRef, useState } from 'react';
import { planFacts, findRoutine } from '@/content/routine-catalog';
import { buildPlan } from '@/domain/session/build-plan';
import { eventsOnReopen } from '@/domain/session/restore';
import { newId, now } from '@/platform/clock';
import { toAdjustments } from '@/storage/prefs-repo';
import type { SessionRecord } from '@/storage/records';
import { usePlayerStore, type LiveSession } from './player-store';
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
  // One start per request, even when React runs the effect twice (StrictMode): never two sessions.
  const pending = useRef<{ key: string; promise: Promise<Opened> } | null>(null);

  useEffect(() => {
    const key = `${routineId ?? ''}|${choice ?? ''}`;
    if (pending.current?.key !== key) pending.current = { key, promise: openSession(routineId, choice) };
    let isCancelled = false;
    pending.current.promise.then(
      (opened) => {
        if (isCancelled) return;
        if (opened.session) open(opened.session);
        setLoad(opened.load);
      },
      (e: unknown) => {
        if (!isCancelled) setLoad({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      isCancelled = true;
    };
  }, [routineId, choice, open]);

  return [load, setChoice];
}

interface Opened {
  load: LoadState;
  session?: LiveSession;
}

async function openSession(routineId: string | null, choice: 'resume' | 'replace' | null): Promise<Opened> {
  const active = await repo.findActive();
  if (active && (routineId === null || active.routineId === routineId || choice === 'resume')) {
    const extra = eventsOnReopen(active.plan, active.events, active.lastSeenAt, now());
    if (extra.length > 0) await repo.append(active.id, extra, now());
    const events = [...active.events, ...extra];
    return { load: { kind: 'ready' }, session: { id: active.id, plan: active.plan, events, persistedCount: events.length } };
  }
  if (active && routineId !== null && choice !== 'replace') return { load: { kind: 'conflict', active, requestedRoutineId: routineId } };
  if (active) {
    await repo.append(active.id, [{ type: 'end', at: now() }], now());
    await repo.finish(active.id, now(), null);
  }
  if (routineId === null) return { load: { kind: 'none' } };
  const routine = findRoutine(routineId);
  if (!routine) return { load: { kind: 'error', message: `There is no routine called “${routineId}”.` } };
  // The user's knee-safety choices apply whenever a plan is built.
  const plan = buildPlan(routine, planFacts, { adjustments: toAdjustments(await prefs.all()) });
  const id = newId();
  const startedAt = now();
  await repo.create({ id, plan, now: startedAt });
  const start = { type: 'start' as const, at: startedAt };
  await repo.append(id, [start], startedAt);
  return { load: { kind: 'ready' }, session: { id, plan, events: [start], persistedCount: 1 } };
}
