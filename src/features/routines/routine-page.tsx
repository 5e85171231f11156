import { Link, useParams } from 'react-router';
import { findRoutine, planFacts } from '@/content/routine-catalog';
import type { Routine } from '@/content/catalog-types';
import { lowerDose } from '@/domain/session/adjust';
import { applyOverride, buildPlan, planDurationMs } from '@/domain/session/build-plan';
import { useDocumentTitle } from '@/platform/use-document-title';
import { formatDosage, formatMinutes, KIND_LABELS } from '@/ui/format';
import { AdjustmentNote } from './adjustment-note';
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
  const plan = buildPlan(routine, planFacts, { adjustments });
  const painChecks = plan.steps.filter((s) => s.type === 'painCheck').length;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/routines">← Routines</Link>
      </p>
      <h1>{routine.name}</h1>
      <p className="lead">{routine.description}</p>
      <dl className="routine-totals">
        <div>
          <dt>Total time</dt>
          <dd>About {formatMinutes(planDurationMs(plan))}</dd>
        </div>
        <div>
          <dt>Exercises</dt>
          <dd>{routine.steps.length}</dd>
        </div>
        <div>
          <dt>Knee checks</dt>
          <dd>{painChecks}</dd>
        </div>
        <div>
          <dt>How often</dt>
          <dd>{routine.frequency}</dd>
        </div>
      </dl>
      <Link to={`/session?routine=${routine.id}`} className="button button-primary button-block start-routine">
        Start this routine
      </Link>
      <h2>The steps</h2>
      <ol className="routine-steps">
        {routine.steps.map((step, index) => {
          const adjustment = adjustments[step.exercise];
          const swapped = adjustment?.action === 'swap' ? planFacts[adjustment.to] : undefined;
          const facts = swapped ?? planFacts[step.exercise];
          if (!facts) return null;
          const planned = swapped ? swapped.dosage : applyOverride(facts.dosage, step);
          const dosage = adjustment?.action === 'lower-dose' ? lowerDose(planned) : planned;
          return (
            <li
              key={`${step.exercise}-${index}`}
              className={`card routine-step${adjustment?.action === 'skip' ? ' routine-step-skipped' : ''}`}
            >
              {adjustment && <AdjustmentNote originalId={step.exercise} adjustment={adjustment} />}
              <Link to={`/exercises/${facts.id}`} className="routine-step-name">
                {facts.name}
              </Link>
              <span className="muted">
                {KIND_LABELS[facts.kind]} · {formatDosage(dosage, facts.sides)}
                {facts.sides === 'each' ? ' (left, then right)' : ''}
              </span>
              {step.note && <span>{step.note}</span>}
              {(facts.kind === 'stretch' || facts.kind === 'release') && <span className="knee-check">Then: how is your knee?</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
