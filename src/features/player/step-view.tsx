import { useRef } from 'react';
import type { RedFlagId } from '@/domain/pain/red-flags';
import type { Knee } from '@/domain/pain/types';
import { findExercise } from '@/content/exercise-catalog';
import { announce } from '@/domain/session/cues';
import { isTimed, type Plan, type PlanStep } from '@/domain/session/plan-types';
import { planDurationMs, stepDurationMs } from '@/domain/session/build-plan';
import type { SessionState } from '@/domain/session/state-at';
import { usePrefersReducedMotion } from '@/platform/use-reduced-motion';
import { ExerciseFigure } from '@/ui/figure/exercise-figure';
import { Controls } from './controls';
import { EndSessionDialog } from './end-session-dialog';
import { PainCheckSlot } from './pain-check-slot';
import { RecordResultPanel } from './record-result-panel';
import { RedFlagDialog } from './red-flag-dialog';
import { UndoToast } from './undo-toast';
import { formatClock, sideLabel, stepTitle } from './step-text';

interface Props {
  sessionId: string;
  plan: Plan;
  state: SessionState;
  /** Null while the knee profile loads. */
  knees: readonly Knee[] | null;
  onAct: (type: 'pause' | 'resume' | 'skip' | 'back' | 'complete' | 'end') => void;
  onExtend: () => void;
  onCompleteCheck: (quickIds?: string[]) => void;
  onRedFlags: (flags: RedFlagId[]) => void;
  onSwitchRoutine: (routineId: string) => void;
  quickCheck: { onUndo: () => void; onExpire: () => void } | null;
}

export function StepView({
  sessionId,
  plan,
  state,
  knees,
  onAct,
  onExtend,
  onCompleteCheck,
  onRedFlags,
  onSwitchRoutine,
  quickCheck,
}: Props) {
  const step = plan.steps[state.stepIndex];
  const isReducedMotion = usePrefersReducedMotion();
  const endDialog = useRef<HTMLDialogElement>(null);
  const redFlagDialog = useRef<HTMLDialogElement>(null);
  if (!step) return null;
  const next = plan.steps.slice(state.stepIndex + 1).find((s) => s.type !== 'rest' && s.type !== 'prepare');
  const exercise = step.exerciseId === null ? undefined : findExercise(step.exerciseId);
  const total = planDurationMs(plan);
  const done =
    plan.steps.slice(0, state.stepIndex).reduce((sum, s) => sum + stepDurationMs(s), 0) + Math.min(state.elapsedMs, stepDurationMs(step));
  const side = 'side' in step ? step.side : step.type === 'switch' ? step.to : null;

  return (
    <div className={`player player-${step.type}`} data-step-type={step.type}>
      <div className="player-top">
        <p className="player-routine">{plan.routineName}</p>
        <p className="player-count">
          Step {state.stepIndex + 1} of {plan.steps.length}
        </p>
        <progress className="player-progress" max={total} value={done} aria-label="Session progress" />
      </div>
      {/* Announced once per step, not every second. */}
      <p className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {announce(step)}
      </p>
      <div className="player-main">
        {step.type === 'painCheck' ? (
          knees === null ? (
            <p role="status">Loading your knee check…</p>
          ) : (
            <PainCheckSlot
              key={state.stepIndex}
              sessionId={sessionId}
              stepIndex={state.stepIndex}
              step={step}
              knees={knees}
              onComplete={onCompleteCheck}
              onRedFlags={() => redFlagDialog.current?.showModal()}
              onSwitchRoutine={onSwitchRoutine}
            />
          )
        ) : step.type === 'switch' ? (
          <SwitchSides to={step.to} />
        ) : (
          <>
            {side && side !== 'both' && <p className={`side-badge side-${side}`}>{sideLabel(side)}</p>}
            <p className="player-eyebrow">{stepTitle(step)}</p>
            <h1 className="player-name">{step.exerciseName}</h1>
            {exercise && (
              <ExerciseFigure
                illustration={exercise.illustration}
                animate={!isReducedMotion && state.status === 'running'}
                side={side === 'left' || side === 'right' ? side : undefined}
                className="player-figure"
              />
            )}
          </>
        )}
        {step.type !== 'painCheck' && <StepBody step={step} state={state} onAct={onAct} />}
        {exercise && step.type !== 'painCheck' && step.type !== 'switch' && <p className="player-cue">{exercise.cues[0]}</p>}
        {step.type === 'work' && step.spotSeconds && (
          <p className="player-hint">
            Stay {step.spotSeconds[0]}–{step.spotSeconds[1]} s on each sore spot, then move on.
          </p>
        )}
        {step.exerciseId !== null && step.type !== 'painCheck' && <RecordResultPanel sessionId={sessionId} exerciseId={step.exerciseId} />}
      </div>
      <p className="player-next">{next ? `Next: ${announce(next)}` : 'Last step'}</p>
      <Controls state={state} step={step} onAct={onAct} onExtend={onExtend} onEnd={() => endDialog.current?.showModal()} />
      <EndSessionDialog ref={endDialog} onConfirm={() => onAct('end')} />
      <RedFlagDialog ref={redFlagDialog} onStop={onRedFlags} />
      {quickCheck && <UndoToast text="Knee check saved: no pain." onUndo={quickCheck.onUndo} onExpire={quickCheck.onExpire} />}
    </div>
  );
}

function StepBody({ step, state, onAct }: { step: PlanStep; state: SessionState; onAct: Props['onAct'] }) {
  if (isTimed(step)) {
    return (
      <p className="player-clock" role="timer" aria-label="Time left">
        {formatClock(state.remainingMs ?? 0)}
      </p>
    );
  }
  if (step.type === 'reps') {
    return (
      <div className="player-reps">
        <p className="player-reps-target">
          {step.repsMax ? `${step.reps}–${step.repsMax}` : step.reps} reps
          {step.sets > 1 && (
            <span className="player-set">
              {' '}
              · set {step.set} of {step.sets}
            </span>
          )}
        </p>
        <p className="player-tempo">Tempo: {step.tempo}</p>
        <button type="button" className="button button-primary button-huge" onClick={() => onAct('complete')}>
          Done
        </button>
      </div>
    );
  }
  return null;
}

function SwitchSides({ to }: { to: 'left' | 'right' | 'both' }) {
  return (
    <div className="switch-sides">
      <h1 className="switch-sides-title">Switch sides</h1>
      <p className={`side-badge side-${to}`}>{sideLabel(to)} next</p>
    </div>
  );
}
