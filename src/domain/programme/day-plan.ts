/**
 * The programme's day: which week, what kind of day, and the routines it asks for. Day 1 of week 1 is
 * the run's start day; the rhythm repeats every 7 days from there, so strength days stay apart
 * whichever weekday the person starts on. Self-checks fall on the first day of weeks 0, 4 and 8 (week
 * 0 = the start day, week 8 = the day after the last week), the outcome scale on the first day of
 * every week. A flare swaps the day's sessions for the gentle flare-up day; a rest day stays rest.
 */
import type { DayKind, ProgrammeFile } from '@/content/programme-schema';
import { addDaysTo, daysBetween } from './calendar-day';

export type PlanDayKind = DayKind | 'flare' | 'final-check';

export interface DayPlan {
  day: string;
  /** 0 = the start day. */
  dayIndex: number;
  /** 1…weeks; the final check day belongs to the last week. */
  week: number;
  kind: PlanDayKind;
  /** The routines the day asks for, in the order to do them (empty on a rest day). */
  routineIds: string[];
  isSelfCheckDue: boolean;
  isOutcomeDue: boolean;
}

export type ProgrammeDay = { status: 'running'; plan: DayPlan } | { status: 'before-start' } | { status: 'complete' };

const KIND_WORDS: Record<PlanDayKind, string> = {
  strength: 'Strength day',
  mobility: 'Mobility day',
  rest: 'Rest day',
  flare: 'Flare-up day',
  'final-check': 'Final check',
};

/** "Week 3 · Strength day". */
export function dayLabel(plan: Pick<DayPlan, 'week' | 'kind'>): string {
  return `Week ${plan.week} · ${KIND_WORDS[plan.kind]}`;
}

export function kindWords(kind: PlanDayKind): string {
  return KIND_WORDS[kind];
}

/** The plan for `day` of a run that started on `startDay`. */
export function planForDay(p: ProgrammeFile, startDay: string, day: string, options: { isFlaring?: boolean } = {}): ProgrammeDay {
  const dayIndex = daysBetween(startDay, day);
  const lastDay = p.weeks * 7;
  if (dayIndex < 0) return { status: 'before-start' };
  if (dayIndex > lastDay) return { status: 'complete' };
  const isWeekStart = dayIndex % 7 === 0;
  const isSelfCheckDue = isWeekStart && p.selfCheckWeeks.includes(dayIndex / 7);
  const checks = isSelfCheckDue ? [p.routines.selfCheck] : [];
  if (dayIndex === lastDay) {
    return {
      status: 'running',
      plan: {
        day,
        dayIndex,
        week: p.weeks,
        kind: 'final-check',
        routineIds: [...checks, p.routines.daily],
        isSelfCheckDue,
        isOutcomeDue: true,
      },
    };
  }
  const rhythm = p.rhythm[dayIndex % 7] ?? 'rest';
  const kind: PlanDayKind = options.isFlaring && rhythm !== 'rest' ? 'flare' : rhythm;
  const routines: Record<PlanDayKind, string[]> = {
    strength: [p.routines.daily, p.routines.strength],
    mobility: [p.routines.daily],
    rest: [],
    flare: [p.routines.flare],
    'final-check': [],
  };
  // No self-check during a flare: a sore knee would make the result say more about today than about the hips.
  const routineIds = kind === 'flare' ? routines.flare : [...checks, ...routines[kind]];
  return {
    status: 'running',
    plan: {
      day,
      dayIndex,
      week: Math.floor(dayIndex / 7) + 1,
      kind,
      routineIds,
      isSelfCheckDue: isSelfCheckDue && kind !== 'flare',
      isOutcomeDue: isWeekStart,
    },
  };
}

/** The 7 days of the programme week that contains `day` (flares aren't foreseen: future days show the rhythm). */
export function weekOf(p: ProgrammeFile, startDay: string, day: string): DayPlan[] {
  const index = Math.max(0, daysBetween(startDay, day));
  const first = Math.min(index - (index % 7), (p.weeks - 1) * 7);
  const days = Array.from({ length: 7 }, (_, i) => planForDay(p, startDay, addDaysTo(startDay, first + i)));
  return days.flatMap((d) => (d.status === 'running' ? [d.plan] : []));
}
