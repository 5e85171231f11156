/**
 * Simple, readable shapes for props. Reference point: `attach` joint + `offset` (moves with the
 * figure) or else `at`. Floor-standing furniture (step, block, cushion, chair, table, wall) takes
 * the reference point as the middle of its top edge and reaches down to the floor.
 */
import type { JointName, Pose, Prop } from '@/content/illustration-schema';
import { box, circle, polyline, round, type Shape } from './shape-paths';
import { along, FLOOR_Y, type Joints, type Point, type View } from './pose-geometry';
import { angleArcShapes, arrowShapes } from './cue-shapes';

/** The segment that ends at each joint, so worn or held props can line up with the limb. */
function segmentAngle(joint: JointName, pose: Pose): number {
  const byJoint: Record<JointName, number> = {
    hip: pose.trunk,
    neck: pose.trunk,
    head: pose.head ?? pose.trunk,
    nearKnee: pose.nearThigh,
    nearAnkle: pose.nearShin,
    nearToe: pose.nearFoot,
    farKnee: pose.farThigh,
    farAnkle: pose.farShin,
    farToe: pose.farFoot,
    nearElbow: pose.nearUpperArm,
    nearHand: pose.nearForearm,
    farElbow: pose.farUpperArm,
    farHand: pose.farForearm,
  };
  return byJoint[joint];
}

const pt = (p: Point): Point => [round(p[0]), round(p[1])];

/** Standing on the floor in side and front views; seen from above, a footprint centred on `p`. */
function floorBox(p: Point, width: number, radius: number, view: View): string {
  if (view !== 'top') return box(pt(p), width, FLOOR_Y, radius);
  const depth = width * 0.7;
  return box(pt([p[0], p[1] - depth / 2]), width, p[1] + depth / 2, radius);
}

/** Half the depth of a mat seen from above: deep enough for arms resting out to the sides of a lying body. */
export function topMatHalfDepth(width: number): number {
  return Math.max(60, width * 0.47) / 2;
}

/**
 * An exercise mat under the body: a thin strip on the floor seen from the side; from the front,
 * a floor plane receding upwards (narrower at the back), the cue that a shin drawn pointing up the
 * picture lies on the floor behind; from above, a rectangle. `p` is the middle of its front edge.
 */
function mat(p: Point, width: number, view: View): string {
  const [x, y] = pt(p);
  const half = width / 2;
  if (view === 'side') return box([x, FLOOR_Y - 1], width, FLOOR_Y + 3, 1);
  if (view === 'front') {
    const depth = 34;
    return `M${round(x - half)} ${FLOOR_Y + 3}L${round(x + half)} ${FLOOR_Y + 3}L${round(x + half * 0.8)} ${round(FLOOR_Y + 3 - depth)}L${round(x - half * 0.8)} ${round(FLOOR_Y + 3 - depth)}Z`;
  }
  const depth = topMatHalfDepth(width);
  return box([x, round(y - depth)], width, round(y + depth), 3);
}

function chair(p: Point, width: number, view: View): Shape[] {
  const [x, y] = p;
  const half = width / 2;
  const seat = polyline([
    [x - half, y + 1.5],
    [x + half, y + 1.5],
  ]);
  const legs =
    polyline([
      [x - half + 2, y],
      [x - half + 2, FLOOR_Y],
    ]) +
    polyline([
      [x + half - 2, y],
      [x + half - 2, FLOOR_Y],
    ]);
  // Side view: the backrest rises at the back (left; figures face right). Front view: a frame behind.
  const back =
    view === 'side'
      ? polyline([
          [x - half + 2, y],
          [x - half, y - 32],
        ])
      : polyline([
          [x - half + 2, y],
          [x - half + 2, y - 32],
          [x + half - 2, y - 32],
          [x + half - 2, y],
        ]);
  return [
    { paint: 'prop-line', d: legs + back },
    { paint: 'prop-heavy', d: seat },
  ];
}

