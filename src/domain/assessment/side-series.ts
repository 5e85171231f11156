/**
 * One check's results as two lines over time, left and right, for the progress chart: degrees for a
 * leg turn, seconds held for single-leg stance. Knees caving is a choice, not a number, so it has no
 * line (its table says it). A side not recorded that time is a gap (null), never a zero.
 */
import type { Assessment } from './types';

export interface SideSeries {
  unit: 'degrees' | 'seconds';
  /** Times (ms), oldest first. */
  at: number[];
  left: (number | null)[];
  right: (number | null)[];
}

export function sideSeries(results: readonly Assessment[], exerciseId: string): SideSeries | null {
  const own = results.filter((r) => r.exerciseId === exerciseId).sort((a, b) => a.at - b.at);
  const first = own[0];
  if (!first || first.kind === 'knees-cave') return null;
  const value = (r: Assessment, side: 'left' | 'right'): number | null => {
    if (r.kind === 'leg-turn') return r.result[side]?.degrees ?? null;
    if (r.kind === 'single-leg-stance') return r.result[side]?.seconds ?? null;
    return null;
  };
  const same = own.filter((r) => r.kind === first.kind);
  return {
    unit: first.kind === 'leg-turn' ? 'degrees' : 'seconds',
    at: same.map((r) => r.at),
    left: same.map((r) => value(r, 'left')),
    right: same.map((r) => value(r, 'right')),
  };
}
