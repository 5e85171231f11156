import { describe, expect, it } from 'vitest';
import type { SessionEvent } from './events';
import { numberLegacyEvents, type LegacyEvent } from './legacy-events';
import type { Plan, PlanStep } from './plan-types';
import { stateAt } from './state-at';

const base = { exerciseId: 'x', exerciseName: 'X', kind: 'stretch' as const };
const timed = (durationMs: number): PlanStep => ({ ...base, type: 'work', mode: 'hold', side: 'both', set: 1, sets: 1, durationMs });
const reps: PlanStep = { ...base, type: 'reps', side: 'left', set: 1, sets: 1, reps: 10, tempo: 'slow', estimateMs: 40_000 };
const painCheck: PlanStep = { ...base, type: 'painCheck', phase: 'after-exercise', estimateMs: 20_000 };
const plan = (...steps: PlanStep[]): Plan => ({ routineId: 'r', routineName: 'R', steps });

// prepare 10 s · hold 30 s · reps (waits) · pain check (waits) · hold 20 s
const P = plan({ ...base, type: 'prepare', durationMs: 10_000 }, timed(30_000), reps, painCheck, timed(20_000));
const T0 = 1_000_000;
const at = (s: number) => T0 + s * 1000;
type Raw = LegacyEvent & { step?: number };
/** A raw event; `step` says which step it was meant for (else the one current at its time). */
const ev = (type: Exclude<SessionEvent['type'], 'extend'>, s: number, step?: number): Raw => ({ type, at: at(s), step });
/** Number a log as dispatch would have, keeping any step given on purpose (a stale tap). */
const log = (...raw: Raw[]): SessionEvent[] => {
  const events: SessionEvent[] = [];
  raw.forEach((r) => {
    const numbered = numberLegacyEvents(P, [...events, r]).at(-1);
    if (numbered) events.push({ ...numbered, step: r.step ?? numbered.step });
  });
  return events;
};

type Row = [name: string, events: Raw[], nowS: number, expected: { step: number; remaining: number | null; status: string }];

