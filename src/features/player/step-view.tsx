import { useRef } from 'react';
import type { RedFlagId } from '@/domain/pain/red-flags';
import type { Knee } from '@/domain/pain/types';
import { announce } from '@/domain/session/cues';
import type { Plan } from '@/domain/session/plan-types';
import { planDurationMs, stepDurationMs } from '@/domain/session/build-plan';
import type { SessionState } from '@/domain/session/state-at';
import { usePrefersReducedMotion } from '@/platform/use-reduced-motion';
import { Controls } from './controls';
import { EndSessionDialog } from './end-session-dialog';
import { PainCheckSlot } from './pain-check-slot';
import { RecordResultPanel } from './record-result-panel';
import { RedFlagDialog } from './red-flag-dialog';
import { ExerciseScreen, RestScreen, SwitchScreen } from './step-screens';
import { UndoNotice } from './undo-notice';

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
  /** Undo for the one-tap "no pain" answer of the check just before this step. */
  onUndoQuickCheck: (() => void) | null;
}

export function StepView(props: Props) {
  const { sessionId, plan, state, knees, onAct, onExtend, onCompleteCheck, onRedFlags, onSwitchRoutine, onUndoQuickCheck } = props;
  const step = plan.steps[state.stepIndex];
  const isReducedMotion = usePrefersReducedMotion();
  const endDialog = useRef<HTMLDialogElement>(null);
  const redFlagDialog = useRef<HTMLDialogElement>(null);
  if (!step) return null;
  const next = plan.steps.slice(state.stepIndex + 1).find((s) => s.type !== 'rest' && s.type !== 'prepare');
  const total = planDurationMs(plan);
  const done =
    plan.steps.slice(0, state.stepIndex).reduce((sum, s) => sum + stepDurationMs(s), 0) + Math.min(state.elapsedMs, stepDurationMs(step));
  const screen = { state, next, isAnimated: !isReducedMotion && state.status === 'running' };
  const isPaused = state.status === 'paused';

  return (
    <div className={`player player-${step.type}${isPaused ? ' is-paused' : ''}`} data-step-type={step.type}>
      <div className="player-top">
        <p className="player-routine">{plan.routineName}</p>
        <p className="player-count">
          Step {state.stepIndex + 1} of {plan.steps.length}
        </p>
        <progress className="player-progress" max={total} value={done} aria-label="Session progress" />
      </div>
      {/* Announced once per step, not every second. */}
      <p className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {isPaused ? 'Paused' : announce(step)}
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
          <SwitchScreen step={step} {...screen} />
        ) : step.type === 'rest' ? (
          <RestScreen step={step} {...screen} />
        ) : (
          <ExerciseScreen step={step} {...screen} />
        )}
        {/* Keyed by exercise: the next check's panel opens closed, not showing the last check's form. */}
        {step.exerciseId !== null && step.type !== 'painCheck' && (
          <RecordResultPanel key={step.exerciseId} sessionId={sessionId} exerciseId={step.exerciseId} />
        )}
      </div>
      {/* Sticks to the bottom of the screen at the same place on every step; nothing is ever drawn over it. */}
      <div className="player-dock">
        <div className="player-slot">
          <div className="player-notice" role="status">
            {onUndoQuickCheck && <UndoNotice text="Saved: no knee pain." onUndo={onUndoQuickCheck} />}
          </div>
          {!onUndoQuickCheck && <p className="player-next">{next ? `Next: ${announce(next)}` : 'Last step'}</p>}
        </div>
        <Controls state={state} step={step} onAct={onAct} onExtend={onExtend} onEnd={() => endDialog.current?.showModal()} />
      </div>
      <EndSessionDialog ref={endDialog} onConfirm={() => onAct('end')} />
      <RedFlagDialog ref={redFlagDialog} onStop={onRedFlags} />
    </div>
  );
}
