/** What the builder accepts: wide enough for any sensible home dose, narrow enough to catch a typo (300 sets). */
export const LIMITS = {
  name: { max: 60 },
  steps: { max: 30 },
  holdSeconds: { min: 5, max: 600 },
  reps: { min: 1, max: 50 },
  sets: { min: 1, max: 10 },
  restSeconds: { min: 0, max: 300 },
  // A zero-length get-ready or switch would flash past; the player needs a moment to show what's next.
  getReadySeconds: { min: 5, max: 120 },
  switchSidesSeconds: { min: 3, max: 60 },
} as const;

export type LimitedField = keyof Omit<typeof LIMITS, 'name' | 'steps'>;
