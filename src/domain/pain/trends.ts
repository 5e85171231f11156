/**
 * Pain trends for History and the physio report: pure functions over the pain log and sessions.
 * Time is always an argument; local day boundaries come from the caller (`dayStartOf`), so this
 * module never touches `Date`.
 *
 * Sources (DESIGN §6):
 * - A change of ~2 points on the NRS-11 is clinically meaningful (Farrar JT et al. 2001, Pain 94:149);
 *   `MEANINGFUL_RISE` in rules.ts carries that number, and the chart's band is ± that around a baseline.
 * - ~1 point is the least change a person notices (Salaffi F et al. 2004, Eur J Pain 8:283):
 *   `LEAST_NOTICED_CHANGE` below. Smaller average changes are reported as "about the same".
 */
import type { Plan } from '@/domain/session/plan-types';
import { sessionCount, type CountableSession } from '@/domain/session/session-counts';
import { judgeCheck, judgeNextMorning, MEANINGFUL_RISE, weeklyTrend, type WeeklyTrend } from './rules';
import type { Knee, PainCheck, PainVerdict } from './types';

/** Salaffi 2004: ~1 point on the NRS-11 is the smallest change people notice. */
export const LEAST_NOTICED_CHANGE = 1;
const MIN_SCORE = 0;
const MAX_SCORE = 10;

export interface DailyPain {
  /** Local midnight of the day, as `dayStartOf` gave it. */
  dayStart: number;
  worst: number;
  mean: number;
  count: number;
}

/** Per day with at least one check for `knee`: the worst and the mean score, oldest day first. One pass. */
export function dailyPain(checks: readonly PainCheck[], knee: Knee, dayStartOf: (t: number) => number): DailyPain[] {
  const days = new Map<number, { worst: number; sum: number; count: number }>();
  for (const check of checks) {
    if (check.knee !== knee) continue;
    const dayStart = dayStartOf(check.at);
    const day = days.get(dayStart);
    if (day) {
      if (check.score > day.worst) day.worst = check.score;
      day.sum += check.score;
      day.count++;
    } else {
      days.set(dayStart, { worst: check.score, sum: check.score, count: 1 });
    }
  }
  return [...days]
    .map(([dayStart, d]) => ({ dayStart, worst: d.worst, mean: d.sum / d.count, count: d.count }))
    .sort((a, b) => a.dayStart - b.dayStart);
}

export interface WeekRange {
  start: number;
  /** Exclusive. Passed in because a local week is not always 7 × 24 h (daylight saving). */
  end: number;
}

export interface WeeklyPain extends WeekRange {
  /** The highest daily worst of the week; null without a logged day. */
  worst: number | null;
  /** The mean of the daily means, so a day with many checks doesn't outweigh a day with one. */
  mean: number | null;
  days: number;
}

/** Fold daily pain into the given weeks (in the order given). */
export function weeklyPain(daily: readonly DailyPain[], weeks: readonly WeekRange[]): WeeklyPain[] {
  return weeks.map(({ start, end }) => {
    let worst: number | null = null;
    let sum = 0;
    let days = 0;
    for (const d of daily) {
      if (d.dayStart < start || d.dayStart >= end) continue;
      worst = worst === null ? d.worst : Math.max(worst, d.worst);
      sum += d.mean;
      days++;
    }
    return { start, end, worst, mean: days > 0 ? sum / days : null, days };
  });
}

/** The "meaningful change" band: ± 2 points (Farrar 2001) around a baseline, kept on the 0–10 scale. */
export function meaningfulBand(baseline: number): { low: number; high: number } {
  return { low: Math.max(MIN_SCORE, baseline - MEANINGFUL_RISE), high: Math.min(MAX_SCORE, baseline + MEANINGFUL_RISE) };
}

export type ChangeWord = 'meaningful-rise' | 'noticeable-rise' | 'about-the-same' | 'noticeable-fall' | 'meaningful-fall';

/** Name an average change the way people feel it: 2+ points meaningful (Farrar), 1+ noticeable (Salaffi). */
export function describeChange(change: number): ChangeWord {
  if (change >= MEANINGFUL_RISE) return 'meaningful-rise';
  if (change >= LEAST_NOTICED_CHANGE) return 'noticeable-rise';
  if (change <= -MEANINGFUL_RISE) return 'meaningful-fall';
  if (change <= -LEAST_NOTICED_CHANGE) return 'noticeable-fall';
  return 'about-the-same';
}

export interface ExerciseImpact {
  exerciseId: string;
  /** From the newest plan snapshot that names the exercise; the id when none does. */
  exerciseName: string;
  /** After-exercise checks for this exercise, both knees. */
  checkCount: number;
  /** Of those, the checks whose session had a `before` baseline for the same knee. */
  comparedCount: number;
  /** Mean of (score − that session's baseline for the knee); null when nothing could be compared. */
  meanChange: number | null;
  /** Checks the traffic light calls red (above 5, or 2+ over the baseline). */
  redCount: number;
}

/** The minimal session shape kneeImpact needs (a stored SessionRecord fits). */
export interface SessionPlanSnapshot {
  startedAt: number;
  plan: Pick<Plan, 'steps'>;
}

/**
 * Per exercise: how the knee responded right after it, against the same session's `before` check for
 * the same knee. Worst average change first (then most red checks); exercises never compared last.
 */
