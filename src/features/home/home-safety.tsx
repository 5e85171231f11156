import { lazy, Suspense, useState } from 'react';
import type { HomeStatus } from './home-status-query';

// Loaded only when there is something to show: home's first bundle doesn't grow for everyone else.
const RedFlagCard = lazy(() => import('./red-flag-card').then((m) => ({ default: m.RedFlagCard })));
const RisingTrendCard = lazy(() => import('./rising-trend-card').then((m) => ({ default: m.RisingTrendCard })));

/** While the card's code loads: the same heading level, so nothing below jumps when it arrives. */
function RedFlagPlaceholder() {
  return (
    <section className="card home-red-flag" aria-busy="true">
      <h2>Your knee needs checking first</h2>
    </section>
  );
}

/** The open red flag in place of Start, then the Undo of "a clinician has checked my knee". */
export function RedFlagSlot({ redFlag, onChanged }: { redFlag: HomeStatus['redFlag']; onChanged: () => void }) {
  const [clearedIds, setClearedIds] = useState<string[] | null>(null);
  const [isUndoing, setUndoing] = useState(false);
  const undo = (ids: string[]) => {
    setUndoing(true);
    import('./home-red-flag-actions')
      .then((m) => m.unclearRedFlags(ids))
      .then(() => {
        setClearedIds(null);
        onChanged();
      })
      .catch(() => undefined)
      .finally(() => setUndoing(false));
  };
  if (redFlag && clearedIds === null) {
    return (
      <Suspense fallback={<RedFlagPlaceholder />}>
        <RedFlagCard
          redFlag={redFlag}
          onCleared={(ids) => {
            setClearedIds(ids);
            onChanged();
          }}
        />
      </Suspense>
    );
  }
  if (clearedIds === null) return null;
  return (
    <p className="card home-red-flag-cleared" role="status">
      Noted: a clinician has checked your knee.{' '}
      <button type="button" className="link-button" onClick={() => undo(clearedIds)} disabled={isUndoing}>
        Undo
      </button>
    </p>
  );
}

export function RisingTrendSlot({ knees }: { knees: HomeStatus['risingKnees'] }) {
  if (knees.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <RisingTrendCard knees={knees} />
    </Suspense>
  );
}
