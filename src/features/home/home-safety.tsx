import { lazy, Suspense, useState } from 'react';
import type { HomeStatus } from './home-status-query';

// Loaded only when there is something to show: home's first bundle doesn't grow for everyone else.
const RedFlagSlotLazy = lazy(() => import('./red-flag-slot').then((m) => ({ default: m.RedFlagSlot })));
const RisingTrendCard = lazy(() => import('./rising-trend-card').then((m) => ({ default: m.RisingTrendCard })));

type Props = { redFlag: HomeStatus['redFlag']; onChange: (redFlag: HomeStatus['redFlag']) => void };

/** The open red flag in place of Start; kept mounted after it is cleared, so its Undo stays. */
export function RedFlagSlot({ redFlag, onChange }: Props) {
  const [hasShown, setShown] = useState(false);
  if (!redFlag && !hasShown) return null;
  if (redFlag && !hasShown) setShown(true);
  return (
    <Suspense fallback={redFlag && <RedFlagPlaceholder />}>
      <RedFlagSlotLazy redFlag={redFlag} onChange={onChange} />
    </Suspense>
  );
}

/** While the card's code loads: the same heading level, so nothing below jumps when it arrives. */
function RedFlagPlaceholder() {
  return (
    <section className="card home-red-flag" aria-busy="true">
      <h2>Your knee needs checking first</h2>
    </section>
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
