/**
 * Turns one pose into SVG path data, in paint order. Every frame of an illustration yields the
 * same list (same length, same commands), so the component can animate each path's `d` with SMIL.
 */
import type { Illustration, Pose, Prop } from '../../content/illustration-schema';
import { along, FLOOR_Y, framesOf, HEAD_RADIUS, jointsOf, type Joints, type Point, type View } from './pose-geometry';
import { propShapes } from './prop-shapes';
import { circle, polyline, type Shape } from './shape-paths';

/** Props that the body rests on or stands beside are drawn behind it; held or worn ones in front. */
const IN_FRONT: ReadonlySet<Prop['kind']> = new Set(['band', 'dumbbell', 'ankle-weight', 'massage-stick']);

/** Torso depth seen from the side, as half-widths either side of the hip–neck line. */
const SIDE_HALF_DEPTH = { hip: 4, neck: 4.5 };

function sideTorso(hip: Point, neck: Point): Point[] {
  const angle = (Math.atan2(neck[1] - hip[1], neck[0] - hip[0]) * 180) / Math.PI;
  return [
    along(hip, angle + 90, SIDE_HALF_DEPTH.hip),
    along(hip, angle - 90, SIDE_HALF_DEPTH.hip),
    along(neck, angle - 90, SIDE_HALF_DEPTH.neck),
    along(neck, angle + 90, SIDE_HALF_DEPTH.neck),
  ];
}

function bodyShapes(j: Joints, view: View): { far: Shape[]; body: Shape[]; near: Shape[] } {
  // The torso is a solid quadrilateral from hips to shoulders: it reads as a body at any angle,
  // where a spine line with bars across it reads as scaffolding. From the side it is a slim taper.
  const corners =
    view === 'side'
      ? sideTorso(j.hip, j.neck)
      : [j.nearHip, j.farHip, j.farShoulder, j.nearShoulder];
  const trunk: Shape = { paint: 'torso', d: `${polyline(corners)}Z` };
  return {
    far: [
      { paint: 'far', d: polyline([j.farShoulder, j.farElbow, j.farHand]) },
      { paint: 'far', d: polyline([j.farHip, j.farKnee, j.farAnkle, j.farToe]) },
    ],
    body: [
      trunk,
      { paint: 'head', d: circle(j.head, HEAD_RADIUS) },
    ],
    near: [
      { paint: 'near', d: polyline([j.nearHip, j.nearKnee, j.nearAnkle, j.nearToe]) },
      { paint: 'near', d: polyline([j.nearShoulder, j.nearElbow, j.nearHand]) },
    ],
  };
}

/** All shapes for one pose, back to front. */
export function shapesOf(pose: Pose, props: readonly Prop[], view: View): Shape[] {
  const joints = jointsOf(pose, view);
  const { far, body, near } = bodyShapes(joints, view);
  const propsWhere = (inFront: boolean): Shape[] =>
    props.filter((p) => IN_FRONT.has(p.kind) === inFront).flatMap((p) => propShapes(p, joints, pose, view));
  // Seen from above the floor is everywhere, so a top view has no floor line.
  const floor: Shape[] = view === 'top' ? [] : [{ paint: 'floor', d: polyline([[4, FLOOR_Y + 1.5], [236, FLOOR_Y + 1.5]]) }];
  return [
    ...floor,
    ...propsWhere(false),
    ...far,
    ...body,
    ...near,
    ...propsWhere(true),
  ];
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
  illustration: Pick<Illustration, 'keyframes' | 'props' | 'view'>,
  stepsPerTransition: number,
): AnimatedShape[] {
  const { props, view } = illustration;
  const first = illustration.keyframes[0];
  if (!first) return [];
  const poses = stepsPerTransition > 0 ? framesOf(illustration, stepsPerTransition) : [first];
  const frames = poses.map((pose) => shapesOf(pose, props, view));
  const [still = []] = frames;
  return still.map((shape, i) => {
    const ds = frames.map((frame) => frame[i]?.d ?? shape.d);
    return ds.every((d) => d === shape.d) ? shape : { ...shape, values: ds.join(';') };
  });
}
