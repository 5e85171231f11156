import { describe, expect, it } from 'vitest';
import type { Plan } from './plan-types';
import { AWAY_PAUSE_MS, eventsOnReopen } from './restore';
import { stateAt } from './state-at';

const plan: Plan = {
  routineId: 'r',
  routineName: 'R',
  steps: [
    { exerciseId: 'x', exerciseName: 'X', kind: 'stretch', type: 'work', mode: 'hold', side: 'both', set: 1, sets: 1, durationMs: 60_000 },
  ],
};
const T = 1_000_000;

describe('eventsOnReopen', () => {
  it('a quick reload continues with the same time left', () => {
    const events = [{ type: 'start' as const, at: T, seq: 0, step: 0 }];
    const extra = eventsOnReopen(plan, events, T + 20_000, T + 23_000);
    const state = stateAt(plan, [...events, ...extra], T + 23_000);
    expect(state).toMatchObject({ status: 'running', remainingMs: 40_000 });
  });
  it('a long absence comes back paused where it was', () => {
    const events = [{ type: 'start' as const, at: T, seq: 0, step: 0 }];
    const extra = eventsOnReopen(plan, events, T + 20_000, T + 20_000 + AWAY_PAUSE_MS + 1);
    const state = stateAt(plan, [...events, ...extra], T + 10 * 60_000);
    expect(state).toMatchObject({ status: 'paused', remainingMs: 40_000 });
  });
  it('stamps the pause and resume as the next facts of the log', () => {
    const events = [{ type: 'start' as const, at: T, seq: 0, step: 0 }];
    expect(eventsOnReopen(plan, events, T + 20_000, T + 23_000)).toEqual([
      { type: 'pause', at: T + 20_000, seq: 1, step: 0 },
      { type: 'resume', at: T + 23_000, seq: 2, step: 0 },
    ]);
  });
  it('never pauses before the last event, even if the heartbeat is older', () => {
    const events = [
      { type: 'start' as const, at: T, seq: 0, step: 0 },
      { type: 'extend' as const, at: T + 30_000, ms: 15_000, seq: 1, step: 0 },
    ];
    expect(eventsOnReopen(plan, events, T + 20_000, T + 31_000)[0]).toMatchObject({ type: 'pause', at: T + 30_000, seq: 2 });
  });
  it('leaves a paused session alone', () => {
    const events = [
      { type: 'start' as const, at: T, seq: 0, step: 0 },
      { type: 'pause' as const, at: T + 5000, seq: 1, step: 0 },
    ];
    expect(eventsOnReopen(plan, events, T + 20_000, T + 90_000)).toEqual([]);
  });
});
