import { useState } from 'react';
import type { PlanFacts } from '@/content/catalog-types';
import type { ExercisePrefRecord } from '@/storage/records';

type Action = ExercisePrefRecord['action'];

interface Props {
  exercise: PlanFacts;
  /** What a swap would switch to; no swap is offered without one. */
  gentler: PlanFacts | null;
  /** The choice already stored for this exercise. */
  current: ExercisePrefRecord | null;
  /** Store the choice (null: take it back). */
  onSave: (action: Action | null) => Promise<void>;
}

/** What to change next time: saved at once, shown pressed, tapped again to take back. */
export function NextTimeChoices({ exercise, gentler, current, onSave }: Props) {
  const [error, setError] = useState<string | null>(null);
  const chosen = current?.action ?? null;
  const toggle = (action: Action) => {
    onSave(chosen === action ? null : action).then(
      () => setError(null),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };
  const option = (action: Action, label: string) => (
    <button type="button" className="button button-small" aria-pressed={chosen === action} onClick={() => toggle(action)}>
      {label}
    </button>
  );
  return (
    <div className="adapt-next" role="group" aria-labelledby="adapt-next-title">
      <h3 id="adapt-next-title" className="adapt-subtitle">
        And next time? <span className="muted">(optional — undo on the routine page)</span>
      </h3>
      <div className="adapt-next-grid">
        {gentler && option('swap', `Switch to ${gentler.name}`)}
        {option('lower-dose', 'Lower the dose')}
        {option('skip', `Leave ${exercise.name} out`)}
      </div>
      {chosen && (
        <p className="muted small" role="status">
          Saved for next time.
        </p>
      )}
      {error && (
        <p role="alert" className="save-error">
          Couldn’t save your choice: {error}
        </p>
      )}
    </div>
  );
}
