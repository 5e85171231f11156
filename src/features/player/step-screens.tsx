import { findExercise } from '@/content/exercise-catalog';
import type { Illustration } from '@/content/catalog-types';
import { announce } from '@/domain/session/cues';
import type { PlanStep, RepsStep, RestStep, Side, SwitchSidesStep } from '@/domain/session/plan-types';
import type { SessionState } from '@/domain/session/state-at';
import { stepLabel, switchInstruction } from '@/domain/session/step-label';
import { ExerciseFigure } from '@/ui/figure/exercise-figure';
import { formatClock, sideLabel } from './step-text';

interface ScreenProps {
  state: SessionState;
  /** The step after this one that asks something of the body (not a rest or a get-ready). */
  next: PlanStep | undefined;
  isAnimated: boolean;
}

export function Clock({ state }: { state: SessionState }) {
  return (
    <p className="player-clock" role="timer" aria-label="Time left">
      {formatClock(state.remainingMs ?? 0)}
    </p>
  );
}

/** The exercise's figure, mirrored for the side being worked (one drawing for every step kind). */
function StepFigure({
  illustration,
  side,
  isAnimated,
  isSmall = false,
}: {
  illustration: Illustration;
  side: Side;
  isAnimated: boolean;
  isSmall?: boolean;
}) {
  return (
    <ExerciseFigure
      illustration={illustration}
      animate={isAnimated}
      side={side === 'both' ? undefined : side}
      className={isSmall ? 'player-figure player-figure-small' : 'player-figure'}
    />
  );
}

/** Get ready, a timed block or hold, or a set of reps: the exercise, its figure and its one cue. */
export function ExerciseScreen({ step, state, next, isAnimated }: ScreenProps & { step: PlanStep }) {
  const exercise = step.exerciseId === null ? undefined : findExercise(step.exerciseId);
  // Get ready shows the side the exercise starts on, so the figure already faces the right way.
  const side = 'side' in step ? step.side : next && 'side' in next && next.exerciseId === step.exerciseId ? next.side : 'both';
  return (
    <>
      <p className="player-eyebrow">{stepLabel(step, state)}</p>
      <h1 className="player-name">{step.exerciseName}</h1>
      {side !== 'both' &&
        (step.type === 'prepare' ? (
          <p className="side-first">Starts on the {side} side</p>
        ) : (
          <p className={`side-badge side-${side}`}>{sideLabel(side)}</p>
        ))}
      {exercise && <StepFigure illustration={exercise.illustration} side={side} isAnimated={isAnimated} />}
      {step.type === 'reps' ? <RepsTarget step={step} /> : <Clock state={state} />}
      {exercise && <p className="player-cue">{exercise.cues[0]}</p>}
      {step.type === 'work' && step.spotSeconds && (
        <p className="player-hint">
          Stay {step.spotSeconds[0]}–{step.spotSeconds[1]} s on each sore spot, then move on.
        </p>
      )}
    </>
  );
}

/** "10–15 reps · set 1 of 3": each phrase kept whole, so a narrow screen breaks between them. */
function RepsTarget({ step }: { step: RepsStep }) {
  return (
    <div className="reps-block">
      {/* The set ("Your set · set 1 of 2") is in the label above; here only the count, on one line. */}
      <p className="player-reps-target nowrap">{step.repsMax ? `${step.reps}–${step.repsMax}` : step.reps} reps</p>
      <p className="player-tempo">Tempo: {step.tempo}</p>
    </div>
  );
}

/** A rest between sets: the time left and what comes next — not the last exercise's figure or cue. */
export function RestScreen({ step, state, next }: ScreenProps & { step: RestStep }) {
  return (
    <>
      <p className="player-eyebrow">{stepLabel(step, state)}</p>
      <h1 className="player-name">Rest</h1>
      <Clock state={state} />
      <p className="player-rest-hint">Breathe easy and let your legs relax.</p>
      {next && (
        <div className="up-next">
          <p className="up-next-label">Up next</p>
          <p className="up-next-name">{announce(next)}</p>
        </div>
      )}
    </>
  );
}

/** Switch sides: what to move, in the content's words, with the figure turned to the new side. */
export function SwitchScreen({ step, state, isAnimated }: ScreenProps & { step: SwitchSidesStep }) {
  const exercise = findExercise(step.exerciseId);
  const to: Side = step.to;
  return (
    <div className="switch-sides">
      <p className="player-eyebrow">{state.status === 'paused' ? 'Paused' : step.exerciseName}</p>
      <h1 className="switch-sides-title">Switch sides</h1>
      <p className={`side-badge side-${to}`}>{sideLabel(to)} next</p>
      <p className="switch-instruction">{switchInstruction(exercise?.switchCue, to)}</p>
      {exercise && <StepFigure illustration={exercise.illustration} side={to} isAnimated={isAnimated} isSmall />}
      <Clock state={state} />
    </div>
  );
}
