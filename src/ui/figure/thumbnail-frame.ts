/**
 * The list thumbnail's camera (docs/decisions/009): a still key frame in a small fixed frame, framed
 * on the part of the body the exercise is about when the illustration names one, with strokes kept
 * thick enough to read. Pure geometry.
 */
import type { Illustration } from '@/content/illustration-schema';
import { FLOOR_Y, jointsOf, type Point } from './pose-geometry';
import { bodyExtent, boxAround, clampTo, figureBounds, propAnchor, propExtent, type ViewBox } from './figure-bounds';

/** The library list's thumbnail in CSS px; library.css draws `.exercise-card-figure` exactly this size. */
export const THUMBNAIL = { width: 168, height: 104 } as const;

export interface Frame {
  width: number;
  height: number;
}

const DEFAULT_PAD = 8;
/** A prop or cue anchored this close to the focus belongs to it (a cushion under the knee, an arc at the ankle). */
const NEAR = 16;
/**
 * The closest the camera comes, as the smallest height of drawing shown: closer, a limb is thicker
 * than a third of the frame and stops reading as a limb.
 */
const MIN_HEIGHT = 48;

const inside = ([x, y]: Point, b: ViewBox, margin: number): boolean =>
  x >= b.x - margin && x <= b.x + b.width + margin && y >= b.y - margin && y <= b.y + b.height + margin;

/**
 * The thumbnail's viewBox: the key frame's `thumbnail.focus` joints with the props and cues at or near
 * them, grown to the frame's shape (centred; a side or front view keeps its floor at the bottom);
 * without a focus, the whole key frame at no wider than the frame.
 */
export function thumbnailBounds(illustration: Illustration, frame: Frame = THUMBNAIL): ViewBox {
  const ratio = frame.width / frame.height;
  const [key] = illustration.keyframes;
  const focus = illustration.thumbnail?.focus;
  if (!key || !focus) return figureBounds(illustration, ratio, true);
  const { view } = illustration;
  const joints = jointsOf(key, view);
  const named = new Set<string>(focus);
  const core = boxAround(
    focus.map((name) => joints[name]),
    0,
  );
  const points: Point[] = focus.map((name) => joints[name]);
  // The head is a disc, not a point: keep all of it when it is asked for.
  if (named.has('head')) points.push(...bodyExtent(joints).slice(-2));
  for (const prop of illustration.props) {
    if (prop.kind === 'mat') continue;
    const attached = (prop.attach && named.has(prop.attach)) || (prop.to && named.has(prop.to));
    if (attached || inside(propAnchor(prop, joints), core, NEAR)) points.push(...propExtent(prop, joints, view));
  }
  // From the side or the front the floor says where the body is: keep it along the bottom edge.
  if (view !== 'top') points.push([core.x, FLOOR_Y + 4]);
  return clampTo(toShape(boxAround(points, illustration.thumbnail?.pad ?? DEFAULT_PAD), ratio, view !== 'top'));
}

/** Grown to exactly `ratio` (and at least MIN_HEIGHT tall) about its centre, or upwards when `floored`. */
function toShape(b: ViewBox, ratio: number, floored: boolean): ViewBox {
  const height = Math.max(b.height, b.width / ratio, MIN_HEIGHT);
  const width = height * ratio;
  const x = b.x - (width - b.width) / 2;
  const y = floored ? b.y + b.height - height : b.y - (height - b.height) / 2;
  return { x, y, width, height };
}

/**
 * How much to thicken every stroke so the thinnest limb (`thinnest` drawing units wide) is at least
 * `minPx` CSS px in `frame`, the viewBox scaled to fit (preserveAspectRatio meet). Never thinner than drawn.
 */
export function strokeScale(box: ViewBox, frame: Frame, thinnest: number, minPx = 3): number {
  const pxPerUnit = Math.min(frame.width / box.width, frame.height / box.height);
  return Math.max(1, minPx / (thinnest * pxPerUnit));
}
