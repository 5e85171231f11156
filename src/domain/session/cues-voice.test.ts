import { describe, expect, it } from 'vitest';
import { isVoiceLineDue, startLine, voiceCuesBetween, type ExerciseWords, type VoiceLine } from './cues-voice';
import type { Plan, PlanStep } from './plan-types';
import type { SessionState } from './state-at';

const ball = { exerciseId: 'glute-ball', exerciseName: 'Tennis ball on the glutes', kind: 'release' as const };
const bridge = { exerciseId: 'bridge', exerciseName: 'Glute bridge', kind: 'strengthen' as const };
const steps: PlanStep[] = [
  { type: 'painCheck', phase: 'before', exerciseId: null, exerciseName: null, kind: null, estimateMs: 20_000 }, // 0
  { ...ball, type: 'prepare', durationMs: 10_000 }, // 1
  { ...ball, type: 'work', mode: 'timed', side: 'left', set: 1, sets: 1, durationMs: 60_000 }, // 2
  { ...ball, type: 'switch', to: 'right', durationMs: 5000 }, // 3
  { ...ball, type: 'work', mode: 'timed', side: 'right', set: 1, sets: 1, durationMs: 60_000 }, // 4
  { ...ball, type: 'painCheck', phase: 'after-exercise', estimateMs: 20_000 }, // 5
  { ...bridge, type: 'prepare', durationMs: 5000 }, // 6
  { ...bridge, type: 'reps', side: 'both', set: 1, sets: 2, reps: 10, repsMax: 15, tempo: '2-1-2', estimateMs: 30_000 }, // 7
  { ...bridge, type: 'rest', durationMs: 30_000 }, // 8
  { ...bridge, type: 'reps', side: 'both', set: 2, sets: 2, reps: 10, repsMax: 15, tempo: '2-1-2', estimateMs: 30_000 }, // 9
  { ...ball, type: 'work', mode: 'hold', side: 'both', set: 1, sets: 1, durationMs: 15_000 }, // 10
];
const plan: Plan = { routineId: 'r', routineName: 'R', steps };
const words: ExerciseWords = (id) =>
  id === 'glute-ball'
    ? { firstCue: 'Let the ball sink in.', switchCue: 'Ball to the {side} glute' }
    : id === 'bridge'
      ? { firstCue: 'Squeeze your buttocks to lift' }
      : undefined;

type Status = SessionState['status'];
const st = (stepIndex: number, elapsedMs: number, remainingMs: number | null, status: Status = 'running'): SessionState => ({
  status,
  stepIndex,
  elapsedMs,
  remainingMs,
  extendedMs: 0,
  outcomes: [],
  finishedAt: status === 'finished' ? 1 : null,
  isEndedEarly: false,
});
const ended = { ...st(11, 0, null, 'finished'), isEndedEarly: true };

