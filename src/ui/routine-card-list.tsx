import type { PlanFacts, Routine } from '@/content/catalog-types';
import type { Adjustment } from '@/domain/session/adjust';
import { summariseRoutine } from '@/domain/session/build-plan';
import { RoutineCards } from '@/ui/routine-cards';

interface Props {
  routines: readonly Routine[];
  facts: Readonly<Record<string, PlanFacts>>;
  adjustments: Readonly<Record<string, Adjustment>>;
}

/** Routine cards with time and exercise count after the user's choices, as the routine page and the plan have them. */
export function RoutineCardList({ routines, facts, adjustments }: Props) {
  const cards = routines.map((routine) => {
    const summary = summariseRoutine(routine, facts, adjustments);
    return { ...routine, href: `/routines/${routine.id}`, ...summary };
  });
  return <RoutineCards cards={cards} />;
}
