/** Path-data helpers shared by the body and prop shapes. Coordinates are rounded to 0.1 unit. */
import type { Point } from './pose-geometry';

/** How a shape is painted; the component maps each to colours and widths. */
/** Far limbs are muted, near ones in ink, working ones in the highlight colour. */
export type Tone = 'near' | 'far' | 'work';
export type LimbPart = 'thigh' | 'shin' | 'arm' | 'forearm';

export type Paint =
  | 'floor'
  | 'mat'
  | `${Tone}-${LimbPart}`
  | 'halo'
  | 'head'
  | 'torso'
  | 'prop-line'
  | 'prop-thin'
  | 'prop-seam'
  | 'prop-heavy'
  | 'prop-cuff'
  | 'prop-solid'
  | 'prop-tennis'
  | 'prop-box'
  | 'prop-grip'
  | 'area'
  | 'cue'
  | 'cue-thin'
  | 'cue-halo';

export interface Shape {
  paint: Paint;
  d: string;
}

export const round = (n: number): number => Math.round(n * 10) / 10;

export function polyline(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join('');
}

export function circle([cx, cy]: Point, r: number): string {
  // Two arcs, so the command list is the same in every frame and SMIL can interpolate it.
  return `M${round(cx - r)} ${round(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
}

/** A rectangle whose top edge is centred on `top`, reaching down to `bottom`. */
export function box(top: Point, width: number, bottom: number, radius = 0): string {
  const x = round(top[0] - width / 2);
  const y = round(top[1]);
  const h = round(Math.max(bottom - y, 2 * radius));
  if (radius === 0) return `M${x} ${y}h${width}v${h}h${-width}Z`;
  const r = radius;
  const arc = (dx: number, dy: number): string => `a${r} ${r} 0 0 1 ${dx} ${dy}`;
  return (
    `M${x + r} ${y}h${width - 2 * r}${arc(r, r)}v${round(h - 2 * r)}${arc(-r, r)}` +
    `h${-(width - 2 * r)}${arc(-r, -r)}v${round(-(h - 2 * r))}${arc(r, -r)}Z`
  );
}
