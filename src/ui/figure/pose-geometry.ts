/**
 * Forward kinematics for the posed stick figure (docs/decisions/002). Pure: no React, no DOM.
 * Angles are absolute, in degrees, screen space: 0 = right, 90 = down, 180 = left, -90 = up.
 */
import type { Illustration, JointName, Pose } from '@/content/illustration-schema';
import { REQUIRED_ANGLES, type SegmentName } from '@/content/pose-segments';

export type Point = readonly [x: number, y: number];
export type View = Illustration['view'];

/**
 * Segment lengths in viewBox units, from adult proportions (Drillis & Contini): hip-to-ankle 0.5 of
 * stature, hip-to-shoulder 0.3, shoulder-to-grip 0.38. Arms that are too short can't reach a thigh
 * when lying down. Standing, the figure is ~125 tall with the ankle 3.5 above the floor, which
 * leaves room above the head in the 160-high viewBox.
 */
export const SEGMENT = {
  trunk: 38,
  thigh: 33,
  shin: 31,
  foot: 12,
  upperArm: 24,
  forearm: 25,
} as const;

export const HEAD_RADIUS = 8;
/** Gap between the top of the trunk line and the head circle. */
export const NECK_GAP = 3;
export const FLOOR_Y = 150;

/**
 * Front and top views see the hips and shoulders side by side, so they get a width; a side view
 * sees them on top of each other. Half-widths, in viewBox units.
 */
export const PELVIS_HALF_WIDTH = 7;
export const SHOULDER_HALF_WIDTH = 12;

/** Every named joint plus the hip and shoulder sockets (equal to hip/neck in side view). */
export type Joints = Record<JointName | 'nearHip' | 'farHip' | 'nearShoulder' | 'farShoulder', Point>;

const RAD = Math.PI / 180;

/** The point `length` away from `from` in direction `deg`. */
export function along(from: Point, deg: number, length: number): Point {
  return [from[0] + length * Math.cos(deg * RAD), from[1] + length * Math.sin(deg * RAD)];
}

const FULL_LENGTH: Record<SegmentName, number> = {
  trunk: SEGMENT.trunk,
  head: NECK_GAP + HEAD_RADIUS,
  nearThigh: SEGMENT.thigh,
  farThigh: SEGMENT.thigh,
  nearShin: SEGMENT.shin,
  farShin: SEGMENT.shin,
  nearFoot: SEGMENT.foot,
  farFoot: SEGMENT.foot,
  nearUpperArm: SEGMENT.upperArm,
  farUpperArm: SEGMENT.upperArm,
  nearForearm: SEGMENT.forearm,
  farForearm: SEGMENT.forearm,
};

/** Drawn length of a segment in this pose (its full length unless foreshortened). */
export function segmentLength(pose: Pose, segment: SegmentName): number {
  return FULL_LENGTH[segment] * (pose.foreshorten?.[segment] ?? 1);
}

/** Joint positions for a pose, by forward kinematics from the hip. */
export function jointsOf(pose: Pose, view: View = 'side'): Joints {
  const { hip } = pose;
  const len = (segment: SegmentName): number => segmentLength(pose, segment);
  const neck = along(hip, pose.trunk, len('trunk'));
  const head = along(neck, pose.head ?? pose.trunk, len('head'));
  const isWide = view !== 'side';
  // "near" is the person's right: facing us (front) or lying face up seen from above (top), that is
  // a quarter turn anticlockwise from the trunk's direction in both cases.
  const nearSide = pose.trunk - 90;
  const nearHip = isWide ? along(hip, nearSide, PELVIS_HALF_WIDTH) : hip;
  const farHip = isWide ? along(hip, nearSide, -PELVIS_HALF_WIDTH) : hip;
  const nearShoulder = isWide ? along(neck, nearSide, SHOULDER_HALF_WIDTH) : neck;
  const farShoulder = isWide ? along(neck, nearSide, -SHOULDER_HALF_WIDTH) : neck;

  const nearKnee = along(nearHip, pose.nearThigh, len('nearThigh'));
  const nearAnkle = along(nearKnee, pose.nearShin, len('nearShin'));
  const farKnee = along(farHip, pose.farThigh, len('farThigh'));
  const farAnkle = along(farKnee, pose.farShin, len('farShin'));
  const nearElbow = along(nearShoulder, pose.nearUpperArm, len('nearUpperArm'));
  const farElbow = along(farShoulder, pose.farUpperArm, len('farUpperArm'));

  return {
    hip,
    neck,
    head,
    nearHip,
    farHip,
    nearShoulder,
    farShoulder,
    nearKnee,
    nearAnkle,
    nearToe: along(nearAnkle, pose.nearFoot, len('nearFoot')),
    farKnee,
    farAnkle,
    farToe: along(farAnkle, pose.farFoot, len('farFoot')),
    nearElbow,
    nearHand: along(nearElbow, pose.nearForearm, len('nearForearm')),
    farElbow,
    farHand: along(farElbow, pose.farForearm, len('farForearm')),
  };
}

/** Normalises an angle to (-180, 180]. */
export function normalizeAngle(deg: number): number {
  const wrapped = ((deg % 360) + 360) % 360;
  return wrapped > 180 ? wrapped - 360 : wrapped;
}

/** Interpolates from `a` to `b` along the shorter way round the circle. */
export function lerpAngle(a: number, b: number, t: number): number {
  const delta = normalizeAngle(b - a);
  // Exactly half a turn is ambiguous; keep the positive direction so the result is stable.
  return normalizeAngle(a + delta * t);
}

const SEGMENT_NAMES = Object.keys(FULL_LENGTH) as SegmentName[];

const ANGLES = REQUIRED_ANGLES;

/** The pose a fraction `t` (0–1) of the way from `a` to `b`: hip linearly, angles by shortest arc. */
export function interpolatePose(a: Pose, b: Pose, t: number): Pose {
  const pose: Pose = {
    ...a,
    hip: [a.hip[0] + (b.hip[0] - a.hip[0]) * t, a.hip[1] + (b.hip[1] - a.hip[1]) * t],
  };
  for (const key of ANGLES) pose[key] = lerpAngle(a[key], b[key], t);
  if (a.head !== undefined || b.head !== undefined) {
    pose.head = lerpAngle(a.head ?? a.trunk, b.head ?? b.trunk, t);
  }
  if (a.foreshorten || b.foreshorten) {
    const factor = (p: Pose, s: SegmentName): number => p.foreshorten?.[s] ?? 1;
    pose.foreshorten = Object.fromEntries(SEGMENT_NAMES.map((s) => [s, factor(a, s) + (factor(b, s) - factor(a, s)) * t]));
  }
  return pose;
}
