import { lazy, Suspense } from 'react';

// The programme's content and its today are loaded after first paint, only when a programme runs.
const ProgrammeTodayCard = lazy(() => import('./programme-today-card').then((m) => ({ default: m.ProgrammeTodayCard })));

export function ProgrammeTodaySlot({ hasActiveSession }: { hasActiveSession: boolean }) {
  return (
    <Suspense
      fallback={
        <section className="today programme-today" aria-busy="true">
          <p className="today-eyebrow">Your programme</p>
          <h2>Today’s plan</h2>
        </section>
      }
    >
      <ProgrammeTodayCard hasActiveSession={hasActiveSession} />
    </Suspense>
  );
}
