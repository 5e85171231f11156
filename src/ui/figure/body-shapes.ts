/** The figure's own shapes for one set of joints: far limbs, torso and head, near limbs. */
import type { LimbName, LimbPartName } from '@/content/illustration-schema';
import { along, HEAD_RADIUS, type Joints, type Point, type View } from './pose-geometry';
import { circle, polyline, round, type LimbPart, type Shape, type Tone } from './shape-paths';

/** Torso depth seen from the side, as half-widths either side of the hip–neck line. */
const SIDE_HALF_DEPTH = { hip: 5.5, neck: 5 };
/** A folded body's trunk seen from the side: slimmer, so it lies on the thighs instead of hiding them. */
const FOLDED_HALF_DEPTH = { hip: 3.5, neck: 3.5 };
/**
 * How far a folded trunk's back bows out at its middle, seen from the side (child's pose: a round back
 * over the thighs reads at list size where a straight plank does not). The back is the side a quarter
 * turn anticlockwise on screen from the hip-to-neck direction: the upper side of a body folded forward.
 */
const FOLDED_BACK_ROUND = 5;
/** Radius of the background disc under a folded body's head: with the halo's width, a gap round the head. */
const HEAD_HALO_RADIUS = 5;

/** Fraction of a near limb's first segment left without a halo. */
const HALO_START = 0.45;

function sideTorso(hip: Point, neck: Point, depth = SIDE_HALF_DEPTH): Point[] {
  const angle = (Math.atan2(neck[1] - hip[1], neck[0] - hip[0]) * 180) / Math.PI;
  return [
    along(hip, angle + 90, depth.hip),
    along(hip, angle - 90, depth.hip),
    along(neck, angle - 90, depth.neck),
    along(neck, angle + 90, depth.neck),
  ];
}

/** A side-view trunk whose back edge (corners 1 to 2) is a curve bowed out by FOLDED_BACK_ROUND. */
function roundBacked(corners: readonly Point[], hip: Point, neck: Point): string {
  const [hipFront, hipBack, neckBack, neckFront] = corners as [Point, Point, Point, Point];
  const angle = (Math.atan2(neck[1] - hip[1], neck[0] - hip[0]) * 180) / Math.PI;
  // A quadratic curve's middle is halfway to its control point: twice the bow out from the chord.
  const middle: Point = [(hipBack[0] + neckBack[0]) / 2, (hipBack[1] + neckBack[1]) / 2];
  const [cx, cy] = along(middle, angle - 90, 2 * FOLDED_BACK_ROUND);
  return `${polyline([hipFront, hipBack])}Q${round(cx)} ${round(cy)} ${round(neckBack[0])} ${round(neckBack[1])}${polyline([neckFront]).replace('M', 'L')}Z`;
}

/** A limb's shapes: whole (one outline along it), or as its upper and lower parts (each outlined). */
interface LimbShapes {
  whole: Shape[];
  upper: Shape[];
  lower: Shape[];
}

/**
 * A limb as an upper segment drawn wider than the rest (a thigh is thicker than a shin: without
 * that a bent leg reads as a stick and it is unclear which end is the knee). Near and working limbs
 * sit over a background-coloured outline that keeps them readable where they cross the torso or
 * the other limb; it starts a little way out from the root so it doesn't notch the torso. Drawn in
 * two places of the depth order, each part carries its own outline.
 */
function limb(tone: Tone, parts: readonly [LimbPart, LimbPart], root: Point, middle: Point, ...rest: Point[]): LimbShapes {
  const upper: Shape = { paint: `${tone}-${parts[0]}`, d: polyline([root, middle]) };
  const lower: Shape = { paint: `${tone}-${parts[1]}`, d: polyline([middle, ...rest]) };
  if (tone === 'far') return { whole: [upper, lower], upper: [upper], lower: [lower] };
  const haloStart: Point = [root[0] + (middle[0] - root[0]) * HALO_START, root[1] + (middle[1] - root[1]) * HALO_START];
  const halo = (points: Point[]): Shape => ({ paint: 'halo', d: polyline(points) });
  // Drawn apart, the lower part's outline also starts a little way out, so it doesn't notch the knee.
  const [next = middle, ...after] = rest;
  const lowerStart: Point = [middle[0] + (next[0] - middle[0]) * HALO_START, middle[1] + (next[1] - middle[1]) * HALO_START];
  return {
    whole: [halo([haloStart, middle, ...rest]), upper, lower],
    upper: [halo([haloStart, middle]), upper],
    lower: [halo([lowerStart, next, ...after]), lower],
  };
}

