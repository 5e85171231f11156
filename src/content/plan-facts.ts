import type { Exercise, PlanFacts } from './catalog-types';

/** The slice of each exercise that building and showing a session plan needs (keeps home small). */
export function planFactsOf(exercises: Exercise[]): Record<string, PlanFacts> {
  return Object.fromEntries(
    exercises.map((e) => [
      e.id,
      {
        id: e.id,
        name: e.name,
        kind: e.kind,
        sides: e.sides,
        dosage: e.dosage,
        cue: e.cues[0] ?? '',
        kneeLoad: e.kneeLoad,
        ...(e.regression ? { regression: e.regression } : {}),
        ...(e.alternative ? { alternative: e.alternative } : {}),
      } satisfies PlanFacts,
    ]),
  );
}
