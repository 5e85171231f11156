import { describe, expect, it } from 'vitest';
import { routineCards } from '@/content/routine-card-catalog';
import { findRoutine } from '@/content/routine-catalog';
import { homeCards } from './home-cards-query';

describe("home's routine cards", () => {
  it('as compiled for a first visit, say what the plan code says with no choices applied', () => {
    const computed = homeCards({}, []).builtIn;
    expect(routineCards.map((c) => c.id)).toEqual(computed.map((c) => c.id));
    for (const card of routineCards) {
      const same = computed.find((c) => c.id === card.id);
      expect(
        same && { id: same.id, name: same.name, summary: same.summary, durationMs: same.durationMs, exerciseCount: same.exerciseCount },
      ).toEqual(card);
      expect(same?.isEmpty).toBe(false);
    }
  });

  it('with every exercise of a routine left out, say so and name what undo clears', () => {
    const daily = findRoutine('daily-hip-release');
    if (!daily) throw new Error('no daily routine');
    const ids = [...new Set(daily.steps.map((s) => s.exercise))];
    const skipAll = Object.fromEntries(ids.map((id) => [id, { action: 'skip' as const }]));
    const card = homeCards(skipAll, []).builtIn.find((c) => c.id === daily.id);
    expect(card?.isEmpty).toBe(true);
    expect([...(card?.leftOutIds ?? [])].sort()).toEqual([...ids].sort());
  });
});
