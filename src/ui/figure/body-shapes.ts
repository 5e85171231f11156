/** The figure's own shapes for one set of joints: far limbs, torso and head, near limbs. */
import { along, HEAD_RADIUS, type Joints, type Point, type View } from './pose-geometry';
import { circle, polyline, type Shape } from './shape-paths';

/** Torso depth seen from the side, as half-widths either side of the hip–neck line. */
const SIDE_HALF_DEPTH = { hip: 4, neck: 4.5 };

/** Fraction of a near limb's first segment left without a halo. */
const HALO_START = 0.45;

function sideTorso(hip: Point, neck: Point): Point[] {
  const angle = (Math.atan2(neck[1] - hip[1], neck[0] - hip[0]) * 180) / Math.PI;
  return [
    along(hip, angle + 90, SIDE_HALF_DEPTH.hip),
    along(hip, angle - 90, SIDE_HALF_DEPTH.hip),
    along(neck, angle - 90, SIDE_HALF_DEPTH.neck),
    along(neck, angle + 90, SIDE_HALF_DEPTH.neck),
  ];
}

/**
 * A near limb over a background-coloured outline, which keeps it readable where it crosses the
 * torso or the other leg (ink on ink would merge). The outline starts a little way out from the
 * root so it doesn't cut a notch into the torso where the limb joins it.
 */
function nearLimb(root: Point, middle: Point, ...rest: Point[]): Shape[] {
  const haloStart: Point = [root[0] + (middle[0] - root[0]) * HALO_START, root[1] + (middle[1] - root[1]) * HALO_START];
  return [
    { paint: 'halo', d: polyline([haloStart, middle, ...rest]) },
    { paint: 'near', d: polyline([root, middle, ...rest]) },
  ];
}

/** Back to front: far arm and leg (muted), torso, head, near leg and arm. */
export function bodyShapes(j: Joints, view: View): { behind: Shape[]; inFront: Shape[] } {
  // The torso is a solid quadrilateral from hips to shoulders: it reads as a body at any angle,
  // where a spine line with bars across it reads as scaffolding. From the side it is a slim taper.
  const corners = view === 'side' ? sideTorso(j.hip, j.neck) : [j.nearHip, j.farHip, j.farShoulder, j.nearShoulder];
  return {
    behind: [
      { paint: 'far', d: polyline([j.farShoulder, j.farElbow, j.farHand]) },
      { paint: 'far', d: polyline([j.farHip, j.farKnee, j.farAnkle, j.farToe]) },
      { paint: 'torso', d: `${polyline(corners)}Z` },
      { paint: 'head', d: circle(j.head, HEAD_RADIUS) },
    ],
    inFront: [...nearLimb(j.nearHip, j.nearKnee, j.nearAnkle, j.nearToe), ...nearLimb(j.nearShoulder, j.nearElbow, j.nearHand)],
  };
}
