import { isTimed, type Plan, type PlanStep, type Side } from './plan-types';
import type { SessionState } from './state-at';
import { LAST_MS, MIN_HALFWAY_BLOCK_MS, switchInstruction } from './step-label';

/** Which moment of a step a spoken line belongs to; a line whose moment has passed is never started. */
export type VoiceMoment = 'start' | 'halfway' | 'countdown' | 'finish';

export interface VoiceLine {
  text: string;
  /** The plan step the line is about (the finish line: plan.steps.length). */
  step: number;
  moment: VoiceMoment;
}

export interface VoiceCues {
  /** Stop what is being said and drop what is waiting: paused, ended, or the user jumped to another step. */
  isCancel: boolean;
  lines: VoiceLine[];
}

/** The words the content has for an exercise: its first cue, and what to move when switching sides. */
export type ExerciseWords = (exerciseId: string) => { firstCue?: string; switchCue?: string } | undefined;

/** A first step this young is still "starting": the page opened by Start speaks it (slow phones take a while to open it). */
export const FRESH_START_MS = 5000;
/** "3, 2, 1" is spoken on timed steps at least this long (shorter ones have just said their start line). */
export const MIN_COUNTDOWN_STEP_MS = 8000;
/** Started later than this before the end, "3, 2, 1" would run into the next step's line. */
const COUNTDOWN_LATEST_MS = 2200;
const SIDE_WORDS: Record<Side, string> = { left: 'left side', right: 'right side', both: '' };
const NONE: VoiceCues = { isCancel: false, lines: [] };

/** The line a settings page plays as a sample (the same shape a session's lines have). */
export const SAMPLE_LINE = 'Tennis ball on the glutes, left side. Let the ball sink in and breathe out slowly.';

/**
 * What the voice coach says as the session moves from `prev` to `next` (one render to the next;
 * `prev` is null when the player has just opened). Derived only from the two states, so ticks,
 * pauses and re-renders never repeat a line, and a resume or a reopened page re-announces nothing.
 */
export function voiceCuesBetween(plan: Plan, prev: SessionState | null, next: SessionState, words: ExerciseWords): VoiceCues {
  const end = plan.steps.length;
  if (next.status === 'finished') {
    if (prev === null || prev.status === 'finished') return NONE;
    return next.isEndedEarly
      ? { isCancel: true, lines: [] }
      : { isCancel: true, lines: [line('Session complete. Well done.', end, 'finish')] };
  }
  if (next.status === 'paused') return { isCancel: prev?.status === 'running', lines: [] };
  if (next.status !== 'running') return NONE;
  const step = plan.steps[next.stepIndex];
  if (!step) return NONE;
  if (prev === null) {
    // A page opened on a session already under way says nothing; one opened by Start says its first step.
    const isFresh = next.stepIndex === 0 && next.elapsedMs < FRESH_START_MS;
    return isFresh ? { isCancel: false, lines: [line(startLine(plan, next.stepIndex, words), next.stepIndex, 'start')] } : NONE;
  }
  if (prev.status === 'notStarted' || prev.stepIndex !== next.stepIndex) {
    // A timed step left with time on the clock was skipped (or gone back from): what it was saying is stale.
    const prevStep = plan.steps[prev.stepIndex];
    const isJump = prev.status !== 'notStarted' && prevStep !== undefined && isTimed(prevStep) && (prev.remainingMs ?? 0) > 1000;
    return { isCancel: isJump, lines: [line(startLine(plan, next.stepIndex, words), next.stepIndex, 'start')] };
  }
  if (prev.status !== 'running' || !isTimed(step)) return NONE;
  const lines: VoiceLine[] = [];
  const half = step.durationMs / 2;
  // Halfway through the step's own length (not its +15 s), so an extension can't move the middle past us twice.
  if (step.type === 'work' && step.durationMs >= MIN_HALFWAY_BLOCK_MS && prev.elapsedMs < half && next.elapsedMs >= half)
    lines.push(line('Halfway', next.stepIndex, 'halfway'));
  if (
    step.type !== 'switch' &&
    step.durationMs >= MIN_COUNTDOWN_STEP_MS &&
    prev.remainingMs !== null &&
    next.remainingMs !== null &&
    prev.remainingMs > LAST_MS &&
    next.remainingMs <= LAST_MS
  )
    lines.push(line('3, 2, 1', next.stepIndex, 'countdown'));
  return lines.length === 0 ? NONE : { isCancel: false, lines };
}

