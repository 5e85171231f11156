import { useEffect, useRef, useState } from 'react';
import { planFacts } from '@/content/routine-catalog';
import { buildPlan } from '@/domain/session/build-plan';
import type { Plan } from '@/domain/session/plan-types';
import { eventsOnReopen } from '@/domain/session/restore';
import { stampEvent } from '@/domain/session/stamp-event';
import { newId, now } from '@/platform/clock';
import { toAdjustments } from '@/storage/prefs-repo';
import type { SessionRecord } from '@/storage/records';
import { resolveRoutine } from '@/storage/routine-resolver';
import { usePlayerStore, type LiveSession } from './player-store';
import { prefs, sessions as repo, settings } from './player-repos';
import { programmeLevelsFor, withProgrammeFocus } from './programme-levels';

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'none' }
  /** Every exercise of the routine was left out: nothing to play (the routine page can undo that). */
  | { kind: 'empty'; routineId: string; routineName: string }
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
    if (!hasExercise(active.plan)) {
      await endSession(active.plan, active.id, active.events);
      return { load: { kind: 'empty', routineId: active.routineId, routineName: active.routineName } };
    }
    const extra = eventsOnReopen(active.plan, active.events, active.lastSeenAt, now());
    if (extra.length > 0) await repo.append(active.id, extra);
    return { load: { kind: 'ready' }, session: { id: active.id, plan: active.plan, events: [...active.events, ...extra] } };
  }
  if (active && routineId !== null && choice !== 'replace') return { load: { kind: 'conflict', active, requestedRoutineId: routineId } };
  if (active) await endSession(active.plan, active.id, active.events);
  if (routineId === null) return { load: { kind: 'none' } };
  const routine = (await resolveRoutine(routineId))?.routine;
  if (!routine) return { load: { kind: 'error', message: `There is no routine called “${routineId}”.` } };
  // The user's knee-safety choices apply whenever a plan is built.
  // …and so does the running programme's level for each of its ladders, and the user's step lengths.
  const levels = await programmeLevelsFor(routine.id);
  const lengths = await settings.stepLengths();
  // …and the extra work the programme adds for the newest self-checks.
  const plan = await withProgrammeFocus(
    buildPlan(routine, planFacts, {
      adjustments: toAdjustments(await prefs.all()),
      levels,
      leadInMs: lengths.getReadySeconds * 1000,
      switchSidesMs: lengths.switchSidesSeconds * 1000,
    }),
  );
  // Every exercise left out: a session would be a blank player, so none is created.
  if (!hasExercise(plan)) return { load: { kind: 'empty', routineId: routine.id, routineName: routine.name } };
  const id = newId();
  const startedAt = now();
  await repo.create({ id, plan, now: startedAt });
  const start = stampEvent(plan, [], { type: 'start' }, startedAt);
  await repo.append(id, [start]);
  return { load: { kind: 'ready' }, session: { id, plan, events: [start] } };
}

/** A plan of pain checks alone (or nothing) has nothing to do. */
const hasExercise = (plan: Plan) => plan.steps.some((s) => s.type !== 'painCheck');

async function endSession(plan: Plan, id: string, events: SessionRecord['events']): Promise<void> {
  const end = stampEvent(plan, events, { type: 'end' }, now());
  await repo.append(id, [end]);
  await repo.finish(id, end.at, null);
}
