import type { Routine } from '@/content/catalog-types';
import { planFacts, routines } from '@/content/routine-catalog';
import type { Adjustment } from '@/domain/session/adjust';
import { leaveOutPrefs } from '@/domain/session/apply-choices';
import { summariseRoutine } from '@/domain/session/build-plan';
import type { HomeCard, HomeCards } from './home-cards';

/**
 * Loaded once the user has choices or routines of their own (a first visit never fetches it): every
 * card summarised by the one rule the routine pages and the player use.
 */
export function homeCards(adjustments: Readonly<Record<string, Adjustment>>, own: readonly Routine[]): HomeCards {
  const card = (routine: Routine): HomeCard => {
    const summary = summariseRoutine(routine, planFacts, adjustments);
    return {
      id: routine.id,
      href: `/routines/${routine.id}`,
      name: routine.name,
      summary: routine.summary,
      durationMs: summary.durationMs,
      exerciseCount: summary.exerciseCount,
      isEmpty: summary.isEmpty,
      leftOutIds: leaveOutPrefs(summary.chosen),
    };
  };
  return { builtIn: routines.map(card), own: own.map(card) };
}
