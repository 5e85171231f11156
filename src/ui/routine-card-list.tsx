import type { PlanFacts, Routine } from '@/content/catalog-types';
import type { Adjustment } from '@/domain/session/adjust';
import { summariseRoutine } from '@/domain/session/build-plan';
import { formatMinutes } from '@/ui/format';
import { RoutineCard } from '@/ui/routine-card';

interface Props {
  routines: readonly Routine[];
  facts: Readonly<Record<string, PlanFacts>>;
  adjustments: Readonly<Record<string, Adjustment>>;
}

/** Routine cards with time and exercise count after the user's choices, as the routine page and the plan have them. */
export function RoutineCardList({ routines, facts, adjustments }: Props) {
  return (
    <ul className="card-list">
      {routines.map((routine) => {
        const summary = summariseRoutine(routine, facts, adjustments);
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
  );
}
