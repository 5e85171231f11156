import type { Plan, PlanStep, Side } from './plan-types';
import type { SessionState } from './state-at';

export type Cue =
  | { type: 'tick'; secondsLeft: 1 | 2 | 3 }
  | { type: 'nextStep'; step: PlanStep; text: string }
  | { type: 'switchSides'; to: Side; text: string }
  | { type: 'finish'; text: string };

const SIDE_WORD: Record<Side, string> = { left: 'left side', right: 'right side', both: 'both sides' };

/** What a step says when it begins: shown in the live region and, if enabled, spoken. */
export function announce(step: PlanStep): string {
  switch (step.type) {
    case 'prepare':
      return `Get ready: ${step.exerciseName}`;
    case 'work':
      return `${step.exerciseName}, ${SIDE_WORD[step.side]}${step.sets > 1 ? `, set ${step.set} of ${step.sets}` : ''}`;
    case 'reps':
      return `${step.exerciseName}, ${SIDE_WORD[step.side]}, ${step.repsMax ? `${step.reps} to ${step.repsMax}` : step.reps} reps${step.sets > 1 ? `, set ${step.set} of ${step.sets}` : ''}`;
    case 'rest':
      return 'Rest';
    case 'switch':
      return `Switch sides: ${step.to}`;
    case 'painCheck':
      return 'How is your knee?';
  }
}

/**
 * The cues to play when the session moves from `prev` to `next` (one render tick to the next).
 * Only the latest step change is cued: after a long throttled gap we don't replay a backlog.
 */
export function cuesBetween(plan: Plan, prev: SessionState, next: SessionState): Cue[] {
  if (next.status === 'finished') {
    return prev.status === 'finished'
      ? []
      : [{ type: 'finish', text: next.isEndedEarly ? 'Session ended' : 'Session complete. Well done.' }];
  }
  if (next.status !== 'running') return [];
  const step = plan.steps[next.stepIndex];
  if (!step) return [];
  if (next.stepIndex !== prev.stepIndex || prev.status === 'notStarted') {
    return step.type === 'switch'
      ? [{ type: 'switchSides', to: step.to, text: announce(step) }]
      : [{ type: 'nextStep', step, text: announce(step) }];
  }
  if (prev.remainingMs === null || next.remainingMs === null) return [];
  // 3-2-1 before a timed step ends: cue when the whole-second count crosses 3, 2 or 1.
  const before = Math.ceil(prev.remainingMs / 1000);
  const after = Math.ceil(next.remainingMs / 1000);
  if (after < before && after >= 1 && after <= 3 && prev.status === 'running') {
    return [{ type: 'tick', secondsLeft: after as 1 | 2 | 3 }];
  }
  return [];
}

export interface CueSwitches {
  isSoundOn: boolean;
  isVibrationOn: boolean;
  isVoiceOn: boolean;
}
export type CueOutput =
  | { kind: 'sound'; name: 'tick' | 'nextStep' | 'switchSides' | 'finish' }
  | { kind: 'vibrate'; name: 'tick' | 'nextStep' | 'switchSides' | 'finish' }
  | { kind: 'speak'; text: string };

/** What a cue should do under the user's switches: nothing that is switched off, no voice for ticks. */
export function cueOutputs(cue: Cue, switches: CueSwitches): CueOutput[] {
  const name = cue.type === 'tick' ? 'tick' : cue.type;
  const out: CueOutput[] = [];
  if (switches.isSoundOn) out.push({ kind: 'sound', name });
  if (switches.isVibrationOn) out.push({ kind: 'vibrate', name });
  if (switches.isVoiceOn && cue.type !== 'tick') out.push({ kind: 'speak', text: cue.text });
  return out;
}
