/** Routines and the plan facts of their exercises: small, so the home route can import it. */
import { planFacts, routines } from 'virtual:kneewise/routines';
import type { PlanFacts, Routine } from './catalog-types';

export { planFacts, routines };

export function findRoutine(id: string): Routine | undefined {
  return routines.find((r) => r.id === id);
}
export function findPlanFacts(id: string): PlanFacts | undefined {
  return planFacts[id];
}
