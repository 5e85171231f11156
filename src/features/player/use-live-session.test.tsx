// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findRoutine } from '@/content/routine-catalog';
import { getDb } from '@/storage/db';
import { prefsRepo } from '@/storage/prefs-repo';
import { sessionRepo } from '@/storage/session-repo';
import { renderAt, resetScreenAndDb } from '../../../tests/setup/render-at';
import { PlayerPage } from './player-page';
import { usePlayerStore } from './player-store';
import { useLiveSession } from './use-live-session';

const T0 = new Date(2025, 5, 4, 18, 0).getTime();
const DAILY = 'daily-hip-release';
const repo = () => sessionRepo(getDb());

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(async () => {
  usePlayerStore.getState().close();
  vi.useRealTimers();
  await resetScreenAndDb();
});

const leaveEverythingOut = async () => {
  const prefs = prefsRepo(getDb());
  for (const { exercise } of findRoutine(DAILY)?.steps ?? [])
    await prefs.set({ exerciseId: exercise, action: 'skip', swapTo: null, decidedAt: T0, painCheckId: null });
};

describe('useLiveSession', () => {
  it('stores a new session with its start (seq 0, step 0) before the first step shows', async () => {
    const { result } = renderHook(() => useLiveSession(DAILY));
    await waitFor(() => expect(result.current[0]).toEqual({ kind: 'ready' }));
    const live = usePlayerStore.getState().session;
    expect(live?.events).toEqual([{ type: 'start', at: T0, seq: 0, step: 0 }]);
    expect((await repo().get(live?.id ?? ''))?.events).toEqual(live?.events);
  });

  it('reopens a running session from the later of the record and the heartbeat, numbering on', async () => {
    const plan = { routineId: DAILY, routineName: 'Daily', steps: twoHolds() };
    await repo().create({ id: 's', plan, now: T0 - 30_000 });
    await repo().append('s', [{ type: 'start', at: T0 - 30_000, seq: 0, step: 0 }]);
    await repo().markSeen('s', T0 - 10_000);
    const { result } = renderHook(() => useLiveSession(null));
    await waitFor(() => expect(result.current[0]).toEqual({ kind: 'ready' }));
    const expected = [
      { type: 'start', at: T0 - 30_000, seq: 0, step: 0 },
      { type: 'pause', at: T0 - 10_000, seq: 1, step: 0 },
      { type: 'resume', at: T0, seq: 2, step: 0 },
    ];
    expect(usePlayerStore.getState().session?.events).toEqual(expected);
    expect((await repo().get('s'))?.events).toEqual(expected);
  });

  it('ending a session to start another stamps the end as the next fact', async () => {
    await repo().create({ id: 'old', plan: { routineId: 'other', routineName: 'Other', steps: twoHolds() }, now: T0 - 5000 });
    await repo().append('old', [{ type: 'start', at: T0 - 5000, seq: 0, step: 0 }]);
    const { result } = renderHook(() => useLiveSession(DAILY));
    await waitFor(() => expect(result.current[0]).toMatchObject({ kind: 'conflict' }));
    result.current[1]('replace');
    await waitFor(() => expect(result.current[0]).toEqual({ kind: 'ready' }));
    expect(await repo().get('old')).toMatchObject({ status: 'finished', events: [{ seq: 0 }, { type: 'end', at: T0, seq: 1 }] });
  });

  it('creates no session when every exercise was left out, and says so', async () => {
    await leaveEverythingOut();
    const { result } = renderHook(() => useLiveSession(DAILY));
    await waitFor(() => expect(result.current[0]).toMatchObject({ kind: 'empty', routineId: DAILY }));
    expect(await getDb().sessions.count()).toBe(0);
    expect(usePlayerStore.getState().session).toBeNull();
  });
});

describe('PlayerPage', () => {
  it('a routine with nothing left to do shows why and links to the routine page to undo it', async () => {
    await leaveEverythingOut();
    renderAt(`/session?routine=${DAILY}`, '/session', <PlayerPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nothing left to do in this routine' })).toBeTruthy();
    expect(screen.getByText(/You left every exercise of/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Open/ }).getAttribute('href')).toBe(`/routines/${DAILY}`);
  });
});

/** Two timed steps are enough for a session to be running. */
function twoHolds() {
  const step = {
    exerciseId: 'x',
    exerciseName: 'X',
    kind: 'stretch' as const,
    type: 'work' as const,
    mode: 'hold' as const,
    side: 'both' as const,
    set: 1,
    sets: 1,
    durationMs: 120_000,
  };
  return [step, step];
}
