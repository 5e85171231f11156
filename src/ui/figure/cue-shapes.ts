/**
 * Cues drawn over a figure: a motion arrow (straight or curved, one or two heads) and an angle arc
 * with protractor ticks. They say in the still key frame what the animation alone would show — which
 * way a foot turns, where the body rolls over a ball — since a stranger often sees only the still.
 * Pure geometry; every call for one prop yields the same commands, so SMIL can animate it.
 */
import { along, type Point } from './pose-geometry';
import { polyline, type Shape } from './shape-paths';

/** Points along a path that starts at `start` heading `direction` and turns `bend` degrees over `length`. */
export function cuePath(start: Point, direction: number, length: number, bend = 0, steps = 12): Point[] {
  const points: Point[] = [start];
  let at = start;
  for (let i = 0; i < steps; i += 1) {
    // Heading at the middle of each step, so a curve of constant turn is a true arc.
    at = along(at, direction + (bend * (i + 0.5)) / steps, length / steps);
    points.push(at);
  }
  return points;
}

const HEAD_LENGTH = 5.5;
const HEAD_SPREAD = 150;

function head(tip: Point, from: Point): string {
  const heading = (Math.atan2(tip[1] - from[1], tip[0] - from[0]) * 180) / Math.PI;
  return polyline([along(tip, heading + HEAD_SPREAD, HEAD_LENGTH), tip, along(tip, heading - HEAD_SPREAD, HEAD_LENGTH)]);
}

/** A motion arrow, over a background-coloured outline so it reads where it crosses a limb. */
export function arrowShapes(start: Point, direction: number, length: number, bend: number, heads: 'end' | 'both'): Shape[] {
  const points = cuePath(start, direction, length, bend);
  const [first = start, second = start] = points;
  const last = points[points.length - 1] ?? start;
  const beforeLast = points[points.length - 2] ?? start;
  const d = polyline(points) + head(last, beforeLast) + (heads === 'both' ? head(first, second) : '');
  return [
    { paint: 'cue-halo', d },
    { paint: 'cue', d },
  ];
}

/**
 * An angle measured at `centre`: both arms of the angle, the arc between them and a tick every 10°
 * outside it — a protractor, which says "this angle is measured" without any text. Drawn behind the
 * body, so the limb it measures stays on top.
 */
export function angleArcShapes(centre: Point, from: number, sweep: number, radius: number): Shape[] {
  const points: Point[] = [];
  const steps = 12;
  for (let i = 0; i <= steps; i += 1) points.push(along(centre, from + (sweep * i) / steps, radius));
  const ticks = Array.from({ length: Math.floor(Math.abs(sweep) / 10) + 1 }, (_, i) => {
    const a = from + Math.sign(sweep) * i * 10;
    return polyline([along(centre, a, radius), along(centre, a, radius + 3)]);
  }).join('');
  // The arms start well out from the joint so the limb it measures stays in view.
  const arm = (a: number): string => polyline([along(centre, a, radius * 0.55), along(centre, a, radius + 4)]);
  return [{ paint: 'cue-thin', d: arm(from) + arm(from + sweep) + polyline(points) + ticks }];
}
