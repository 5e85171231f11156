import { useState } from 'react';
import { clearPrefs } from './use-exercise-prefs';

/** In place of "Start": every exercise is left out, so there is nothing to do — say so and offer Undo. */
export function EmptyRoutine({ leaveOuts }: { leaveOuts: readonly string[] }) {
  const [error, setError] = useState<string | null>(null);
  const undo = () => {
    clearPrefs(leaveOuts).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section className="callout callout-caution empty-routine" aria-labelledby="empty-routine-title">
      <h2 id="empty-routine-title">Nothing left to do in this routine</h2>
      <p>You left every exercise out for your knee, so it can’t be started. Bring them back, or pick the gentle flare-up day.</p>
      <button type="button" className="button button-primary button-block" onClick={undo}>
        Undo the leave-outs
      </button>
      {error && <p role="alert">Couldn’t undo: {error}</p>}
    </section>
  );
}
