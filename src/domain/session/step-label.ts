import type { PlanStep, Side } from './plan-types';
import type { SessionStatus } from './state-at';

/** The first seconds of a timed block say "Go"; the last ones count down. */
export const GO_MS = 3000;
export const LAST_MS = 3000;
/** "Halfway" shows for this long once half the block has passed (only on blocks long enough to have a middle). */
export const HALFWAY_MS = 3000;
export const MIN_HALFWAY_BLOCK_MS = 20_000;

interface Moment {
  status: SessionStatus;
  elapsedMs: number;
  remainingMs: number | null;
}

/**
 * The line over the exercise name, matching the moment: get ready → go → halfway → last 3 s,
 * "Paused" while paused. Never "keep going" at the very start of a block.
 */
export function stepLabel(step: PlanStep, moment: Moment): string {
  if (moment.status === 'paused') return 'Paused';
  const sets = 'sets' in step && step.sets > 1 ? ` · set ${step.set} of ${step.sets}` : '';
  switch (step.type) {
    case 'prepare':
      return 'Get ready';
    case 'rest':
      return 'Rest';
    case 'switch':
      return 'Switch sides';
    case 'painCheck':
      return 'Knee check';
    case 'reps':
      return `Your set${sets}`;
    case 'work': {
      const remaining = moment.remainingMs ?? 0;
      const total = moment.elapsedMs + remaining;
      if (remaining <= LAST_MS) return `Last ${Math.max(1, Math.ceil(remaining / 1000))} s`;
      if (moment.elapsedMs < GO_MS) return `Go${sets}`;
      const half = total / 2;
      if (total >= MIN_HALFWAY_BLOCK_MS && moment.elapsedMs >= half && moment.elapsedMs < half + HALFWAY_MS) return 'Halfway';
      return `${step.mode === 'hold' ? 'Hold' : 'Keep going'}${sets}`;
    }
  }
}

/** "Ball to the right glute" from the content's `switchCue`; a plain instruction when there is none. */
export function switchInstruction(template: string | undefined, to: Side): string {
  if (to === 'both') return 'Change position';
  const word = to;
  const Word = word.charAt(0).toUpperCase() + word.slice(1);
  if (!template) return `Change to your ${word} side`;
  return template.replaceAll('{side}', word).replaceAll('{Side}', Word);
}