describe('voiceCuesBetween', () => {
  it.each<[string, SessionState | null, SessionState, string[], boolean]>([
    ['the player opened by Start says the first step', null, st(0, 200, null), ['How is your knee?'], false],
    ['a reopened page on a session under way says nothing', null, st(2, 20_000, 40_000), [], false],
    ['a reopened page on a paused session says nothing', null, st(2, 20_000, 40_000, 'paused'), [], false],
    ['a reopened page on a finished session says nothing', null, st(11, 0, null, 'finished'), [], false],
    ['from not started to running', st(0, 0, null, 'notStarted'), st(0, 0, null), ['How is your knee?'], false],
    [
      'get ready says what comes next',
      st(0, 9000, null),
      st(1, 0, 10_000),
      ['Get ready. Up next: Tennis ball on the glutes, left side.'],
      false,
    ],
    [
      'an exercise: its name, side and first cue',
      st(1, 9900, 100),
      st(2, 100, 59_900),
      ['Tennis ball on the glutes, left side. Let the ball sink in.'],
      false,
    ],
    ['switch sides says what to move', st(2, 59_900, 100), st(3, 100, 4900), ['Switch sides — right leg. Ball to the right glute.'], false],
    ['the other side', st(3, 4900, 100), st(4, 100, 59_900), ['Tennis ball on the glutes, right side. Let the ball sink in.'], false],
    ['a knee check after an exercise: only the question', st(4, 59_900, 100), st(5, 0, null), ['How is your knee?'], false],
    [
      'reps: the count and the set',
      st(6, 4900, 100),
      st(7, 0, null),
      ['Glute bridge. 10 to 15 reps, set 1 of 2. Squeeze your buttocks to lift.'],
      false,
    ],
    ['a rest says up next', st(7, 20_000, null), st(8, 0, 30_000), ['Rest. Up next: Glute bridge.'], false],
    ['a later set leaves the cue out', st(8, 29_900, 100), st(9, 100, null), ['Glute bridge. 10 to 15 reps, set 2 of 2.'], false],
    ['halfway, once, as the middle is crossed', st(2, 29_800, 30_200), st(2, 30_000, 30_000), ['Halfway'], false],
    ['not again after it', st(2, 30_000, 30_000), st(2, 30_200, 29_800), [], false],
    ['no halfway on a short hold', st(10, 7400, 7600), st(10, 7600, 7400), [], false],
    ['3, 2, 1 as three seconds are left', st(2, 56_900, 3100), st(2, 57_100, 2900), ['3, 2, 1'], false],
    ['3, 2, 1 on get ready and rests too', st(8, 26_900, 3100), st(8, 27_100, 2900), ['3, 2, 1'], false],
    ['no 3, 2, 1 on a 5 s switch (its line fills it)', st(3, 1900, 3100), st(3, 2100, 2900), [], false],
    ['no 3, 2, 1 on a 5 s get ready', st(6, 1900, 3100), st(6, 2100, 2900), [], false],
    ['a tick with nothing crossed says nothing', st(2, 10_000, 50_000), st(2, 10_200, 49_800), [], false],
    ['pause stops the voice', st(2, 10_000, 50_000), st(2, 10_000, 50_000, 'paused'), [], true],
    ['still paused: nothing more', st(2, 10_000, 50_000, 'paused'), st(2, 10_000, 50_000, 'paused'), [], false],
    ['a resume re-announces nothing', st(2, 10_000, 50_000, 'paused'), st(2, 10_000, 50_000), [], false],
    ['resumed across the middle: no halfway from the pause', st(2, 30_100, 29_900, 'paused'), st(2, 30_100, 29_900), [], false],
    [
      'a skip with time left cancels, then says the new step',
      st(2, 10_000, 50_000),
      st(3, 0, 5000),
      ['Switch sides — right leg. Ball to the right glute.'],
      true,
    ],
    [
      'a step that ran out does not cancel',
      st(2, 59_900, 100),
      st(3, 0, 5000),
      ['Switch sides — right leg. Ball to the right glute.'],
      false,
    ],
    [
      'back to the last step cancels and says it again',
      st(4, 100, 59_900),
      st(3, 0, 5000),
      ['Switch sides — right leg. Ball to the right glute.'],
      true,
    ],
    ['the finish', st(10, 14_900, 100), st(11, 0, null, 'finished'), ['Session complete. Well done.'], true],
    ['ended early: silence', st(4, 100, 59_900), ended, [], true],
    ['finished stays quiet', st(11, 0, null, 'finished'), st(11, 0, null, 'finished'), [], false],
  ])('%s', (_name, prev, next, lines, isCancel) => {
    const cues = voiceCuesBetween(plan, prev, next, words);
    expect(cues.lines.map((l) => l.text)).toEqual(lines);
    expect(cues.isCancel).toBe(isCancel);
  });

  it('every line is tagged with the step it is about', () => {
    expect(voiceCuesBetween(plan, st(2, 56_900, 3100), st(2, 57_100, 2900), words).lines).toEqual([
      { text: '3, 2, 1', step: 2, moment: 'countdown' },
    ]);
  });

  it('a whole run, tick by tick, says each line exactly once', () => {
    const said: string[] = [];
    let prev: SessionState | null = null;
    // Step 2 (60 s) ticked every 200 ms from its start to its end, then the switch.
    for (let t = 0; t <= 60_000; t += 200) {
      const next = t < 60_000 ? st(2, t, 60_000 - t) : st(3, 0, 5000);
      said.push(...voiceCuesBetween(plan, prev ?? st(1, 9900, 100), next, words).lines.map((l) => l.text));
      prev = next;
    }
    expect(said).toEqual([
      'Tennis ball on the glutes, left side. Let the ball sink in.',
      'Halfway',
      '3, 2, 1',
      'Switch sides — right leg. Ball to the right glute.',
    ]);
  });
});

describe('isVoiceLineDue', () => {
  const at = (step: number, moment: VoiceLine['moment']): VoiceLine => ({ text: '…', step, moment });
  it.each<[string, VoiceLine, SessionState, boolean]>([
    ['a start line on its step', at(2, 'start'), st(2, 2000, 58_000), true],
    ['a start line once its step has passed', at(2, 'start'), st(3, 0, 5000), false],
    ['anything while paused', at(2, 'start'), st(2, 2000, 58_000, 'paused'), false],
    ['3, 2, 1 in time', at(2, 'countdown'), st(2, 57_100, 2900), true],
    ['3, 2, 1 too late to finish before the step ends', at(2, 'countdown'), st(2, 58_000, 2000), false],
    ['halfway in time', at(2, 'halfway'), st(2, 31_000, 29_000), true],
    ['halfway that would run into the countdown', at(2, 'halfway'), st(2, 56_500, 3500), false],
    ['the finish line once finished', at(11, 'finish'), st(11, 0, null, 'finished'), true],
    ['the finish line after ending early', at(11, 'finish'), ended, false],
    ['a knee check waits: its line stays due', at(5, 'start'), st(5, 30_000, null), true],
  ])('%s', (_name, line, state, expected) => {
    expect(isVoiceLineDue(plan, line, state)).toBe(expected);
  });
});

describe('startLine', () => {
  it.each<[string, number, string]>([
    ['a hold on both sides has no side', 10, 'Tennis ball on the glutes. Let the ball sink in.'],
    ['a rest between sets names the next set', 8, 'Rest. Up next: Glute bridge.'],
  ])('%s', (_name, index, expected) => {
    expect(startLine(plan, index, words)).toBe(expected);
  });

  it('a switch to both sides and an exercise without a switch cue still say what to do', () => {
    const p: Plan = { ...plan, steps: [{ ...bridge, type: 'switch', to: 'left', durationMs: 5000 }] };
    expect(startLine(p, 0, words)).toBe('Switch sides — left leg. Change to your left side.');
  });

  it('a set of holds says "Hold, set 1 of 2"', () => {
    const p: Plan = { ...plan, steps: [{ ...ball, type: 'work', mode: 'hold', side: 'right', set: 1, sets: 2, durationMs: 30_000 }] };
    expect(startLine(p, 0, words)).toBe('Tennis ball on the glutes, right side. Hold, set 1 of 2. Let the ball sink in.');
  });
});
