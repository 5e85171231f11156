import { describe, expect, it } from 'vitest';
import type { SessionAction, SessionEvent } from './events';
import { numberLegacyEvents } from './legacy-events';
import type { Plan, PlanStep } from './plan-types';
import { stampEvent } from './stamp-event';
import { stateAt } from './state-at';

const hold = (durationMs: number): PlanStep => ({
  exerciseId: 'x',
  exerciseName: 'X',
  kind: 'stretch',
  type: 'work',
  mode: 'hold',
  side: 'both',
  set: 1,
  sets: 1,
  durationMs,
});
const P: Plan = { routineId: 'r', routineName: 'R', steps: [hold(10_000), hold(10_000), hold(10_000), hold(10_000)] };
const start: SessionEvent = { type: 'start', at: 1000, seq: 0, step: 0 };

type Row = [
  name: string,
  log: SessionEvent[],
  action: SessionAction,
  now: number,
  shown: number | undefined,
  expected: Partial<SessionEvent>,
];

describe('stampEvent', () => {
  it.each<Row>([
    ['the first event is seq 0 on step 0', [], { type: 'start' }, 1000, undefined, { at: 1000, seq: 0, step: 0 }],
    [
      'the next event gets the next seq and the current step',
      [start],
      { type: 'skip' },
      12_000,
      undefined,
      { at: 12_000, seq: 1, step: 1 },
    ],
    ['a clock that stepped back is clamped to the last event', [start], { type: 'pause' }, 400, undefined, { at: 1000, seq: 1, step: 0 }],
    ['the step on screen wins over a rollover at the same moment', [start], { type: 'skip' }, 11_001, 0, { at: 11_001, step: 0 }],
    ['+15 s keeps its length', [start], { type: 'extend', ms: 15_000 }, 2000, undefined, { type: 'extend', ms: 15_000, seq: 1 }],
  ])('%s', (_name, log, action, now, shown, expected) => {
    expect(stampEvent(P, log, action, now, shown)).toMatchObject(expected);
  });

  it('two quick taps each move one step; a tap after the clock stepped back still shows', () => {
    let log: SessionEvent[] = [start];
    for (const now of [3000, 4000, 2000]) log = [...log, stampEvent(P, log, { type: 'skip' }, now)];
    expect(log.map((e) => [e.seq, e.step, e.at])).toEqual([
      [0, 0, 1000],
      [1, 0, 3000],
      [2, 1, 4000],
      [3, 2, 4000],
    ]);
    // The player evaluates at least at the last event: every tap is visible at once.
    expect(stateAt(P, log, Math.max(2000, log.at(-1)?.at ?? 0)).stepIndex).toBe(3);
  });
});

describe('numberLegacyEvents', () => {
  it('numbers a legacy log so that replaying it gives the same session', () => {
    const legacy = [
      { type: 'start' as const, at: 0 },
      { type: 'skip' as const, at: 3000 },
      { type: 'extend' as const, at: 4000, ms: 15_000 },
      { type: 'pause' as const, at: 5000 },
      { type: 'resume' as const, at: 9000 },
      { type: 'skip' as const, at: 30_000 },
    ];
    const numbered = numberLegacyEvents(P, legacy);
    expect(numbered.map((e) => [e.seq, e.step])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1], // 23 s into step 1, which +15 s made 25 s long
    ]);
    expect(stateAt(P, numbered, 31_000)).toMatchObject({ stepIndex: 2, elapsedMs: 1000 });
  });

  it('numbers a log whose clock stepped back in log order', () => {
    const numbered = numberLegacyEvents(P, [
      { type: 'start', at: 0 },
      { type: 'skip', at: 5000 },
      { type: 'skip', at: 2000 },
    ]);
    expect(numbered.map((e) => e.step)).toEqual([0, 0, 1]);
    expect(stateAt(P, numbered, 5000).stepIndex).toBe(2);
  });
});
