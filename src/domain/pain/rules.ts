/**
 * Knee-safety rules: the traffic light Kneewise uses after every pain check.
 *
 * Sources (DESIGN §6):
 * - Pain-monitoring model: Thomeé R. 1997 (patellofemoral pain), Silbernagel KG et al. 2007,
 *   Am J Sports Med 35:897 — pain during/after exercise may reach 5/10, should settle by the next
 *   morning, and must not rise week to week.
 * - NRS-11 bands (1–3 mild, 4–6 moderate, 7–10 severe); a change of ~2 points / 30 % is clinically
 *   meaningful (Farrar JT et al. 2001); ~1 point / 15 % is the least a person notices (Salaffi F 2004).
 * The cut-offs below are product logic derived from those facts (clinics' cut-offs vary), per knee:
 *   green: 0–3 and no meaningful rise;
 *   amber: 4–5, or a rise of 2+ over the session's baseline that stays at 3 or below — the model's
 *     "mild pain is acceptable", so a 0 → 2 is noticed, not red;
 *   red: above 5; a rise of 2+ that reaches 4 or more (moderate and rising); a next morning worse
 *     than the session's baseline; a weekly trend up 2+.
 */
import type { PainReason, PainVerdict } from './types';

export const GREEN_MAX = 3;
export const AMBER_MAX = 5;
/** Farrar 2001: ~2 points is a meaningful change on the NRS-11. */
export const MEANINGFUL_RISE = 2;

/** Reasons that are red whatever the score. */
const ALWAYS_RED: readonly PainReason[] = ['above-five', 'worse-next-morning', 'rising-weekly-trend'];

function lightOf(score: number, reasons: readonly PainReason[]): PainVerdict['light'] {
  if (reasons.some((r) => ALWAYS_RED.includes(r))) return 'red';
  // A meaningful rise is red once it reaches the moderate band, amber while it stays mild.
  if (reasons.includes('rise-over-baseline')) return score > GREEN_MAX ? 'red' : 'amber';
  return reasons.includes('moderate') ? 'amber' : 'green';
}

/** The score's own band: mild (1–3), moderate-but-allowed (4–5), above five. */
function bandReasons(score: number): PainReason[] {
  if (score > AMBER_MAX) return ['above-five'];
  if (score > GREEN_MAX) return ['moderate'];
  return score > 0 ? ['mild'] : [];
}

/** A check during or after a session, against that session's baseline for the same knee (if any). */
export function judgeCheck(score: number, baseline: number | null): PainVerdict {
  const reasons = bandReasons(score);
  if (baseline !== null && score - baseline >= MEANINGFUL_RISE) reasons.push('rise-over-baseline');
  return { light: lightOf(score, reasons), reasons, score, baseline };
}

/** The next-morning check: worse than before yesterday's session is red, whatever the number. */
export function judgeNextMorning(score: number, sessionBaseline: number | null): PainVerdict {
  const reasons = bandReasons(score);
  if (sessionBaseline !== null && score > sessionBaseline) reasons.push('worse-next-morning');
  return { light: lightOf(score, reasons), reasons, score, baseline: sessionBaseline };
}

/** A weekly trend up 2+ points (see weeklyTrend) is red on its own. */
export function judgeWeeklyTrend(trend: WeeklyTrend): PainVerdict | null {
  if (!trend.isRising || trend.thisWeek === null) return null;
  return { light: 'red', reasons: ['rising-weekly-trend'], score: trend.thisWeek, baseline: trend.lastWeek };
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
