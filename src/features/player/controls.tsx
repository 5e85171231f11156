import { isTimed, type PlanStep } from '@/domain/session/plan-types';
import type { SessionState } from '@/domain/session/state-at';
import { BackIcon, SkipIcon } from '@/ui/icons';

interface Props {
  state: SessionState;
  step: PlanStep;
  onAct: (type: 'pause' | 'resume' | 'skip' | 'back' | 'complete') => void;
  onExtend: () => void;
  onEnd: () => void;
}

/**
 * The same five places on every step kind, so a thumb never lands on the wrong thing: Back, the big
 * button, Skip; +15 s, End session. The big button is Pause/Resume on timed steps, Done on a set of
 * reps, and on a knee check (which waits for the answer above) a note in its place — never Pause.
 */
export function Controls({ state, step, onAct, onExtend, onEnd }: Props) {
  const isPaused = state.status === 'paused';
  return (
    <div className="controls">
      <div className="controls-main">
        <button type="button" className="control" onClick={() => onAct('back')} aria-label="Back one step" aria-keyshortcuts="ArrowLeft">
          <BackIcon />
        </button>
        {isTimed(step) ? (
          <button
            type="button"
            className="control control-primary"
            onClick={() => onAct(isPaused ? 'resume' : 'pause')}
            aria-keyshortcuts="Space"
          >
            {isPaused ? 'Resume' : 'Pause'}
          </button>
        ) : step.type === 'reps' ? (
          <button type="button" className="control control-primary" onClick={() => onAct('complete')}>
            Done
          </button>
        ) : (
          <p className="control control-waiting">Answer above</p>
        )}
        <button type="button" className="control" onClick={() => onAct('skip')} aria-label="Skip this step" aria-keyshortcuts="ArrowRight">
          <SkipIcon />
        </button>
      </div>
      <div className="controls-secondary">
        <button type="button" className="button" onClick={onExtend} disabled={!isTimed(step)}>
          +15 s
        </button>
        <button type="button" className="button" onClick={onEnd}>
          End session
        </button>
      </div>
    </div>
  );
}
