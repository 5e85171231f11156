import { Link, useParams } from 'react-router';
import { findRoutine, planFacts } from '@/content/routine-catalog';
import { findRoutineStepNote, findRoutineText } from '@/content/routine-text-catalog';
import type { Routine } from '@/content/catalog-types';
import { leaveOutPrefs, type ChosenItem } from '@/domain/session/apply-choices';
import { hasKneeCheck, summariseRoutine } from '@/domain/session/build-plan';
import { useDocumentTitle } from '@/platform/use-document-title';
import { formatDosage, formatMinutes, KIND_LABELS } from '@/ui/format';
import { AdjustmentNote } from './adjustment-note';
import { EmptyRoutine } from './empty-routine';
import { useExercisePrefs } from './use-exercise-prefs';
import './routines.css';

export function RoutinePage() {
  const { routineId = '' } = useParams();
  const routine = findRoutine(routineId);
  useDocumentTitle(routine?.name ?? 'Routine not found');
  if (!routine) {
    return (
      <div className="page">
        <h1>Routine not found</h1>
        <p>There is no routine called “{routineId}”.</p>
        <Link to="/routines">See all routines</Link>
      </div>
    );
  }
  return <RoutineDetail routine={routine} />;
}

function RoutineDetail({ routine }: { routine: Routine }) {
  const adjustments = useExercisePrefs()?.adjustments ?? {};
  const summary = summariseRoutine(routine, planFacts, adjustments);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/routines">← Routines</Link>
      </p>
      <h1>{routine.name}</h1>
      <p className="lead">{findRoutineText(routine.id)}</p>
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
      <h2>The steps</h2>
      <ol className="routine-steps">
        {summary.chosen.items.map((item) => (
          <RoutineStepCard key={`${item.originalId}-${item.index}`} item={item} routineId={routine.id} />
        ))}
      </ol>
    </div>
  );
}

function RoutineStepCard({ item, routineId }: { item: ChosenItem; routineId: string }) {
  const { exercise, dosage } = item;
  // A swapped-in exercise brings its own cue; otherwise the routine's note for this step.
  const note = exercise.id === item.originalId ? findRoutineStepNote(routineId, item.index) : item.note;
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
        {KIND_LABELS[exercise.kind]} · {formatDosage(dosage, exercise.sides)}
        {exercise.sides === 'each' ? ' (left, then right)' : ''}
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