/**
 * Whether a line may still start now: its step is on screen and running, and its moment hasn't
 * passed (a late "3, 2, 1" would talk over the next step; a late "halfway" over the countdown).
 */
export function isVoiceLineDue(plan: Plan, voiceLine: VoiceLine, state: SessionState): boolean {
  if (voiceLine.moment === 'finish') return state.status === 'finished' && !state.isEndedEarly;
  if (state.status !== 'running' || state.stepIndex !== voiceLine.step) return false;
  const left = state.remainingMs;
  if (voiceLine.moment === 'countdown') return left !== null && left >= COUNTDOWN_LATEST_MS;
  if (voiceLine.moment === 'halfway') return left !== null && left > LAST_MS + 1000;
  return plan.steps[voiceLine.step] !== undefined;
}

/** What a step says as it begins: the exercise, the side and its first cue; for rests, what comes next. */
export function startLine(plan: Plan, index: number, words: ExerciseWords): string {
  const step = plan.steps[index];
  if (!step) return '';
  switch (step.type) {
    case 'painCheck':
      return 'How is your knee?';
    case 'prepare':
      return sentence('Get ready', upNext(plan, index));
    case 'rest':
      return sentence('Rest', upNext(plan, index));
    case 'switch': {
      const side = step.to === 'both' ? '' : ` — ${step.to} leg`;
      return sentence(`Switch sides${side}`, switchInstruction(words(step.exerciseId)?.switchCue, step.to));
    }
    case 'work':
    case 'reps':
      return sentence(exerciseWithSide(step), dosage(step), step.set === 1 ? words(step.exerciseId)?.firstCue : undefined);
  }
}

/** "Up next: …" — the next step that asks something of the body (as the screen's "Up next" shows). */
function upNext(plan: Plan, index: number): string | undefined {
  const next = plan.steps.slice(index + 1).find((s) => s.type !== 'rest' && s.type !== 'prepare');
  if (!next) return undefined;
  if (next.type === 'painCheck') return 'Up next: a knee check';
  if (next.type === 'switch') return 'Up next: switch sides';
  return `Up next: ${exerciseWithSide(next)}`;
}

function exerciseWithSide(step: Extract<PlanStep, { type: 'work' | 'reps' }>): string {
  const side = SIDE_WORDS[step.side];
  return side ? `${step.exerciseName}, ${side}` : step.exerciseName;
}

function dosage(step: Extract<PlanStep, { type: 'work' | 'reps' }>): string | undefined {
  const set = step.sets > 1 ? `set ${step.set} of ${step.sets}` : '';
  if (step.type === 'work') return set ? `${step.mode === 'hold' ? 'Hold' : 'Go'}, ${set}` : undefined;
  const reps = `${step.repsMax ? `${step.reps} to ${step.repsMax}` : step.reps} reps`;
  return set ? `${reps}, ${set}` : reps;
}

/** Parts joined as sentences: each ends in one full stop (a cue that ends in "!" or "?" keeps it). */
function sentence(...parts: (string | undefined)[]): string {
  return parts
    .filter((p): p is string => p !== undefined && p.trim() !== '')
    .map((p) =>
      p
        .trim()
        .replace(/[.\s]*$/, '')
        .replace(/([^!?])$/, '$1.'),
    )
    .join(' ');
}

function line(text: string, step: number, moment: VoiceMoment): VoiceLine {
  return { text, step, moment };
}
