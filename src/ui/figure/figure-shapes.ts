/**
 * Turns one pose into SVG path data, in paint order. Every frame of an illustration yields the
 * same list (same length, same commands), so the component can animate each path's `d` with SMIL.
 */
import type { Illustration, Pose, Prop } from '@/content/illustration-schema';
import { bodyShapes } from './body-shapes';
import { FLOOR_Y, jointsOf, type View } from './pose-geometry';
import { framesOf } from './pose-frames';
import { propShapes } from './prop-shapes';
import { polyline, type Shape } from './shape-paths';

/** Props that the body rests on or stands beside are drawn behind it; held or worn ones in front. */
const IN_FRONT: ReadonlySet<Prop['kind']> = new Set(['band', 'dumbbell', 'ankle-weight', 'massage-stick']);
/** Arrows go over everything, props included (an angle arc sits behind, with the floor props). */
const CUES: ReadonlySet<Prop['kind']> = new Set(['arrow']);

/** All shapes for one pose, back to front. */
export function shapesOf(
  pose: Pose,
  props: readonly Prop[],
  view: View,
  style: Pick<Illustration, 'highlight' | 'legsBehind' | 'folded' | 'inFront'> = {},
): Shape[] {
  const joints = jointsOf(pose, view);
  const body = bodyShapes(joints, view, style);
  const drawn = (list: readonly Prop[]): Shape[] => list.flatMap((p) => propShapes(p, joints, pose, view));
  const objects = props.filter((p) => !CUES.has(p.kind));
  const propsWhere = (inFront: boolean): Shape[] => drawn(objects.filter((p) => IN_FRONT.has(p.kind) === inFront));
  // Seen from above the floor is everywhere, so a top view has no floor line.
  const floor: Shape[] =
    view === 'top'
      ? []
      : [
          {
            paint: 'floor',
            d: polyline([
              [4, FLOOR_Y + 1.5],
              [236, FLOOR_Y + 1.5],
            ]),
          },
        ];
  const cues = drawn(props.filter((p) => CUES.has(p.kind)));
  return [...floor, ...propsWhere(false), ...body.behind, ...body.inFront, ...propsWhere(true), ...cues];
}

export interface AnimatedShape extends Shape {
  /** Semicolon-separated `d` per frame, when the shape moves; the last equals the first. */
  values?: string;
}

/**
 * The shapes to draw: the first keyframe's, each with its per-frame path data when it moves.
 * `stepsPerTransition` 0 means static (the reduced-motion path).
 */
export function animatedShapesOf(
  illustration: Pick<Illustration, 'keyframes' | 'props' | 'view' | 'highlight' | 'legsBehind' | 'folded' | 'inFront' | 'inset'>,
  stepsPerTransition: number,
): AnimatedShape[] {
  const { inset, ...main } = illustration;
  // A second camera is the same person in the same style, drawn behind the first. A depth order
  // belongs to one camera: what is in front from the side is not from above, so the inset keeps
  // `legsBehind` and the default order but not the main camera's `inFront`.
  const second = inset ? oneCamera({ ...main, inFront: undefined, ...inset }, stepsPerTransition) : [];
  return [...second, ...oneCamera(main, stepsPerTransition)];
}

function oneCamera(
  illustration: Pick<Illustration, 'keyframes' | 'props' | 'view' | 'highlight' | 'legsBehind' | 'folded' | 'inFront'>,
  stepsPerTransition: number,
): AnimatedShape[] {
  const { props, view } = illustration;
  const first = illustration.keyframes[0];
  if (!first) return [];
  const poses = stepsPerTransition > 0 ? framesOf(illustration, stepsPerTransition) : [first];
  const frames = poses.map((pose) => shapesOf(pose, props, view, illustration));
  const [still = []] = frames;
  return still.map((shape, i) => {
    const ds = frames.map((frame) => frame[i]?.d ?? shape.d);
    return ds.every((d) => d === shape.d) ? shape : { ...shape, values: ds.join(';') };
  });
}
