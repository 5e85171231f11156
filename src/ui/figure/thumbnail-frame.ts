/**
 * The list thumbnail's camera (docs/decisions/009): a still key frame in a small fixed frame, framed
 * on the part of the body the exercise is about when the illustration names one, with strokes kept
 * thick enough to read. Pure geometry.
 */
import type { Illustration } from '@/content/illustration-schema';
import { FLOOR_Y, jointsOf, type Point, type View } from './pose-geometry';
import { bodyExtent, boxAround, clampTo, figureBounds, propAnchor, propExtent, type ViewBox } from './figure-bounds';

/** The library list's thumbnail in CSS px; library.css draws `.exercise-card-figure` exactly this size. */
export const THUMBNAIL = { width: 168, height: 104 } as const;

export interface Frame {
  width: number;
  height: number;
}

/** One still of a thumbnail: a single pose of one camera, the drawing units it shows, and where in the frame. */
export interface ThumbnailPanel {
  /** One camera and one pose: `keyframes` holds just the still, `inset` is unset. */
  still: Illustration;
  /** The drawing units shown (a viewBox). */
  box: ViewBox;
  /** Where the still sits in the frame, in CSS px. */
  at: ViewBox;
}

/** CSS px between two stills; the divider is drawn in it. */
export const PANEL_GAP = 6;

const DEFAULT_PAD = 8;
/** A prop or cue anchored this close to the focus belongs to it (a cushion under the knee, an arc at the ankle). */
const NEAR = 16;
/**
 * The closest the camera comes in the full thumbnail frame, as the smallest height of drawing shown:
 * closer, a limb is thicker than a third of the frame and stops reading as a limb. A shorter frame
 * (a still of two stacked) scales it down with its height.
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
  // A still half the frame's height (two stacked) may come twice as close: the limit is a limb's share of the frame.
  const closest = (MIN_HEIGHT * frame.height) / THUMBNAIL.height;
  return clampTo(toShape(boxAround(points, illustration.thumbnail?.pad ?? DEFAULT_PAD), ratio, view !== 'top', closest));
}

/**
 * The thumbnail's stills (docs/decisions/014): the key frame alone filling the frame, or with
 * `thumbnail.also` the key frame and a second still (the other end of the movement, or the second
 * camera) side by side, or stacked, each framed on its focus at its half's shape and at one scale,
 * so the two compare.
 */
export function thumbnailPanels(illustration: Illustration, frame: Frame = THUMBNAIL): ThumbnailPanel[] {
  const { inset, thumbnail, ...main } = illustration;
  const also = thumbnail?.also;
  const key: Illustration = { ...main, keyframes: illustration.keyframes.slice(0, 1), ...(thumbnail ? { thumbnail } : {}) };
  if (!also) return [{ still: key, box: thumbnailBounds(key, frame), at: { x: 0, y: 0, ...frame } }];
  const framing = { thumbnail: { ...thumbnail, focus: also.focus ?? thumbnail.focus, also: undefined } };
  // The schema checks the index; a pose it can't find falls back to the key frame.
  const camera =
    also.inset && inset ? { ...inset, inFront: undefined } : { view: main.view, props: main.props, keyframes: illustration.keyframes };
  const pose = camera.keyframes[also.keyframe ?? 0];
  const second: Illustration = { ...main, ...camera, keyframes: pose ? [pose] : key.keyframes, ...framing };
  const half: Frame = also.stack
    ? { width: frame.width, height: (frame.height - PANEL_GAP) / 2 }
    : { width: (frame.width - PANEL_GAP) / 2, height: frame.height };
  const [first, other] = atOneScale(thumbnailBounds(key, half), thumbnailBounds(second, half), [key.view, second.view]);
  const offset = also.stack ? { x: 0, y: half.height + PANEL_GAP } : { x: half.width + PANEL_GAP, y: 0 };
  return [
    { still: key, box: first, at: { x: 0, y: 0, ...half } },
    { still: second, box: other, at: { ...offset, ...half } },
  ];
}

/** Boxes of one shape grown to the largest one's size (about their centre, or upwards from a floor), so both are drawn at one scale. */
function atOneScale(a: ViewBox, b: ViewBox, [viewA, viewB]: [View, View]): [ViewBox, ViewBox] {
  const height = Math.max(a.height, b.height);
  const grown = (box: ViewBox, view: View) => clampTo(toShape(box, box.width / box.height, view !== 'top', height));
  return [grown(a, viewA), grown(b, viewB)];
}

/** Grown to exactly `ratio` (and at least MIN_HEIGHT tall) about its centre, or upwards when `floored`. */
function toShape(b: ViewBox, ratio: number, floored: boolean, minHeight = MIN_HEIGHT): ViewBox {
  const height = Math.max(b.height, b.width / ratio, minHeight);
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