describe('stateAt', () => {
  it.each<Row>([
    ['not started', [], 5, { step: 0, remaining: 10_000, status: 'notStarted' }],
    ['counts down from start', [ev('start', 0)], 4, { step: 0, remaining: 6_000, status: 'running' }],
    ['rolls into the next step at its exact boundary', [ev('start', 0)], 10, { step: 1, remaining: 30_000, status: 'running' }],
    ['keeps counting across several steps when asked late', [ev('start', 0)], 25, { step: 1, remaining: 15_000, status: 'running' }],
    ['waits on a rep set, however long', [ev('start', 0)], 400, { step: 2, remaining: null, status: 'running' }],
    ['banks time while paused', [ev('start', 0), ev('pause', 4), ev('resume', 100)], 101, { step: 0, remaining: 5_000, status: 'running' }],
    ['stays put while paused', [ev('start', 0), ev('pause', 4)], 500, { step: 0, remaining: 6_000, status: 'paused' }],
    [
      'pause across a step boundary: paused after the boundary holds the new step',
      [ev('start', 0), ev('pause', 12), ev('resume', 60)],
      70,
      { step: 1, remaining: 18_000, status: 'running' },
    ],
    [
      'skip jumps to the next step with its full time',
      [ev('start', 0), ev('skip', 3)],
      5,
      { step: 1, remaining: 28_000, status: 'running' },
    ],
    [
      'skip while paused moves on and stays paused',
      [ev('start', 0), ev('pause', 3), ev('skip', 8)],
      50,
      { step: 1, remaining: 30_000, status: 'paused' },
    ],
    ['back on the first step restarts it', [ev('start', 0), ev('back', 6)], 7, { step: 0, remaining: 9_000, status: 'running' }],
    [
      'back returns to the previous step from its start',
      [ev('start', 0), ev('back', 15)],
      16,
      { step: 0, remaining: 9_000, status: 'running' },
    ],
    [
      'extend adds to the current step only',
      [ev('start', 0), { type: 'extend', at: at(5), ms: 15_000 }],
      20,
      { step: 0, remaining: 5_000, status: 'running' },
    ],
    ['complete finishes a rep set', [ev('start', 0), ev('complete', 60)], 61, { step: 3, remaining: null, status: 'running' }],
    ['complete does nothing on a timed step', [ev('start', 0), ev('complete', 2)], 3, { step: 0, remaining: 7_000, status: 'running' }],
    [
      'the last step ends the session at its boundary',
      [ev('start', 0), ev('complete', 60), ev('complete', 70)],
      95,
      { step: 5, remaining: null, status: 'finished' },
    ],
    ['end stops the session early', [ev('start', 0), ev('end', 5)], 6, { step: 5, remaining: null, status: 'finished' }],
    ['ignores events from the future', [ev('start', 0), ev('pause', 50)], 5, { step: 0, remaining: 5_000, status: 'running' }],
    // Events meant for one step (skip, back, +15 s, Done) apply to that step only.
    [
      'a skip meant for a step already over does nothing',
      [ev('start', 0), ev('skip', 12, 0)],
      15,
      { step: 1, remaining: 25_000, status: 'running' },
    ],
    [
      'a back meant for a step already over does nothing',
      [ev('start', 0), ev('back', 12, 0)],
      15,
      { step: 1, remaining: 25_000, status: 'running' },
    ],
    [
      'a stale +15 s does not lengthen the next step',
      [ev('start', 0), { type: 'extend', at: at(12), ms: 15_000, step: 0 }],
      15,
      { step: 1, remaining: 25_000, status: 'running' },
    ],
    [
      'a stale Done does not finish the next rep set',
      [ev('start', 0), ev('complete', 60, 1)],
      61,
      { step: 2, remaining: null, status: 'running' },
    ],
    [
      'the same skip written twice moves one step',
      [ev('start', 0), ev('skip', 3, 0), ev('skip', 3, 0)],
      5,
      { step: 1, remaining: 28_000, status: 'running' },
    ],
    [
      'two skips, one per step, move two steps',
      [ev('start', 0), ev('skip', 3, 0), ev('skip', 4, 1)],
      5,
      { step: 2, remaining: null, status: 'running' },
    ],
    [
      'a pause tapped as the step rolled over still pauses',
      [ev('start', 0), ev('pause', 12, 0)],
      50,
      { step: 1, remaining: 28_000, status: 'paused' },
    ],
    ['end applies whatever the step', [ev('start', 0), ev('end', 12, 0)], 13, { step: 5, remaining: null, status: 'finished' }],
    [
      'a clock that stepped back: the later tap still applies, at the earlier tap’s time',
      [ev('start', 0), ev('skip', 12, 1), ev('skip', 5, 2)],
      12,
      { step: 3, remaining: null, status: 'running' },
    ],
    [
      'a clock that stepped back hides nothing once now reaches the log',
      [ev('start', 0), ev('pause', 20), ev('resume', 8), ev('skip', 9, 1)],
      21,
      { step: 2, remaining: null, status: 'running' },
    ],
  ])('%s', (_name, raw, nowS, expected) => {
    const state = stateAt(P, log(...raw), at(nowS));
    expect({ step: state.stepIndex, remaining: state.remainingMs, status: state.status }).toEqual(expected);
  });

  it('a plan of one step finishes when it runs out, and reports when', () => {
    const state = stateAt(plan(timed(5_000)), [{ type: 'start', at: at(0), seq: 0, step: 0 }], at(60));
    expect(state).toMatchObject({ status: 'finished', stepIndex: 1, finishedAt: at(5), outcomes: ['done'], isEndedEarly: false });
  });

  it('records which steps were done and which skipped', () => {
    const state = stateAt(P, log(ev('start', 0), ev('skip', 12), ev('complete', 20), ev('skip', 21)), at(50));
    expect(state.outcomes).toEqual(['done', 'skipped', 'done', 'skipped', 'done']);
    expect(state.status).toBe('finished');
    expect(state.finishedAt).toBe(at(41));
  });

  it('ignores events after the session finished', () => {
    const state = stateAt(P, log(ev('start', 0), ev('end', 5), ev('resume', 6), ev('back', 7)), at(8));
    expect(state).toMatchObject({ status: 'finished', isEndedEarly: true, finishedAt: at(5) });
  });

  it('has no drift: a 30-minute plan ends exactly at the sum of its steps', () => {
    const long = plan(...Array.from({ length: 60 }, () => timed(30_000)));
    const state = stateAt(long, [{ type: 'start', at: at(0), seq: 0, step: 0 }], at(30 * 60 + 0.001));
    expect(state.finishedAt).toBe(at(30 * 60));
  });
});
