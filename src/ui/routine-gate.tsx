import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * Every page about one routine (its detail, its share page) opens the same way: a loading line
 * while own routines are read from IndexedDB, "Routine not found" for an unknown id, then the page.
 */
export function RoutineGate<T>({
  routineId,
  resolved,
  children,
}: {
  routineId: string;
  resolved: T | null | 'loading';
  children: (routine: T) => ReactNode;
}) {
  if (resolved === 'loading') {
    return (
      <div className="page" aria-busy="true">
        <p role="status">Opening the routine…</p>
      </div>
    );
  }
  if (resolved === null) {
    return (
      <div className="page">
        <h1>Routine not found</h1>
        <p>There is no routine called “{routineId}”.</p>
        <Link to="/routines">See all routines</Link>
      </div>
    );
  }
  return children(resolved);
}