/** Beads along a massage stick's shaft: a fixed number, so every frame has the same commands for SMIL. */
const STICK_BEADS = 4;
/** How far each handle reaches past the hand that holds it, and in along the shaft. */
const GRIP = { out: 5, in: 4 };

/**
 * A roller massage stick held in both hands: a handle in each fist at the ends and a row of rollers
 * between them — the look of the real thing, where a single hooked rod read as a walking cane.
 */
function stick(from: Point, to: Point): Shape[] {
  const angle = (Math.atan2(to[1] - from[1], to[0] - from[0]) * 180) / Math.PI;
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const grip = (hand: Point, outwards: number): string => polyline([along(hand, outwards, GRIP.out), along(hand, outwards + 180, GRIP.in)]);
  const start = GRIP.in + 3;
  const spacing = (length - 2 * start) / (STICK_BEADS - 1);
  const beads = Array.from({ length: STICK_BEADS }, (_, i) => circle(pt(along(from, angle, start + i * spacing)), 2.3)).join('');
  return [
    { paint: 'prop-thin', d: polyline([from, to]) },
    { paint: 'prop-solid', d: beads },
    { paint: 'prop-grip', d: grip(from, angle + 180) + grip(to, angle) },
  ];
}

/**
 * The worked area: a soft patch over the part of the body a ball, roller or stick acts on, from `p`
 * towards `to` (following the limb) or along `direction`, `size` long.
 */
function area(p: Point, heading: number, length: number): Shape[] {
  const end = along(p, heading, Math.max(length, 0.1));
  return [{ paint: 'area', d: polyline([p, end]) }];
}

/**
 * A tennis ball: the solid ball in a tennis ball's yellow-green, with its two seams, each curving in from
 * one side, the ")(" of every tennis ball picture, so it reads apart from a plain (prop-coloured) massage
 * ball even at list size. Each seam is
 * drawn twice, a hair apart, so it is twice the ink of a single seam line.
 */
function tennisBall([x, y]: Point, r: number): Shape[] {
  const seam = (side: 1 | -1, shift: number): string => {
    const ex = round(x + side * (r * 0.64 + shift));
    return `M${ex} ${round(y - r * 0.77)}Q${round(x + side * (r * 0.02 + shift))} ${y} ${ex} ${round(y + r * 0.77)}`;
  };
  return [
    { paint: 'prop-tennis', d: circle([x, y], r) },
    { paint: 'prop-seam', d: seam(-1, 0) + seam(-1, 0.5) + seam(1, 0) + seam(1, 0.5) },
  ];
}

