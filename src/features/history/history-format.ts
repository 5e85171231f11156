import type { Knee, PainPhase } from '@/domain/pain/types';
import { addDays, startOfDay } from './calendar';

// One formatter each, built once: Intl.DateTimeFormat is costly to construct and History formats many dates.
const weekdayDate = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const weekdayDateYear = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const longDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const weekdayLong = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
const weekdayNarrow = new Intl.DateTimeFormat(undefined, { weekday: 'narrow' });

/** "Today", "Yesterday", "Monday 3 March" (with the year when it isn't this year). */
export function formatDay(dayStart: number, now: number): string {
  const today = startOfDay(now);
  if (dayStart === today) return 'Today';
  if (dayStart === addDays(today, -1)) return 'Yesterday';
  const isThisYear = new Date(dayStart).getFullYear() === new Date(now).getFullYear();
  return (isThisYear ? weekdayDate : weekdayDateYear).format(dayStart);
}

export const formatShortDate = (t: number): string => shortDate.format(t);
export const formatLongDate = (t: number): string => longDate.format(t);
export const formatTime = (t: number): string => time.format(t);
export const formatWeekday = (t: number): string => weekdayLong.format(t);
export const formatWeekdayInitial = (t: number): string => weekdayNarrow.format(t);

/** Wall-clock minutes, pauses included: "12 min", "under 1 min". */
export function formatDuration(ms: number): string {
  return ms < 60_000 ? 'under 1 min' : `${Math.round(ms / 60_000)} min`;
}

/** "1 exercise", "3 exercises". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One decimal, with a real minus sign: "+1.5", "−0.5", "0". */
export function formatChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '0';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `−${Math.abs(rounded).toFixed(1)}`;
}

/** A mean on the 0–10 scale: "2.4"; "—" when there is none. */
export const formatMean = (mean: number | null): string => (mean === null ? '—' : mean.toFixed(1));

export const KNEE_LABELS: Record<Knee, string> = { left: 'Left knee', right: 'Right knee' };

export const PHASE_LABELS: Record<PainPhase, string> = {
  before: 'Before the session',
  'after-exercise': 'After',
  'after-session': 'After the session',
  'next-morning': 'Next morning',
  'ad-hoc': 'Check-in',
};
