// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '@/domain/session/plan-types';
import { stateAt } from '@/domain/session/state-at';
import { openDb } from '@/storage/db';
import { sessionRepo, type SessionRepo } from '@/storage/session-repo';
import { DEFAULT_CUE_SETTINGS } from '@/storage/settings-repo';
import { usePlayerStore } from './player-store';
import { useSessionEffects } from './use-session-effects';

vi.mock('@/platform/cues/sound', () => ({
  cancelScheduledSounds: () => undefined,
  isSoundRunning: () => false,
  scheduleSounds: () => undefined,
  subscribeSoundState: () => () => undefined,
}));

const step = { exerciseId: 'x', exerciseName: 'X', kind: 'stretch' as const, type: 'work' as const, mode: 'hold' as const, side: 'both' as const, set: 1, sets: 1, durationMs: 60_000 };
const plan: Plan = { routineId: 'r', routineName: 'R', steps: [step, step, step, step, step] };

function Harness({ repo }: { repo: SessionRepo }) {
  const session = usePlayerStore((s) => s.session);
  if (!session) return null;
  return <Effects repo={repo} />;
}
function Effects({ repo }: { repo: SessionRepo }) {
  const session = usePlayerStore((s) => s.session)!;
  const now = Date.now();
  useSessionEffects(session, stateAt(session.plan, session.events, now), now, repo, DEFAULT_CUE_SETTINGS);
  return null;
}

afterEach(() => {
  cleanup();
  usePlayerStore.getState().close();
});

describe('old persistence', () => {
  it('two skips with a delayed repo are stored once each', async () => {
    const db = openDb('old-slow');
    const real = sessionRepo(db);
    await real.create({ id: 's', plan, now: 1000 });
    await real.append('s', [{ type: 'start', at: 1000 }], 1000);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: SessionRepo = { ...real, append: async (...a) => { await gate; return real.append(...a); } };
    usePlayerStore.getState().open({ id: 's', plan, events: [{ type: 'start', at: 1000 }], persistedCount: 1 } as never);
    render(<Harness repo={slow} />);
    act(() => usePlayerStore.getState().dispatch({ type: 'skip', at: Date.now() } as never));
    act(() => usePlayerStore.getState().dispatch({ type: 'skip', at: Date.now() } as never));
    await act(async () => { release(); await new Promise((r) => setTimeout(r, 50)); });
    const stored = await real.get('s');
    expect(stored?.events.map((e) => e.type)).toEqual(['start', 'skip', 'skip']);
    await db.delete();
  });
});
