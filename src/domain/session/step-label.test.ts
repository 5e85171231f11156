import { describe, expect, it } from 'vitest';
import type { PlanStep } from './plan-types';
import { stepLabel, switchInstruction } from './step-label';

const base = { exerciseId: 'x', exerciseName: 'X', kind: 'stretch' } as const;
const hold: PlanStep = { ...base, type: 'work', mode: 'hold', side: 'left', set: 1, sets: 1, durationMs: 45_000 };
const holdSets: PlanStep = { ...hold, set: 2, sets: 3 };
const timed: PlanStep = { ...base, type: 'work', mode: 'timed', side: 'both', set: 1, sets: 1, durationMs: 60_000 };
const short: PlanStep = { ...hold, durationMs: 10_000 };
const reps: PlanStep = { ...base, type: 'reps', side: 'both', set: 1, sets: 3, reps: 10, tempo: '2-1-2', estimateMs: 30_000 };
const prepare: PlanStep = { ...base, type: 'prepare', durationMs: 10_000 };
const rest: PlanStep = { ...base, type: 'rest', durationMs: 30_000 };
const sw: PlanStep = { ...base, type: 'switch', to: 'right', durationMs: 5000 };
const check: PlanStep = { type: 'painCheck', phase: 'before', exerciseId: null, exerciseName: null, kind: null, estimateMs: 20_000 };

const at = (elapsedMs: number, totalMs: number | null, status: 'running' | 'paused' = 'running') => ({
  status,
  elapsedMs,
  remainingMs: totalMs === null ? null : totalMs - elapsedMs,
});

describe('stepLabel', () => {
  it.each([
    ['hold, first second', hold, at(0, 45_000), 'Go'],
    ['hold, 2.9 s in', hold, at(2999, 45_000), 'Go'],
    ['hold, 3 s in', hold, at(3000, 45_000), 'Hold'],
    ['hold, just before half', hold, at(22_499, 45_000), 'Hold'],
    ['hold, exactly half', hold, at(22_500, 45_000), 'Halfway'],
    ['hold, half + 2.9 s', hold, at(25_499, 45_000), 'Halfway'],
    ['hold, half + 3 s', hold, at(25_500, 45_000), 'Hold'],
    ['hold, 3.001 s left', hold, at(41_999, 45_000), 'Hold'],
    ['hold, exactly 3 s left', hold, at(42_000, 45_000), 'Last 3 s'],
    ['hold, 1.2 s left', hold, at(43_800, 45_000), 'Last 2 s'],
    ['hold, 0.4 s left', hold, at(44_600, 45_000), 'Last 1 s'],
    ['hold with sets, start', holdSets, at(0, 45_000), 'Go · set 2 of 3'],
    ['hold with sets, middle', holdSets, at(10_000, 45_000), 'Hold · set 2 of 3'],
    ['timed block never says keep going at the start', timed, at(500, 60_000), 'Go'],
    ['timed block, later', timed, at(40_000, 60_000), 'Keep going'],
    ['short hold has no halfway', short, at(5000, 10_000), 'Hold'],
    ['extended hold: halfway of the longer block', hold, at(30_000, 60_000), 'Halfway'],
    ['paused hold', hold, at(10_000, 45_000, 'paused'), 'Paused'],
    ['paused get ready', prepare, at(1000, 10_000, 'paused'), 'Paused'],
    ['get ready', prepare, at(1000, 10_000), 'Get ready'],
    ['reps', reps, at(0, null), 'Your set · set 1 of 3'],
    ['rest', rest, at(0, 30_000), 'Rest'],
    ['switch', sw, at(0, 5000), 'Switch sides'],
    ['knee check', check, at(0, null), 'Knee check'],
  ])('%s', (_name, step, moment, expected) => {
    expect(stepLabel(step, moment)).toBe(expected);
  });
});

describe('switchInstruction', () => {
  it.each([
    ['Ball to the {side} glute', 'right', 'Ball to the right glute'],
    ['Swap legs: {side} knee up', 'left', 'Swap legs: left knee up'],
    ['{Side} foot onto the step', 'right', 'Right foot onto the step'],
    ['Roll onto your {side} side: ball under the {side} hip', 'left', 'Roll onto your left side: ball under the left hip'],
    [undefined, 'right', 'Change to your right side'],
    ['Ball to the {side} glute', 'both', 'Change position'],
  ] as const)('%s → %s', (template, to, expected) => {
    expect(switchInstruction(template, to)).toBe(expected);
  });
});
