import { describe, expect, it } from 'vitest';
import { announce, cueOutputs, cuesBetween } from './cues';
import type { Plan, PlanStep } from './plan-types';
import type { SessionState } from './state-at';

const base = { exerciseId: 'x', exerciseName: 'Tennis ball on the glutes', kind: 'release' as const };
const work = (side: 'left' | 'right'): PlanStep => ({ ...base, type: 'work', mode: 'timed', side, set: 1, sets: 1, durationMs: 10_000 });
const plan: Plan = {
  routineId: 'r',
  routineName: 'R',
  steps: [work('left'), { ...base, type: 'switch', to: 'right', durationMs: 5000 }, work('right')],
};
const st = (stepIndex: number, remainingMs: number | null, status: SessionState['status'] = 'running'): SessionState => ({
  status,
  stepIndex,
  remainingMs,
  elapsedMs: 0,
  extendedMs: 0,
  outcomes: [],
  finishedAt: null,
  isEndedEarly: false,
});

describe('cuesBetween', () => {
  it.each([
    ['start announces the first step', st(0, 10_000, 'notStarted'), st(0, 10_000), ['nextStep']],
    ['3-2-1 ticks as whole seconds cross', st(0, 3_100), st(0, 2_900), ['tick']],
    ['no tick above 3 s', st(0, 4_100), st(0, 3_900), []],
    ['no tick within the same second', st(0, 2_900), st(0, 2_100), []],
    ['a switch step gets the switch-sides cue', st(0, 100), st(1, 5000), ['switchSides']],
    ['after the switch, the next side is announced', st(1, 100), st(2, 10_000), ['nextStep']],
    ['nothing while paused', st(0, 3_100, 'paused'), st(0, 3_100, 'paused'), []],
    ['finish once', st(2, 100), st(3, null, 'finished'), ['finish']],
    ['not twice', st(3, null, 'finished'), st(3, null, 'finished'), []],
  ] as const)('%s', (_n, prev, next, expected) => {
    expect(cuesBetween(plan, prev, next).map((c) => c.type)).toEqual(expected);
  });

  it('says the exercise and the side', () => {
    expect(announce(work('left'))).toBe('Tennis ball on the glutes, left side');
    expect(announce({ ...base, type: 'switch', to: 'right', durationMs: 5000 })).toBe('Switch sides: right');
  });
});

describe('cueOutputs', () => {
  const tick = { type: 'tick', secondsLeft: 3 } as const;
  const next = { type: 'nextStep', step: work('right'), text: 'Tennis ball on the glutes, right side' } as const;
  const all = { isSoundOn: true, isVibrationOn: true, isVoiceOn: true };
  it('plays nothing when everything is switched off', () => {
    expect(cueOutputs(next, { isSoundOn: false, isVibrationOn: false, isVoiceOn: false })).toEqual([]);
  });
  it('speaks step changes but never the 3-2-1 ticks', () => {
    expect(cueOutputs(next, all).map((o) => o.kind)).toEqual(['sound', 'vibrate', 'speak']);
    expect(cueOutputs(tick, all).map((o) => o.kind)).toEqual(['sound', 'vibrate']);
  });
  it.each([
    ['isSoundOn', 'sound'],
    ['isVibrationOn', 'vibrate'],
    ['isVoiceOn', 'speak'],
  ] as const)('with %s off there is no %s', (key, kind) => {
    expect(cueOutputs(next, { ...all, [key]: false }).map((o) => o.kind)).not.toContain(kind);
  });
});
