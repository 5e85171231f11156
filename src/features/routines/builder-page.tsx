import { Link, useParams } from 'react-router';
import { findRoutine } from '@/content/routine-catalog';
import { isOwnRoutineId } from '@/domain/routines/user-routine';
import { useDocumentTitle } from '@/platform/use-document-title';
import { RoutineEditor } from './routine-editor';
import { useRoutineDraft } from './use-routine-draft';
import './builder.css';

/** /routines/new and /routines/:routineId/edit. Built-in routines can be duplicated, not edited. */
export function BuilderPage() {
  const { routineId } = useParams();
  const isBuiltIn = routineId !== undefined && !isOwnRoutineId(routineId);
  const draft = useRoutineDraft(isBuiltIn ? null : (routineId ?? null));
  const { state } = draft;
  const title = routineId ? 'Edit routine' : 'New routine';
  useDocumentTitle(title);
  if (isBuiltIn) {
    const builtIn = findRoutine(routineId);
    return (
      <div className="page">
        <h1>Built-in routines can’t be edited</h1>
        <p>Duplicate it from its page to make your own version.</p>
        <Link to={builtIn ? `/routines/${builtIn.id}` : '/routines'}>{builtIn ? `Open ${builtIn.name}` : 'See all routines'}</Link>
      </div>
    );
  }
  return (
    <div className="page builder">
      <p className="breadcrumb">
        <Link to={routineId ? `/routines/${routineId}` : '/routines'}>← {routineId ? 'Back to the routine' : 'Routines'}</Link>
      </p>
      <h1>{title}</h1>
      {state.status === 'loading' && (
        <p role="status" aria-busy="true">
          Opening your routine…
        </p>
      )}
      {state.status === 'missing' && (
        <>
          <p>This routine no longer exists; it may have been deleted.</p>
          <Link to="/routines/new">Build a new routine</Link>
        </>
      )}
      {state.status === 'error' && <p role="alert">Couldn’t open the routine: {state.message}</p>}
      {state.status === 'ready' && <RoutineEditor draft={draft} state={state} />}
    </div>
  );
}
