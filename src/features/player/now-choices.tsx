import type { PlanFacts } from '@/content/catalog-types';

export type NowChoice = 'stop' | 'easier' | 'flare-up' | 'continue';

interface Props {
  exerciseName: string;
  /** The easier version to do now, when one fits (chooseGentler). */
  easier: PlanFacts | null;
  /** False when this already is the flare-up day. */
  canSwitchToFlareUp: boolean;
  isBusy: boolean;
  onChoose: (choice: NowChoice) => void;
}

/** After a red check, what to do right now — shown first, every choice in reach without scrolling. */
export function NowChoices({ exerciseName, easier, canSwitchToFlareUp, isBusy, onChoose }: Props) {
  return (
    <div className="adapt-now" role="group" aria-labelledby="adapt-now-title">
      <h2 id="adapt-now-title" className="adapt-title">
        What now?
      </h2>
      <div className="adapt-grid">
        <button type="button" className="button button-primary" disabled={isBusy} onClick={() => onChoose('stop')}>
          Stop {exerciseName} for today
        </button>
        {easier && (
          <button type="button" className="button button-primary" disabled={isBusy} onClick={() => onChoose('easier')}>
            Do {easier.name} now
            <span className="adapt-hint">An easier version</span>
          </button>
        )}
        {canSwitchToFlareUp && (
          <button type="button" className="button" disabled={isBusy} onClick={() => onChoose('flare-up')}>
            Switch to the gentle flare-up day
          </button>
        )}
        <button type="button" className="button" disabled={isBusy} onClick={() => onChoose('continue')}>
          Continue anyway
        </button>
      </div>
    </div>
  );
}
