import { lazy, Suspense } from 'react';

// Loaded after the first paint, with its storage reads: home's first bundle doesn't grow (contract2 §4).
const HomePlanCard = lazy(() => import('./home-plan-card').then((m) => ({ default: m.HomePlanCard })));

export function HomePlanSlot() {
  return (
    <Suspense fallback={null}>
      <HomePlanCard />
    </Suspense>
  );
}
