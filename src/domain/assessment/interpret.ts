/**
 * Plain words for a self-check result (DESIGN §6), never a diagnosis. Thresholds are product logic:
 * - Lying on the back, hip inward rotation is about 30° on average (Kouyoumdjian 2012, 120 adults),
 *   and only 61% of people are symmetric.
 * - Measurement noise is about 5°, so a side-to-side difference under 5° is not a difference.
 * - A side at or under 20° (two noise-widths under the average) is called "less than typical".
 * - Single-leg stance (Trendelenburg): about 30 s, watching whether the opposite hip drops.
 */
import type { HipDrop, KneesCave, KneesCaveResult, LegTurnResult, Side, StanceResult } from './types';

export const TYPICAL_TURN_IN_DEGREES = 30;
export const NOISE_DEGREES = 5;
export const LOW_TURN_IN_DEGREES = 20;

const name = (side: Side) => (side === 'left' ? 'left' : 'right');

export interface SideDifference {
  /** The side that turns less, or null when the sides are within noise (or one is missing). */
  lessSide: Side | null;
  /** Right minus left, degrees; null when a side is missing. */
  difference: number | null;
}

export function legTurnDifference(result: LegTurnResult): SideDifference {
  const { left, right } = result;
  if (!left || !right) return { lessSide: null, difference: null };
  const difference = right.degrees - left.degrees;
  if (Math.abs(difference) < NOISE_DEGREES) return { lessSide: null, difference };
  return { lessSide: difference > 0 ? 'left' : 'right', difference };
}

/** Sentences for a leg-turn result. */
export function interpretLegTurn(result: LegTurnResult): string[] {
  const { lessSide, difference } = legTurnDifference(result);
  const turn = result.direction === 'in' ? 'turns in' : 'turns out';
  const words: string[] = [];
  if (result.direction === 'in')
    words.push(`About ${TYPICAL_TURN_IN_DEGREES}° each side is typical lying on your back; many people differ a little between sides.`);
  if (difference === null) words.push('Record both sides to compare them.');
  else if (lessSide === null)
    words.push(`The sides differ by ${Math.abs(difference)}°: under about ${NOISE_DEGREES}°, which is within measurement noise.`);
  else
    words.push(
      `Your ${name(lessSide)} leg ${turn} ${Math.abs(difference)}° less than your ${name(lessSide === 'left' ? 'right' : 'left')}: more than measurement noise (about ${NOISE_DEGREES}°). Release and mobility work for the ${name(lessSide)} hip is the place to start.`,
    );
  if (result.direction === 'in') {
    const low = (['left', 'right'] as const).filter((s) => {
      const a = result[s];
      return a !== null && a.degrees <= LOW_TURN_IN_DEGREES;
    });
    if (low.length === 2) words.push('Both sides turn in less than typical: release work for both hips helps.');
  }
  if ([result.left, result.right].some((a) => a?.method === 'phone')) words.push('Phone readings are estimates, not measurements.');
  return words;
}

export const HIP_DROP_WORDS: Record<HipDrop, string> = { no: 'No', 'a-little': 'A little', clearly: 'Clearly' };

/** Sides (standing legs) whose opposite hip dropped. */
export const hipDropSides = (result: StanceResult): Side[] =>
  (['left', 'right'] as const).filter((s) => {
    const drop = result[s]?.hipDrop;
    return drop === 'a-little' || drop === 'clearly';
  });

export function interpretStance(result: StanceResult, targetSeconds: number): string[] {
  const words: string[] = [];
  for (const side of ['left', 'right'] as const) {
    const r = result[side];
    if (r && r.seconds < targetSeconds) words.push(`On your ${side} leg you held ${r.seconds} s of the ${targetSeconds} s.`);
  }
  const drops = hipDropSides(result);
  if (drops.length > 0)
    words.push(
      `The hip dropped while you stood on your ${drops.join(' and ')} leg: side-hip strength work (such as side-lying leg raises) for that side.`,
    );
  else if (result.left?.hipDrop === 'no' && result.right?.hipDrop === 'no') words.push('Your hips stayed level on both legs.');
  return words;
}

export const CAVE_WORDS: Record<KneesCave, string> = { no: 'No', left: 'Left knee', right: 'Right knee', both: 'Both knees' };

export function interpretKneesCave(result: KneesCaveResult): string[] {
  const words: string[] = [];
  if (result.cave && result.cave !== 'no')
    words.push(
      `${CAVE_WORDS[result.cave]} moved inwards: think "knees out over your toes", and side-lying leg raises build the muscles that hold them there.`,
    );
  else if (result.cave === 'no') words.push('Your knees stayed over your toes.');
  if (result.felt.length > 0 && !result.felt.includes('glutes'))
    words.push('You did not feel it in your buttocks: sitting back a little more lets the hips share the work.');
  return words;
}
