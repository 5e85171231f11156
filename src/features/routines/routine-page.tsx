import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { planFacts } from '@/content/routine-catalog';
import { findRoutineStepNote, findRoutineText } from '@/content/routine-text-catalog';
import type { Routine } from '@/content/catalog-types';
import { leaveOutPrefs, type ChosenItem } from '@/domain/session/apply-choices';
import { hasKneeCheck, summariseRoutine } from '@/domain/session/build-plan';
import { useDocumentTitle } from '@/platform/use-document-title';
import { resolveRoutine, type ResolvedRoutine } from '@/storage/routine-resolver';
import { formatDosage, formatMinutes, KIND_LABELS } from '@/ui/format';
import { RoutineGate } from '@/ui/routine-gate';
import { AdjustmentNote } from './adjustment-note';
import { EmptyRoutine } from './empty-routine';
import { deleteOwnRoutine, duplicateRoutine } from './own-routine-actions';
import { useExercisePrefs } from './use-exercise-prefs';
import './routines.css';

export function RoutinePage() {
  const { routineId = '' } = useParams();
  // null while IndexedDB is read (own routines); undefined when there is no such routine.
  const resolved = useLiveQuery(async () => (await resolveRoutine(routineId)) ?? null, [routineId], 'loading' as const);
  useDocumentTitle(resolved === 'loading' ? 'Routine' : (resolved?.routine.name ?? 'Routine not found'));
  return (
    <RoutineGate routineId={routineId} resolved={resolved}>
      {(r) => <RoutineDetail resolved={r} />}
    </RoutineGate>
  );
}

function RoutineDetail({ resolved }: { resolved: ResolvedRoutine }) {
  const { routine } = resolved;
  const adjustments = useExercisePrefs()?.adjustments ?? {};
  const summary = summariseRoutine(routine, planFacts, adjustments);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/routines">← Routines</Link>
      </p>
      <h1>{routine.name}</h1>
      <p className="lead">{resolved.isOwn ? 'Your own routine.' : findRoutineText(routine.id)}</p>
      <OwnActions resolved={resolved} />
      <dl className="routine-totals">
        <div>
          <dt>Total time</dt>
          <dd>{summary.isEmpty ? 'Nothing to do' : `About ${formatMinutes(summary.durationMs)}`}</dd>
        </div>
        <div>
          <dt>Exercises</dt>
          <dd>{summary.exerciseCount}</dd>
        </div>
        <div>
          <dt>Knee checks</dt>
          <dd>{summary.checkCount}</dd>
        </div>
        <div>
          <dt>How often</dt>
          <dd>{routine.frequency}</dd>
        </div>
      </dl>
      {summary.isEmpty ? (
        <EmptyRoutine leaveOuts={leaveOutPrefs(summary.chosen)} />
      ) : (
        <Link to={`/session?routine=${routine.id}`} className="button button-primary button-block start-routine">
          Start this routine
        </Link>
      )}
      <p className="routine-actions">
        <Link to={`/routines/${routine.id}/share`} className="button">
          Share
        </Link>{' '}
        <Link to="/schedule" className="button">
          Schedule
        </Link>
      </p>
      <h2>The steps</h2>
      <ol className="routine-steps">
        {summary.chosen.items.map((item) => (
          <RoutineStepCard key={`${item.originalId}-${item.index}`} item={item} routine={routine} isOwn={resolved.isOwn} />
        ))}
      </ol>
    </div>
  );
}

function RoutineStepCard({ item, routine, isOwn }: { item: ChosenItem; routine: Routine; isOwn: boolean }) {
  const { exercise, dosage } = item;
  const isOnce = exercise.id === item.originalId && routine.steps[item.index]?.sides === 'both';
  // A swapped-in exercise brings its own cue; otherwise the routine's note for this step (own routines have none).
  const note = exercise.id !== item.originalId ? item.note : isOwn ? null : findRoutineStepNote(routine.id, item.index);
  return (
    <li className={`card routine-step${item.isLeftOut ? ' routine-step-skipped' : ''}`}>
      {item.changes
        .flatMap((change) => (change.action === 'level' ? [] : [change]))
        .map((change) => (
          <AdjustmentNote key={`${change.action}-${change.prefFor}`} change={change} />
        ))}
      <Link to={`/exercises/${exercise.id}`} className="routine-step-name">
        {exercise.name}
      </Link>
      <span className="muted">
        {KIND_LABELS[exercise.kind]} · {formatDosage(dosage, isOnce ? 'both' : exercise.sides)}
        {exercise.sides === 'each' && !isOnce ? ' (left, then right)' : ''}
      </span>
      {note && <span>{note}</span>}
      {!item.isLeftOut && hasKneeCheck(exercise.kind) && (
        <span className="knee-check">
          {exercise.kind === 'strengthen' ? 'After the last set: how is your knee?' : 'Then: how is your knee?'}
        </span>
      )}
    </li>
  );
}

/** Edit and delete (own routines), duplicate (both kinds). Delete goes to the list, which offers Undo. */
function OwnActions({ resolved }: { resolved: ResolvedRoutine }) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<void>) => action().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  const duplicate = () =>
    run(async () => void navigate(`/routines/${await duplicateRoutine(resolved.routine, resolved.isOwn ? resolved.record : null)}/edit`));
  const remove = () =>
    run(async () => {
      const deleted = await deleteOwnRoutine(resolved.routine.id);
      void navigate('/routines', { state: { deleted } });
    });
  return (
    <div className="routine-actions">
      {resolved.isOwn && (
        <Link className="button button-small" to={`/routines/${resolved.routine.id}/edit`}>
          Edit
        </Link>
      )}
      <button type="button" className="button button-small" onClick={() => void duplicate()}>
        Duplicate
      </button>
      {resolved.isOwn && (
        <button type="button" className="button button-small" onClick={() => void remove()}>
          Delete
        </button>
      )}
      {error && <p role="alert">That didn’t work: {error}</p>}
    </div>
  );
}
