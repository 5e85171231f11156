/**
 * What the programme should focus on, from the newest self-check results (issue 8). Stable API:
 * the programme calls `selfCheckFocus(await latestByKind(db))` (src/storage/assessment-repo.ts).
 * Each area names the sides it is for and a plain-words reason; an empty list means "nothing stands
 * out: keep the balanced programme". Never a diagnosis.
 */
import { hipDropSides, legTurnDifference, LOW_TURN_IN_DEGREES } from './interpret';
import type { LatestResults } from './latest';
import type { Side } from './types';

export type FocusArea =
  /** Release and mobility work for a hip that turns in less. */
  | 'hip-release'
  /** Side-hip (abductor) strength: the opposite hip dropped on one leg. */
  | 'side-hip-strength'
  /** Knees-out cues and side-lying raises: the knees caved on sit-to-stand or squat. */
  | 'knees-out';

export interface FocusItem {
  area: FocusArea;
  /** The sides it is for; both sides when it concerns both (or for knees caving, both knees). */
  sides: Side[];
  /** Plain words the user can read: "Your right leg turns in 10° less than your left." */
  reason: string;
  /** The result(s) it rests on. */
  assessmentIds: string[];
}

export interface SelfCheckFocus {
  items: FocusItem[];
  /** The time of the newest result it used, or null if no self-check was ever recorded. */
  basedOnAt: number | null;
}

const CAVE_SIDES = { left: ['left'], right: ['right'], both: ['left', 'right'] } as const;

export function selfCheckFocus(latest: LatestResults): SelfCheckFocus {
  const items: FocusItem[] = [];
  const turnIn = latest['lying-leg-turn'];
  if (turnIn?.kind === 'leg-turn') {
    const { lessSide, difference } = legTurnDifference(turnIn.result);
    const low = (['left', 'right'] as const).filter((s) => (turnIn.result[s]?.degrees ?? Infinity) <= LOW_TURN_IN_DEGREES);
    if (lessSide !== null && difference !== null) {
      items.push({
        area: 'hip-release',
        sides: [lessSide],
        reason: `Your ${lessSide} leg turns in ${Math.abs(difference)}° less than your ${lessSide === 'left' ? 'right' : 'left'}.`,
        assessmentIds: [turnIn.id],
      });
    } else if (low.length === 2) {
      items.push({
        area: 'hip-release',
        sides: ['left', 'right'],
        reason: 'Both legs turn in less than typical.',
        assessmentIds: [turnIn.id],
      });
    }
  }
  const stance = latest['single-leg-stance-check'];
  if (stance?.kind === 'single-leg-stance') {
    const sides = hipDropSides(stance.result);
    if (sides.length > 0)
      items.push({
        area: 'side-hip-strength',
        sides,
        reason: `The hip dropped while you stood on your ${sides.join(' and ')} leg.`,
        assessmentIds: [stance.id],
      });
  }
  const caved = (['sit-to-stand-check', 'squat-check'] as const).flatMap((id) => {
    const a = latest[id];
    return a?.kind === 'knees-cave' && a.result.cave !== null && a.result.cave !== 'no' ? [a] : [];
  });
  if (caved.length > 0) {
    const sides = new Set<Side>(caved.flatMap((a) => (a.result.cave && a.result.cave !== 'no' ? CAVE_SIDES[a.result.cave] : [])));
    items.push({
      area: 'knees-out',
      sides: (['left', 'right'] as const).filter((s) => sides.has(s)),
      reason: `Your ${sides.size === 2 ? 'knees' : `${[...sides].join('')} knee`} moved inwards when you bent them under your weight.`,
      assessmentIds: caved.map((a) => a.id),
    });
  }
  const times = Object.values(latest).map((a) => a.at);
  return { items, basedOnAt: times.length === 0 ? null : Math.max(...times) };
}

/** Plain words for a focus area, for a heading. */
export const FOCUS_WORDS: Record<FocusArea, string> = {
  'hip-release': 'Release and mobility work for the hip',
  'side-hip-strength': 'Side-hip strength',
  'knees-out': 'Knees-out cues and side-lying leg raises',
};

/** Retest every 2–4 weeks, not weekly: hip strength and range change over weeks. */
export const RETEST_MIN_DAYS = 14;
export const RETEST_MAX_DAYS = 28;
const DAY_MS = 24 * 60 * 60 * 1000;

/** 'early' before 2 weeks, 'ok' within 2–4 weeks, 'due' after 4 (or never done). */
export function retestState(lastAt: number | null, now: number): 'early' | 'ok' | 'due' {
  if (lastAt === null) return 'due';
  const days = (now - lastAt) / DAY_MS;
  if (days < RETEST_MIN_DAYS) return 'early';
  return days <= RETEST_MAX_DAYS ? 'ok' : 'due';
}