const LEG = ['thigh', 'shin'] as const;
const ARM = ['arm', 'forearm'] as const;
/** The default back-to-front order of the limbs. */
const LIMB_ORDER: readonly LimbName[] = ['farArm', 'farLeg', 'nearLeg', 'nearArm'];
/** Each limb's upper and lower part, as named in `inFront`. */
const PARTS: Record<LimbName, readonly [LimbPartName, LimbPartName]> = {
  nearLeg: ['nearThigh', 'nearShin'],
  farLeg: ['farThigh', 'farShin'],
  nearArm: ['nearUpperArm', 'nearForearm'],
  farArm: ['farUpperArm', 'farForearm'],
};
/** Which limb, and which of its two parts, each part name in `inFront` means (derived from PARTS). */
const PART_OF: Partial<Record<LimbPartName, readonly [LimbName, 'upper' | 'lower']>> = {};
for (const [name, [upper, lower]] of Object.entries(PARTS) as [LimbName, readonly [LimbPartName, LimbPartName]][]) {
  PART_OF[upper] = [name, 'upper'];
  PART_OF[lower] = [name, 'lower'];
}

/** Back to front: far arm and leg (muted), torso, head, near leg and arm; working limbs highlighted. */
export function bodyShapes(
  j: Joints,
  view: View,
  {
    highlight = [],
    legsBehind = false,
    folded = false,
    inFront,
  }: {
    highlight?: readonly LimbName[] | undefined;
    legsBehind?: boolean | undefined;
    folded?: boolean | undefined;
    inFront?: readonly LimbPartName[] | undefined;
  } = {},
): { behind: Shape[]; inFront: Shape[] } {
  const tone = (name: LimbName, base: Tone): Tone => (highlight.includes(name) ? 'work' : base);
  // The torso is a solid quadrilateral from hips to shoulders: it reads as a body at any angle,
  // where a spine line with bars across it reads as scaffolding. From the side it is a slim taper.
  const corners =
    view === 'side'
      ? sideTorso(j.hip, j.neck, folded ? FOLDED_HALF_DEPTH : SIDE_HALF_DEPTH)
      : [j.nearHip, j.farHip, j.farShoulder, j.nearShoulder];
  const torso = view === 'side' && folded ? roundBacked(corners, j.hip, j.neck) : `${polyline(corners)}Z`;
  // Folded, the trunk lies on the thighs and the head on the mat: outlines keep the three apart.
  const outlined = (shape: Shape, halo: string): Shape[] => (folded ? [{ paint: 'halo', d: halo }, shape] : [shape]);
  const limbs: Record<LimbName, LimbShapes> = {
    farArm: limb(tone('farArm', 'far'), ARM, j.farShoulder, j.farElbow, j.farHand),
    farLeg: limb(tone('farLeg', 'far'), LEG, j.farHip, j.farKnee, j.farAnkle, j.farToe),
    nearLeg: limb(tone('nearLeg', 'near'), LEG, j.nearHip, j.nearKnee, j.nearAnkle, j.nearToe),
    nearArm: limb(tone('nearArm', 'near'), ARM, j.nearShoulder, j.nearElbow, j.nearHand),
  };
  const front: readonly LimbPartName[] = inFront ?? (legsBehind ? ['nearArm'] : ['nearLeg', 'nearArm']);
  const shapesOfPart = (name: LimbPartName): Shape[] => {
    const part = PART_OF[name];
    return part ? limbs[part[0]][part[1]] : limbs[name as LimbName].whole;
  };
  // Behind the trunk: every limb, or the part of it, not named in front.
  const back = LIMB_ORDER.flatMap((name): Shape[] => {
    if (front.includes(name)) return [];
    const [upper, lower] = PARTS[name].map((part) => !front.includes(part));
    if (upper && lower) return limbs[name].whole;
    return [...(upper ? limbs[name].upper : []), ...(lower ? limbs[name].lower : [])];
  });
  return {
    behind: [
      ...back,
      ...outlined({ paint: 'torso', d: torso }, torso),
      ...outlined({ paint: 'head', d: circle(j.head, HEAD_RADIUS) }, circle(j.head, HEAD_HALO_RADIUS)),
    ],
    inFront: front.flatMap(shapesOfPart),
  };
}
