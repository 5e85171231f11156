/**
 * A viewBox fitted to where the figure and its props actually are, over all frames: a lying figure
 * fills its frame instead of a thin strip under empty space. Pure geometry.
 */
import type { Illustration, Prop } from '@/content/illustration-schema';
import { along, FLOOR_Y, HEAD_RADIUS, jointsOf, type Joints, type Point, type View } from './pose-geometry';
import { framesOf } from './pose-frames';
import { topMatHalfDepth } from './prop-shapes';
import { cuePath } from './cue-shapes';

const FULL = { x: 0, y: 0, width: 240, height: 160 } as const;
const PAD = 10;
/** Keep frames between square and 2.4 : 1 (by default), so figures in a list share a similar scale. */
export const MAX_RATIO = 2.4;
const MIN_RATIO = 1;
/** Props that stand on the floor reach down to it, whatever their anchor point. */
const GROUNDED = new Set(['step', 'block', 'chair', 'table', 'wall', 'cushion']);
const ROUND = new Set(['ball', 'tennis-ball', 'foam-roller']);
/** How far an arrow's head and outline reach beyond its path. */
const ARROW_REACH = 6;
/** How far an angle arc's ticks, arms and outline reach beyond its radius. */
const ARC_REACH = 5;

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a prop is drawn from: its joint plus offset, or its fixed point. */
export function propAnchor(prop: Prop, joints: Joints): Point {
  const base = prop.attach ? joints[prop.attach] : (prop.at ?? [0, 0]);
  return [base[0] + (prop.offset?.[0] ?? 0), base[1] + (prop.offset?.[1] ?? 0)];
}

/** The figure's own extent in one pose: every joint, and the head's circle. */
export function bodyExtent(joints: Joints): Point[] {
  const head = joints.head;
  return [...Object.values(joints), [head[0] - HEAD_RADIUS, head[1] - HEAD_RADIUS], [head[0] + HEAD_RADIUS, head[1] + HEAD_RADIUS]];
}

/** Points a prop reaches in one pose (a cue's path with its outline and head, a ball's circle, furniture to the floor). */
export function propExtent(prop: Prop, joints: Joints, view: View): Point[] {
  const [x, y] = propAnchor(prop, joints);
  const points: Point[] = [];
  if (prop.kind === 'arrow') {
    for (const [px, py] of cuePath([x, y], prop.direction ?? 0, prop.size ?? 24, prop.bend ?? 0)) {
      points.push([px - ARROW_REACH, py - ARROW_REACH], [px + ARROW_REACH, py + ARROW_REACH]);
    }
    return points;
  }
  if (prop.kind === 'angle-arc') {
    // The protractor's sweep only (as cue-shapes draws it, with the defaults there), out to its ticks and arms.
    const [from, sweep, radius] = [prop.direction ?? -90, prop.bend ?? 30, prop.size ?? 14];
    const out = radius + ARC_REACH;
    const sweepPoints = Array.from({ length: 7 }, (_, i) => along([x, y], from + (sweep * i) / 6, out));
    return [[x, y], ...sweepPoints];
  }
  if (prop.kind === 'mat') {
    // Flat on the floor: only its width counts (a front view's receding plane may be cropped).
    const half = (prop.size ?? 120) / 2;
    // From above the mat is the floor cue: keep all of it in the picture.
    if (view === 'top') {
      const depth = topMatHalfDepth(prop.size ?? 120);
      return [
        [x - half, y - depth],
        [x + half, y + depth],
      ];
    }
    return [
      [x - half, FLOOR_Y],
      [x + half, FLOOR_Y],
    ];
  }
  // A ball's size is its radius; furniture's and tools' is a width or length, centred on the anchor.
  const r = ROUND.has(prop.kind) ? (prop.size ?? 20) : (prop.size ?? 40) / 2;
  points.push([x - r, y - r], [x + r, y + r]);
  // Seen from above, furniture is a footprint: there is no floor line to reach down to.
  if (GROUNDED.has(prop.kind) && view !== 'top') points.push([x, FLOOR_Y]);
  if (prop.to) points.push(joints[prop.to]);
  return points;
}

/** The smallest box around `points`, `pad` out on every side. */
export function boxAround(points: readonly Point[], pad: number): ViewBox {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = Math.min(...xs) - pad;
  const y = Math.min(...ys) - pad;
  return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
}

/**
 * `still`: fit only the key frame, for a figure drawn without its animation (list thumbnails,
 * reduced motion) — a squat's thumbnail then fills its frame instead of leaving room to stand up in.
 */
export function figureBounds(illustration: Illustration, maxRatio = MAX_RATIO, still = false): ViewBox {
  const points = cameraExtent(illustration, still);
  if (illustration.view !== 'top') points.push([points[0]?.[0] ?? 120, FLOOR_Y + 4]);
  if (illustration.inset) points.push(...cameraExtent(illustration.inset, still));
  return clampTo(fitRatio(boxAround(points, PAD), maxRatio));
}

/** Every point one camera's figure and props reach, over its frames (or its key frame alone). */
function cameraExtent(camera: Pick<Illustration, 'keyframes' | 'props' | 'view'>, still: boolean): Point[] {
  const points: Point[] = [];
  const [key] = camera.keyframes;
  for (const pose of still && key ? [key] : framesOf(camera, 4)) {
    const joints = jointsOf(pose, camera.view);
    points.push(...bodyExtent(joints));
    for (const prop of camera.props) points.push(...propExtent(prop, joints, camera.view));
  }
  return points;
}

/** Widens or heightens `b` to lie between `minRatio` and `maxRatio`; a box grown taller keeps its bottom edge (the floor). */
export function fitRatio(b: ViewBox, maxRatio: number, minRatio = MIN_RATIO): ViewBox {
  if (b.width / b.height > maxRatio) {
    const height = b.width / maxRatio;
    // Grow upwards: the floor stays at the bottom edge.
    return { ...b, y: b.y - (height - b.height), height };
  }
  if (b.width / b.height < minRatio) {
    const width = b.height * minRatio;
    return { ...b, x: b.x - (width - b.width) / 2, width };
  }
  return b;
}

/** Moved (and if need be shrunk) to lie inside the 240 × 160 drawing area; rounded to 0.1. */
export function clampTo(b: ViewBox): ViewBox {
  const width = Math.min(b.width, FULL.width);
  const height = Math.min(b.height, FULL.height);
  const x = Math.min(Math.max(b.x, FULL.x), FULL.width - width);
  const y = Math.min(Math.max(b.y, FULL.y), FULL.height - height);
  const r = (n: number) => Math.round(n * 10) / 10;
  return { x: r(x), y: r(y), width: r(width), height: r(height) };
}
