import { routines, planFacts } from '@/content/routine-catalog';
import { routineDurationMs } from '@/domain/session/build-plan';
import { useDocumentTitle } from '@/platform/use-document-title';
import { formatMinutes } from '@/ui/format';
import { RoutineCard } from '@/ui/routine-card';

export function RoutineListPage() {
  useDocumentTitle('Routines');
  return (
    <div className="page">
      <h1>Routines</h1>
      <p className="page-intro">Each routine keeps the load on the hip and off the knee, and asks how your knee is after every stretch.</p>
      <ul className="card-list">
        {routines.map((routine) => (
          <li key={routine.id}>
            <RoutineCard
              href={`/routines/${routine.id}`}
              name={routine.name}
              summary={routine.summary}
              minutes={formatMinutes(routineDurationMs(routine, planFacts))}
              exerciseCount={routine.steps.length}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
