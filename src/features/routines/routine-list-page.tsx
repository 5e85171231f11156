import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { routines, planFacts } from '@/content/routine-catalog';
import { useDocumentTitle } from '@/platform/use-document-title';
import type { UserRoutineRecord } from '@/storage/records';
import { listOwnRoutines } from '@/storage/routine-resolver';
import { RoutineCardList } from '@/ui/routine-card-list';
import { restoreOwnRoutine } from './own-routine-actions';
import { useExercisePrefs } from './use-exercise-prefs';
import './routines.css';

export function RoutineListPage() {
  useDocumentTitle('Routines');
  // Times and counts with the user's choices applied, as the routine page and the plan have them.
  const adjustments = useExercisePrefs()?.adjustments ?? {};
  const own = useLiveQuery(() => listOwnRoutines(), []);
  const location = useLocation();
  const [deleted, setDeleted] = useState((location.state as { deleted?: UserRoutineRecord } | null)?.deleted ?? null);
  return (
    <div className="page">
      <h1>Routines</h1>
      {deleted && (
        <div className="toast" role="status">
          <p>Deleted {deleted.name}.</p>
          <div className="toast-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void restoreOwnRoutine(deleted).then(() => setDeleted(null))}
            >
              Undo
            </button>
          </div>
        </div>
      )}
      <h2>Your routines</h2>
      {own === undefined ? (
        <p role="status">Loading your routines…</p>
      ) : own.length === 0 ? (
        <p className="muted">None yet. Build one from the library, or duplicate a routine below and change it.</p>
      ) : (
        <RoutineCardList routines={own} facts={planFacts} adjustments={adjustments} />
      )}
      <Link to="/routines/new" className="button button-primary button-block">
        Build a new routine
      </Link>
      <h2>Built-in routines</h2>
      <p className="page-intro">
        Each routine keeps the load on the hip and off the knee, and asks how your knee is after every stretch and strength exercise.
      </p>
      <RoutineCardList routines={routines} facts={planFacts} adjustments={adjustments} />
    </div>
  );
}
