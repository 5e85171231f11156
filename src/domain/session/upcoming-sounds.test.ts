import { describe, expect, it } from 'vitest';
import type { Plan, PlanStep } from './plan-types';
import type { SessionState } from './state-at';
import { upcomingSounds } from './upcoming-sounds';

const base = { exerciseId: 'x', exerciseName: 'X', kind: 'release' as const };
const work = (durationMs: number): PlanStep => ({ ...base, type: 'work', mode: 'timed', side: 'left', set: 1, sets: 1, durationMs });
const sw: PlanStep = { ...base, type: 'switch', to: 'right', durationMs: 5_000 };
const reps: PlanStep = { ...base, type: 'reps', side: 'left', set: 1, sets: 1, reps: 8, tempo: 'slow', estimateMs: 30_000 };
const plan = (...steps: PlanStep[]): Plan => ({ routineId: 'r', routineName: 'R', steps });
const running = (stepIndex: number, remainingMs: number, elapsedMs = 0): SessionState => ({
  status: 'running',
  stepIndex,
  remainingMs,
  elapsedMs,
  extendedMs: 0,
  outcomes: [],
  finishedAt: null,
  isEndedEarly: false,
});
const T = 1_000_000;
const shape = (sounds: { name: string; at: number }[]) => sounds.map((s) => `${s.name}@${(s.at - T) / 1000}`);

describe('upcomingSounds', () => {
  it('ticks 3-2-1 before the end, then the switch chime, then the next side', () => {
    const p = plan(work(10_000), sw, work(10_000));
    expect(shape(upcomingSounds(p, running(0, 10_000), T, 60_000))).toEqual([
      'tick@7',
      'tick@8',
      'tick@9',
      'switchSides@10',
      'tick@12',
      'tick@13',
      'tick@14',
      'nextStep@15',
      'tick@22',
      'tick@23',
      'tick@24',
      'finish@25',
    ]);
  });
  it('stops before a step that waits for the user', () => {
    const p = plan(work(10_000), reps, work(10_000));
    expect(shape(upcomingSounds(p, running(0, 4_000, 6_000), T, 60_000))).toEqual(['tick@1', 'tick@2', 'tick@3', 'nextStep@4']);
  });
  it('leaves out what has already passed and what is beyond the horizon', () => {
    const p = plan(work(10_000), work(60_000));
    expect(shape(upcomingSounds(p, running(0, 2_500, 7_500), T, 20_000))).toEqual(['tick@0.5', 'tick@1.5', 'nextStep@2.5']);
  });
  it('a short step only ticks for the seconds it has', () => {
    const p = plan(work(10_000), { ...sw, durationMs: 2_000 }, work(5_000));
    expect(shape(upcomingSounds(p, running(1, 2_000), T, 60_000))).toEqual([
      'tick@1',
      'nextStep@2',
      'tick@4',
      'tick@5',
      'tick@6',
      'finish@7',
    ]);
  });
  it('schedules nothing while paused or on a step that waits', () => {
    const p = plan(work(10_000));
    expect(upcomingSounds(p, { ...running(0, 5_000), status: 'paused' }, T, 60_000)).toEqual([]);
    expect(upcomingSounds(plan(reps), { ...running(0, 0), remainingMs: null }, T, 60_000)).toEqual([]);
  });
});
