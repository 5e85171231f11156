/**
 * The Patient-Specific Functional Scale (Stratford 1995; for knee problems Chatman 1997, Phys Ther
 * 77:820): the person names activities their knee makes hard and rates each 0 (can't do it) to 10
 * (as well as before the problem), once a week; the score is the mean of the ratings.
 * A change of about 2 points in the mean (about 3 for one activity) is beyond measurement error
 * (minimal detectable change at 90% confidence; Horn 2012 review, JOSPT 42:30).
 */

/** Suggested; the person may name up to `MAX_ACTIVITIES`. */
export const SUGGESTED_ACTIVITIES = 3;
export const MAX_ACTIVITIES = 5;
export const ACTIVITY_SUGGESTIONS: readonly string[] = [
  'Climbing stairs',
  'Squatting',
  'Kneeling',
  'Sitting cross-legged',
  'Getting up from the floor',
  'Running',
];
/** Change in the mean score that exceeds measurement error (Horn 2012). */
export const MEAN_CHANGE_BEYOND_ERROR = 2;
/** The same, for one activity's rating. */
export const ACTIVITY_CHANGE_BEYOND_ERROR = 3;

export interface WeekRatings {
  /** Local date (YYYY-MM-DD) of the week's Monday. */
  weekOf: string;
  at: number;
  ratings: readonly { activityId: string; score: number }[];
}

/** The mean rating, or null with nothing rated. Not rounded: rounding is for display. */
export function psfsScore(ratings: WeekRatings['ratings']): number | null {
  if (ratings.length === 0) return null;
  return ratings.reduce((sum, r) => sum + r.score, 0) / ratings.length;
}

export interface ScorePoint {
  weekOf: string;
  score: number;
  count: number;
}

/** One point per rated week, oldest first; a week rated twice keeps its latest rating. */
export function scoreTrend(weeks: readonly WeekRatings[]): ScorePoint[] {
  const latest = new Map<string, WeekRatings>();
  for (const w of weeks) {
    const seen = latest.get(w.weekOf);
    if (!seen || w.at >= seen.at) latest.set(w.weekOf, w);
  }
  return [...latest.values()]
    .sort((a, b) => a.weekOf.localeCompare(b.weekOf))
    .flatMap((w) => {
      const score = psfsScore(w.ratings);
      return score === null ? [] : [{ weekOf: w.weekOf, score, count: w.ratings.length }];
    });
}

export type ScoreChange = 'better' | 'worse' | 'within-error';

/** Higher is better on this scale. Exactly 2 counts as beyond error ("about 2 points"). */
export function changeBetween(first: number, latest: number): ScoreChange {
  const delta = latest - first;
  if (delta >= MEAN_CHANGE_BEYOND_ERROR - 1e-9) return 'better';
  if (delta <= -MEAN_CHANGE_BEYOND_ERROR + 1e-9) return 'worse';
  return 'within-error';
}

/** Plain words for the change from the first rated week to the latest; null with fewer than two weeks. */
export function describeChange(trend: readonly ScorePoint[]): string | null {
  const first = trend[0];
  const last = trend.at(-1);
  if (!first || !last || trend.length < 2) return null;
  const delta = last.score - first.score;
  const by = `${Math.abs(delta).toFixed(1)} points`;
  switch (changeBetween(first.score, last.score)) {
    case 'better':
      return `Up ${by} since your first week: more than the scale's measurement error (about 2 points), so a real improvement.`;
    case 'worse':
      return `Down ${by} since your first week: more than the scale's measurement error (about 2 points). If your knee is getting worse, see a physiotherapist.`;
    default:
      return `${delta === 0 ? 'The same' : `${delta > 0 ? 'Up' : 'Down'} ${by}`} since your first week: within the scale's measurement error (about 2 points), so no clear change yet.`;
  }
}

/** "6.3": one decimal, the way the score is shown. */
export const formatScore = (score: number): string => score.toFixed(1);