/** Shapes for one prop in the current pose. */
export function propShapes(prop: Prop, joints: Joints, pose: Pose, view: View): Shape[] {
  const base = prop.attach ? joints[prop.attach] : (prop.at ?? [0, 0]);
  const offset = prop.offset ?? [0, 0];
  const p: Point = [base[0] + offset[0], base[1] + offset[1]];
  const limb = prop.attach ? segmentAngle(prop.attach, pose) : 0;
  const to = prop.to ? joints[prop.to] : undefined;
  const size = prop.size;

  switch (prop.kind) {
    case 'ball':
      return [{ paint: 'prop-solid', d: circle(pt(p), size ?? 7) }];
    case 'tennis-ball':
      return tennisBall(pt(p), size ?? 5);
    case 'foam-roller': {
      if (view === 'side') {
        const r = size ?? 9;
        return [
          { paint: 'prop-box', d: circle(pt(p), r) },
          { paint: 'prop-thin', d: circle(pt(p), r * 0.3) },
        ];
      }
      const length = size ?? 50;
      return [{ paint: 'prop-box', d: box(pt([p[0], p[1] - 8]), length, p[1] + 8, 6) }];
    }
    case 'massage-stick':
      return stick(p, to ?? along(p, limb, size ?? 40));
    case 'band':
      return [{ paint: 'prop-thin', d: polyline([p, to ?? along(p, 0, size ?? 30)]) }];
    case 'step':
      return [{ paint: 'prop-box', d: floorBox(p, size ?? 44, 0, view) }];
    case 'block':
      return [{ paint: 'prop-box', d: floorBox(p, size ?? 16, 1.5, view) }];
    case 'cushion':
      return [{ paint: 'prop-box', d: floorBox(p, size ?? 24, 4, view) }];
    case 'chair':
      return chair(pt(p), size ?? 30, view);
    case 'table': {
      const half = (size ?? 60) / 2;
      const [x, y] = pt(p);
      return [
        {
          paint: 'prop-line',
          d:
            polyline([
              [x - half + 3, y],
              [x - half + 3, FLOOR_Y],
            ]) +
            polyline([
              [x + half - 3, y],
              [x + half - 3, FLOOR_Y],
            ]),
        },
        {
          paint: 'prop-heavy',
          d: polyline([
            [x - half, y + 2],
            [x + half, y + 2],
          ]),
        },
      ];
    }
    case 'wall': {
      const [x, y] = pt(p);
      // Hatching on the solid side, away from the middle of the picture where the figure stands.
      const out = x < 120 ? -6 : 6;
      const count = Math.floor((FLOOR_Y - y - 6) / 16) + 1;
      const ticks = Array.from({ length: count }, (_, i) =>
        polyline([
          [x, y + 6 + i * 16],
          [x + out, y + i * 16],
        ]),
      ).join('');
      return [
        {
          paint: 'prop-line',
          d:
            polyline([
              [x, y],
              [x, FLOOR_Y],
            ]) + ticks,
        },
      ];
    }
    case 'ankle-weight':
      // A cuff: a short fat stroke across the limb.
      return [{ paint: 'prop-cuff', d: polyline([along(p, limb + 90, 2), along(p, limb - 90, 2)]) }];
    case 'dumbbell': {
      const half = (size ?? 16) / 2;
      const a = along(p, limb + 90, half);
      const b = along(p, limb - 90, half);
      const plate = (c: Point): string => polyline([along(c, limb, 3.5), along(c, limb, -3.5)]);
      return [
        { paint: 'prop-line', d: polyline([a, b]) },
        { paint: 'prop-heavy', d: plate(along(p, limb + 90, half - 2)) + plate(along(p, limb - 90, half - 2)) },
      ];
    }
    case 'mat':
      return [{ paint: 'mat', d: mat(p, size ?? 120, view) }];
    case 'mirror': {
      // A tall pane standing on the floor with two glints: it reads as glass, not as a wall.
      const [x, y] = pt(p);
      const w = size ?? 10;
      return [
        { paint: 'prop-box', d: box([x, y], w, FLOOR_Y, 1.5) },
        {
          paint: 'prop-thin',
          d: `M${round(x - w * 0.2)} ${round(y + 14)}l${round(w * 0.4)} -8M${round(x - w * 0.2)} ${round(y + 24)}l${round(w * 0.4)} -8`,
        },
      ];
    }
    case 'arrow':
      return arrowShapes(pt(p), prop.direction ?? 0, size ?? 24, prop.bend ?? 0, prop.heads ?? 'end');
    case 'angle-arc':
      return angleArcShapes(pt(p), prop.direction ?? -90, prop.bend ?? 30, size ?? 14);
    case 'area': {
      const target = to ?? along(p, prop.direction ?? 0, size ?? 20);
      const heading = (Math.atan2(target[1] - p[1], target[0] - p[0]) * 180) / Math.PI;
      return area(p, heading, size ?? Math.hypot(target[0] - p[0], target[1] - p[1]));
    }
    case 'towel':
      return [{ paint: 'prop-box', d: box(pt([p[0], p[1] - 2]), size ?? 24, p[1] + 2, 1.5) }];
  }
}