export function kneeImpact(checks: readonly PainCheck[], sessions: readonly SessionPlanSnapshot[]): ExerciseImpact[] {
  // The first `before` check of a session is its baseline; a re-check later in the session isn't.
  const baselines = new Map<string, { at: number; score: number }>();
  for (const c of checks) {
    if (c.phase !== 'before' || c.sessionId === null) continue;
    const key = `${c.sessionId}\u0000${c.knee}`;
    const known = baselines.get(key);
    if (!known || c.at < known.at) baselines.set(key, { at: c.at, score: c.score });
  }

  const rows = new Map<string, { checkCount: number; comparedCount: number; changeSum: number; redCount: number }>();
  for (const c of checks) {
    if (c.phase !== 'after-exercise' || c.exerciseId === null) continue;
    const baseline = c.sessionId === null ? undefined : baselines.get(`${c.sessionId}\u0000${c.knee}`)?.score;
    let row = rows.get(c.exerciseId);
    if (!row) {
      row = { checkCount: 0, comparedCount: 0, changeSum: 0, redCount: 0 };
      rows.set(c.exerciseId, row);
    }
    row.checkCount++;
    if (baseline !== undefined) {
      row.comparedCount++;
      row.changeSum += c.score - baseline;
    }
    if (judgeCheck(c.score, baseline ?? null).light === 'red') row.redCount++;
  }

  const names = exerciseNames(sessions, rows);
  return [...rows]
    .map(([exerciseId, r]) => ({
      exerciseId,
      exerciseName: names.get(exerciseId) ?? exerciseId,
      checkCount: r.checkCount,
      comparedCount: r.comparedCount,
      meanChange: r.comparedCount > 0 ? r.changeSum / r.comparedCount : null,
      redCount: r.redCount,
    }))
    .sort(
      (a, b) =>
        (b.meanChange ?? -Infinity) - (a.meanChange ?? -Infinity) ||
        b.redCount - a.redCount ||
        a.exerciseName.localeCompare(b.exerciseName),
    );
}

/** Names from plan snapshots, the newest session winning (a renamed exercise shows its current name). */
function exerciseNames(sessions: readonly SessionPlanSnapshot[], wanted: ReadonlyMap<string, unknown>): Map<string, string> {
  const names = new Map<string, { at: number; name: string }>();
  for (const s of sessions) {
    for (const step of s.plan.steps) {
      if (step.type === 'painCheck' || !wanted.has(step.exerciseId)) continue;
      const known = names.get(step.exerciseId);
      if (!known || known.at < s.startedAt) names.set(step.exerciseId, { at: s.startedAt, name: step.exerciseName });
    }
  }
  return new Map([...names].map(([id, n]) => [id, n.name]));
}

export type AdherenceSession = CountableSession;

export interface WeekAdherence {
  finished: number;
  target: number;
  /** finished / target, not capped: 6 of 5 is 1.2. Zero target gives 0. */
  ratio: number;
  isTargetMet: boolean;
  /** Finished sessions of the week ended before their last step, counted or not (History tags each one). */
  endedEarly: number;
  /** Finished sessions of the week that don't count: stopped before any exercise, or every exercise skipped. */
  notCounted: number;
}

/**
 * Sessions finished in [weekStart, weekEnd) against the weekly target, counted by `sessionCount`
 * (the rule History, home and the report share): an early end with an exercise done counts, an
 * aborted one doesn't. The week's end is passed in, never assumed: a local week with a clock change
 * is 7 × 24 h ± 1 h.
 */
export function weekAdherence(
  sessions: readonly AdherenceSession[],
  weekStart: number,
  targetPerWeek: number,
  weekEnd: number,
): WeekAdherence {
  let finished = 0;
  let endedEarly = 0;
  let notCounted = 0;
  for (const s of sessions) {
    if (s.status !== 'finished' || s.endedAt === null || s.endedAt < weekStart || s.endedAt >= weekEnd) continue;
    const count = sessionCount(s);
    if (count.countsTowardTarget) finished++;
    else notCounted++;
    if (count.isEndedEarly) endedEarly++;
  }
  return {
    finished,
    target: targetPerWeek,
    ratio: targetPerWeek > 0 ? finished / targetPerWeek : 0,
    isTargetMet: finished >= targetPerWeek,
    endedEarly,
    notCounted,
  };
}

export interface KneeWeeklyTrend extends WeeklyTrend {
  knee: Knee;
}

/**
 * The week-on-week rule (`weeklyTrend`: pain must not rise week to week, Thomeé 1997) per knee, from
 * the daily worst score of every pain check. Knees without checks are left out.
 */
export function weeklyTrendByKnee(checks: readonly PainCheck[], now: number, dayStartOf: (t: number) => number): KneeWeeklyTrend[] {
  return (['left', 'right'] as const).flatMap((knee) => {
    const daily = dailyPain(checks, knee, dayStartOf);
    if (daily.length === 0) return [];
    return [
      {
        knee,
        ...weeklyTrend(
          daily.map((d) => ({ dayStart: d.dayStart, score: d.worst })),
          now,
        ),
      },
    ];
  });
}

/**
 * The traffic light for a stored check, judged as the player judged it: against its session's first
 * `before` check for the same knee; a next-morning check against that same baseline.
 */
export function verdictFor(check: PainCheck, sessionChecks: readonly PainCheck[]): PainVerdict {
  let baseline: { at: number; score: number } | null = null;
  if (check.sessionId !== null) {
    for (const c of sessionChecks) {
      if (c.sessionId === check.sessionId && c.phase === 'before' && c.knee === check.knee && (!baseline || c.at < baseline.at))
        baseline = c;
    }
  }
  switch (check.phase) {
    case 'after-exercise':
    case 'after-session':
      return judgeCheck(check.score, baseline?.score ?? null);
    case 'next-morning':
      return judgeNextMorning(check.score, baseline?.score ?? null);
    case 'before':
    case 'ad-hoc':
      return judgeCheck(check.score, null);
  }
}
