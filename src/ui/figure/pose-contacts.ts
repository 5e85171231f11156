/**
 * Keeps contacts planted between keyframes. Interpolating angles with a linearly moving hip lets a
 * planted foot slide or sink through the floor mid-way; a limb whose end is in the same place in
 * both keyframes (a foot on the floor, a hand on a mat) is re-solved by two-bone IK to stay there.
 */
import type { Pose } from '@/content/illustration-schema';
import type { SegmentName } from '@/content/pose-segments';
import { jointsOf, segmentLength, type Joints, type Point, type View } from './pose-geometry';

interface Limb {
  root: keyof Joints;
  middle: keyof Joints;
  end: keyof Joints;
  upper: SegmentName & keyof Pose;
  lower: SegmentName & keyof Pose;
}

const LIMBS: readonly Limb[] = [
  { root: 'nearHip', middle: 'nearKnee', end: 'nearAnkle', upper: 'nearThigh', lower: 'nearShin' },
  { root: 'farHip', middle: 'farKnee', end: 'farAnkle', upper: 'farThigh', lower: 'farShin' },
  { root: 'nearShoulder', middle: 'nearElbow', end: 'nearHand', upper: 'nearUpperArm', lower: 'nearForearm' },
  { root: 'farShoulder', middle: 'farElbow', end: 'farHand', upper: 'farUpperArm', lower: 'farForearm' },
];

/**
 * How far (viewBox units) an end may move between keyframes and still count as planted; it then
 * glides straight from one spot to the other.
 */
const PLANTED = 3;
/** Below this |cross product| the limb is straight and fits either bend. */
const STRAIGHT = 1;

const DEG = 180 / Math.PI;
const angleOf = (from: Point, to: Point): number => Math.atan2(to[1] - from[1], to[0] - from[0]) * DEG;

/** Which side of the root→end line the middle joint is on: +1, -1, or 0 when straight. */
function bendSide(j: Joints, limb: Limb): number {
  const [r, m, e] = [j[limb.root], j[limb.middle], j[limb.end]];
  const cross = (m[0] - r[0]) * (e[1] - r[1]) - (m[1] - r[1]) * (e[0] - r[0]);
  return Math.abs(cross) < STRAIGHT ? 0 : Math.sign(cross);
}

/**
 * `pose`, a fraction `t` of the way from keyframe `a` to `b`, with every limb whose end is planted
 * in both put on the straight line between its two spots (the same spot, usually).
 */
export function keepContacts(pose: Pose, a: Pose, b: Pose, t: number, view: View): Pose {
  const [ja, jb, j] = [jointsOf(a, view), jointsOf(b, view), jointsOf(pose, view)];
  const out: Pose = { ...pose };
  for (const limb of LIMBS) {
    const [endA, endB] = [ja[limb.end], jb[limb.end]];
    const [sideA, sideB] = [bendSide(ja, limb), bendSide(jb, limb)];
    const isPlanted = Math.hypot(endA[0] - endB[0], endA[1] - endB[1]) <= PLANTED;
    if (!isPlanted || sideA * sideB < 0) continue;
    const side = sideA || sideB || 1;
    const end: Point = [endA[0] + (endB[0] - endA[0]) * t, endA[1] + (endB[1] - endA[1]) * t];
    const root = j[limb.root];
    const [l1, l2] = [segmentLength(pose, limb.upper), segmentLength(pose, limb.lower)];
    const reach = Math.hypot(end[0] - root[0], end[1] - root[1]);
    const d = Math.min(Math.max(reach, Math.abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6);
    const bend = Math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)) * DEG;
    const upper = angleOf(root, end) - side * bend;
    const middle: Point = [root[0] + l1 * Math.cos(upper / DEG), root[1] + l1 * Math.sin(upper / DEG)];
    out[limb.upper] = upper;
    out[limb.lower] = angleOf(middle, end);
  }
  return out;
}
