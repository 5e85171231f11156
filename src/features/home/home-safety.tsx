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
export function RedFlagSlot({ redFlag, onChange }: { redFlag: HomeStatus['redFlag']; onChange: (redFlag: HomeStatus['redFlag']) => void }) {
  // What was cleared, for Undo: the ids, and the red flag to show again.
  const [cleared, setCleared] = useState<{ ids: string[]; redFlag: NonNullable<HomeStatus['redFlag']> } | null>(null);
  const [isUndoing, setUndoing] = useState(false);
  const undo = ({ ids, redFlag: previous }: NonNullable<typeof cleared>) => {
    setUndoing(true);
    import('./home-red-flag-actions')
      .then((m) => m.unclearRedFlags(ids))
      .then(() => {
        setCleared(null);
        onChange(previous);
      })
      .catch(() => undefined)
      .finally(() => setUndoing(false));
  };
  if (redFlag) {
    return (
      <Suspense fallback={<RedFlagPlaceholder />}>
        <RedFlagCard
          redFlag={redFlag}
          onCleared={(ids) => {
            setCleared({ ids, redFlag });
            onChange(null);
          }}
        />
      </Suspense>
    );
  }
  if (cleared === null) return null;
  return (
    <p className="card home-red-flag-cleared" role="status">
      Noted: a clinician has checked your knee.{' '}
      <button type="button" className="link-button" onClick={() => undo(cleared)} disabled={isUndoing}>
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
