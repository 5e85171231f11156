// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan, PlanStep } from '@/domain/session/plan-types';
import { stampEvent } from '@/domain/session/stamp-event';
import { stateAt } from '@/domain/session/state-at';
import { openDb, type KneewiseDb } from '@/storage/db';
import { sessionRepo, type SessionRepo } from '@/storage/session-repo';
import { DEFAULT_CUE_SETTINGS } from '@/storage/settings-repo';
import { usePlayerStore, type LiveSession } from './player-store';
import { SaveStatusBanner } from './save-status-banner';
import { useSessionEffects } from './use-session-effects';

// jsdom has no Web Audio: sounds are the platform's concern, not what is tested here.
vi.mock('@/platform/cues/sound', () => ({
  cancelScheduledSounds: () => undefined,
  isSoundRunning: () => false,
  scheduleSounds: () => undefined,
  subscribeSoundState: () => () => undefined,
}));

const hold: PlanStep = {
  exerciseId: 'x',
  exerciseName: 'X',
  kind: 'stretch',
  type: 'work',
  mode: 'hold',
  side: 'both',
  set: 1,
  sets: 1,
  durationMs: 60_000,
};
const plan: Plan = { routineId: 'r', routineName: 'R', steps: [hold, hold, hold, hold, hold] };
const T0 = 1_000_000;

/** The player's effects for the session in the store, with the save banner as the player shows it. */
function Harness({ repo }: { repo: SessionRepo }) {
  const session = usePlayerStore((s) => s.session);
  return session ? <Effects repo={repo} session={session} /> : null;
}
function Effects({ repo, session }: { repo: SessionRepo; session: LiveSession }) {
  // The player evaluates at the last event (taps show at once); the test moves the clock by tapping.
  const now = session.events.at(-1)?.at ?? T0;
  const status = useSessionEffects(session, stateAt(session.plan, session.events, now), now, repo, DEFAULT_CUE_SETTINGS);
  return <SaveStatusBanner status={status} />;
}

/** A promise the test resolves when it chooses: storage that answers late. */
function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

let db: KneewiseDb;
let real: SessionRepo;
let n = 0;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  db = openDb(`effects-${++n}`);
  real = sessionRepo(db);
  await real.create({ id: 's', plan, now: T0 });
  const start = stampEvent(plan, [], { type: 'start' }, T0);
  await real.append('s', [start]);
  usePlayerStore.getState().open({ id: 's', plan, events: [start] });
});
afterEach(async () => {
  cleanup();
  usePlayerStore.getState().close();
  vi.useRealTimers();
  await db.delete();
});

const tap = (type: 'skip' | 'back' | 'pause' | 'resume' | 'end', afterMs = 500) => {
  vi.setSystemTime(Date.now() + afterMs);
  act(() => usePlayerStore.getState().dispatch({ type }));
};
const storedTypes = async () => (await real.get('s'))?.events.map((e) => `${e.seq}:${e.type}`);

describe('the player’s persistence', () => {
  it('two skips with a delayed repository are stored once each (was [skip, skip, skip, skip])', async () => {
    const slow = gate();
    const repo: SessionRepo = { ...real, append: async (...args) => (await slow.promise, real.append(...args)) };
    render(<Harness repo={repo} />);
    tap('skip');
    tap('skip');
    await act(() => {
      slow.open();
      return slow.promise;
    });
    await waitFor(async () => expect(await storedTypes()).toEqual(['0:start', '1:skip', '2:skip']));
    expect(stateAt(plan, (await real.get('s'))?.events ?? [], Date.now()).stepIndex).toBe(2);
  });

  it('a tap during every slow write, over and over: each event stored exactly once, in order', async () => {
    const gates: ReturnType<typeof gate>[] = [];
    const repo: SessionRepo = {
      ...real,
      append: async (...args) => {
        const g = gate();
        gates.push(g);
        await g.promise;
        return real.append(...args);
      },
    };
    render(<Harness repo={repo} />);
    for (const type of ['skip', 'pause', 'resume', 'back', 'skip'] as const) {
      tap(type);
      await act(() => {
        gates.at(-1)?.open();
        return Promise.resolve();
      });
    }
    // Storage answers every write from now on (each write after the last is made only when one finishes).
    await waitFor(async () => {
      gates.forEach((g) => g.open());
      expect(await storedTypes()).toEqual(['0:start', '1:skip', '2:pause', '3:resume', '4:back', '5:skip']);
    });
  });

  it('a failed write says so, is retried, and the message goes once it is saved', async () => {
    let failures = 2;
    const repo: SessionRepo = {
      ...real,
      append: async (...args) => {
        if (failures-- > 0) throw new Error('QuotaExceededError');
        return real.append(...args);
      },
    };
    render(<Harness repo={repo} />);
    tap('skip');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Couldn’t save — retrying; your session keeps running.');
    tap('skip'); // the session keeps running while storage fails
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 5000 });
    expect(await storedTypes()).toEqual(['0:start', '1:skip', '2:skip']);
  });

  it('finishing is stored after the events, and retried the same way', async () => {
    let failures = 1;
    const repo: SessionRepo = {
      ...real,
      finish: async (...args) => {
        if (failures-- > 0) throw new Error('transaction aborted');
        return real.finish(...args);
      },
    };
    render(<Harness repo={repo} />);
    tap('end', 2000);
    expect(await screen.findByRole('alert')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 5000 });
    expect(await real.get('s')).toMatchObject({ status: 'finished', endedAt: T0 + 2000 });
    expect(await storedTypes()).toEqual(['0:start', '1:end']);
  });

  it('the heartbeat goes to its own table, never rewriting the session record', async () => {
    const writes: string[] = [];
    db.sessions.hook('updating', () => void writes.push('session'));
    render(<Harness repo={real} />);
    await waitFor(async () => expect(await db.heartbeats.get('s')).toEqual({ sessionId: 's', at: T0 }));
    expect(writes).toEqual([]);
  });
});
