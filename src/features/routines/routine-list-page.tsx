import { routines, planFacts } from '@/content/routine-catalog';
import { summariseRoutine } from '@/domain/session/build-plan';
import { useDocumentTitle } from '@/platform/use-document-title';
import { formatMinutes } from '@/ui/format';
import { RoutineCard } from '@/ui/routine-card';
import { useExercisePrefs } from './use-exercise-prefs';

export function RoutineListPage() {
  useDocumentTitle('Routines');
  // Times and counts with the user's choices applied, as the routine page and the plan have them.
  const adjustments = useExercisePrefs()?.adjustments ?? {};
  return (
    <div className="page">
      <h1>Routines</h1>
      <p className="page-intro">
        Each routine keeps the load on the hip and off the knee, and asks how your knee is after every stretch and strength exercise.
      </p>
      <ul className="card-list">
        {routines.map((routine) => {
          const summary = summariseRoutine(routine, planFacts, adjustments);
          return (
            <li key={routine.id}>
              <RoutineCard
                href={`/routines/${routine.id}`}
                name={routine.name}
                summary={routine.summary}
                minutes={summary.isEmpty ? 'Nothing to do' : formatMinutes(summary.durationMs)}
                exerciseCount={summary.exerciseCount}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
