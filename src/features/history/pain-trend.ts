import {
  dailyPain,
  describeChange,
  meaningfulBand,
  weeklyPain,
  type ChangeWord,
  type DailyPain,
  type WeekRange,
  type WeeklyPain,
} from '@/domain/pain/trends';
import type { Knee, PainCheck } from '@/domain/pain/types';
import { startOfDay } from './calendar';
import { formatMean, formatShortDate, KNEE_LABELS } from './history-format';

export interface KneeTrend {
  knee: Knee;
  daily: DailyPain[];
  weeks: WeeklyPain[];
  /** ± 2 points around the first logged week's average; null with no logged week. */
  band: { low: number; high: number; baselineWeek: WeeklyPain } | null;
  /** One sentence a screen reader (or a physio) can take in at once. */
  summary: string;
}

const CHANGE_TEXT: Record<ChangeWord, string> = {
  'meaningful-rise': 'a meaningful rise (2 points or more)',
  'noticeable-rise': 'a little higher (1 point or more)',
  'about-the-same': 'about the same',
  'noticeable-fall': 'a little lower (1 point or more)',
  'meaningful-fall': 'a meaningful improvement (2 points or more lower)',
};

/** Trends for each knee with at least one check in `weeks`, left first. */
export function kneeTrends(checks: readonly PainCheck[], weeks: readonly WeekRange[]): KneeTrend[] {
  const from = weeks[0]?.start ?? 0;
  const to = weeks.at(-1)?.end ?? 0;
  const inRange = checks.filter((c) => c.at >= from && c.at < to);
  return (['left', 'right'] as const).flatMap((knee) => {
    const daily = dailyPain(inRange, knee, startOfDay);
    if (daily.length === 0) return [];
    const byWeek = weeklyPain(daily, weeks);
    const baselineWeek = byWeek.find((w) => w.mean !== null);
    const band = baselineWeek?.mean != null ? { ...meaningfulBand(baselineWeek.mean), baselineWeek } : null;
    return [{ knee, daily, weeks: byWeek, band, summary: summarise(knee, byWeek, baselineWeek) }];
  });
}

function summarise(knee: Knee, weeks: readonly WeeklyPain[], baseline: WeeklyPain | undefined): string {
  const thisWeek = weeks.at(-1);
  const lastWeek = weeks.at(-2);
  const worst = (w: WeeklyPain | undefined) => (w?.worst == null ? 'no checks' : String(w.worst));
  let sentence = `${KNEE_LABELS[knee]}: worst this week ${worst(thisWeek)}, last week ${worst(lastWeek)}.`;
  const latest = weeks.findLast((w) => w.mean !== null);
  if (baseline?.mean != null && latest?.mean != null && latest !== baseline) {
    const change = CHANGE_TEXT[describeChange(latest.mean - baseline.mean)];
    sentence += ` Average ${formatMean(latest.mean)} in the week of ${formatShortDate(latest.start)} against ${formatMean(baseline.mean)} in the week of ${formatShortDate(baseline.start)}: ${change}.`;
  }
  return sentence;
}
