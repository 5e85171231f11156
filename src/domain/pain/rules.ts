/**
 * Knee-safety rules: the traffic light Kneewise uses after every pain check.
 *
 * Sources (DESIGN §6):
 * - Pain-monitoring model: Thomeé R. 1997 (patellofemoral pain), Silbernagel KG et al. 2007,
 *   Am J Sports Med 35:897 — pain during/after exercise may reach 5/10, should settle by the next
 *   morning, and must not rise week to week.
 * - NRS-11 bands (1–3 mild, 4–6 moderate, 7–10 severe); a change of ~2 points / 30 % is clinically
 *   meaningful (Farrar JT et al. 2001); ~1 point / 15 % is the least a person notices (Salaffi F 2004).
 * The cut-offs below are product logic derived from those facts (clinics' cut-offs vary):
 *   0–3 green; 4–5 amber (fine if it settles by next morning); above 5 red;
 *   a rise of 2+ over the session's baseline, a next morning worse than that baseline, or a weekly
 *   trend rising by 2+ points is red.
 */
import type { PainVerdict } from './types';

export const GREEN_MAX = 3;
export const AMBER_MAX = 5;
/** Farrar 2001: ~2 points is a meaningful change on the NRS-11. */
export const MEANINGFUL_RISE = 2;

const verdict = (...reasons: PainVerdict['reasons']): PainVerdict => ({
  light: reasons.some((r) => r === 'above-five' || r === 'rise-over-baseline' || r === 'worse-next-morning' || r === 'rising-weekly-trend')
    ? 'red'
    : reasons.includes('moderate')
      ? 'amber'
      : 'green',
  reasons,
});

/** A check during or after a session, against that session's baseline for the same knee (if any). */
export function judgeCheck(score: number, baseline: number | null): PainVerdict {
  const reasons: PainVerdict['reasons'] = [];
  if (score > AMBER_MAX) reasons.push('above-five');
  else if (score > GREEN_MAX) reasons.push('moderate');
  else if (score > 0) reasons.push('mild');
  if (baseline !== null && score - baseline >= MEANINGFUL_RISE) reasons.push('rise-over-baseline');
  return verdict(...reasons);
}

/** The next-morning check: worse than before yesterday's session is red, whatever the number. */
export function judgeNextMorning(score: number, sessionBaseline: number | null): PainVerdict {
  const base = judgeCheck(score, null);
  if (sessionBaseline !== null && score > sessionBaseline) return verdict(...base.reasons, 'worse-next-morning');
  return base;
}

export interface WeeklyTrend {
  thisWeek: number | null;
  lastWeek: number | null;
  isRising: boolean;
}

const DAY_MS = 86_400_000;
/** Fewer days than this in a week and its mean is too noisy to call a trend. */
export const MIN_DAYS_PER_WEEK = 3;

/**
 * Mean of the daily worst scores over the last 7 days vs the 7 before. Rising = up by a meaningful
 * 2 points (Farrar 2001), with at least 3 logged days in each week so one bad day isn't a trend.
 */
export function weeklyTrend(dailyWorst: readonly { dayStart: number; score: number }[], now: number): WeeklyTrend {
  const mean = (from: number, to: number) => {
    const days = dailyWorst.filter((d) => d.dayStart > from && d.dayStart <= to);
    return days.length >= MIN_DAYS_PER_WEEK ? days.reduce((s, d) => s + d.score, 0) / days.length : null;
  };
  const thisWeek = mean(now - 7 * DAY_MS, now);
  const lastWeek = mean(now - 14 * DAY_MS, now - 7 * DAY_MS);
  return { thisWeek, lastWeek, isRising: thisWeek !== null && lastWeek !== null && thisWeek - lastWeek >= MEANINGFUL_RISE };
}

/** The NRS-11 word for a score, as the pain prompt shows it. */
export function nrsWord(score: number): 'none' | 'mild' | 'moderate' | 'severe' {
  return score === 0 ? 'none' : score <= 3 ? 'mild' : score <= 6 ? 'moderate' : 'severe';
}
