/**
 * Illustration files (`content/illustrations/<exercise-id>.json`): a planar stick figure posed by
 * absolute joint angles, one or more keyframes, plus props. See docs/decisions/002.
 *
 * Angles are degrees in screen space: 0 points right (+x), 90 points down (+y), 180 left, -90 up.
 * Coordinates live in a 240 × 160 viewBox; the floor line is y = 150.
 */
import { z } from 'zod';
import { SEGMENTS } from './pose-segments.ts';

const angle = z.number().min(-360).max(360);
const point = z.tuple([z.number().min(-40).max(280), z.number().min(-40).max(200)]);

export const JOINTS = [
  'hip',
  'neck',
  'head',
  'nearKnee',
  'nearAnkle',
  'nearToe',
  'farKnee',
  'farAnkle',
  'farToe',
  'nearElbow',
  'nearHand',
  'farElbow',
  'farHand',
] as const;


export const poseSchema = z.strictObject({
  /** Position of the hip joint (the root of the figure). */
  hip: point,
  trunk: angle,
  /** Head direction; defaults to the trunk's. */
  head: angle.optional(),
  nearThigh: angle,
  nearShin: angle,
  nearFoot: angle,
  farThigh: angle,
  farShin: angle,
  farFoot: angle,
  nearUpperArm: angle,
  nearForearm: angle,
  farUpperArm: angle,
  farForearm: angle,
  /**
   * Optional: drawn length as a fraction (0.05–1) of a segment pointing towards or away from the
   * viewer, e.g. the thighs in a front-view squat or feet pointing at us. Unlisted segments are
   * full length. Needed because a planar figure otherwise can't show depth in front and top views.
   */
  foreshorten: z.partialRecord(z.enum(SEGMENTS), z.number().min(0.05).max(1)).optional(),
});

export const PROP_KINDS = [
  'ball',
  'tennis-ball',
  'foam-roller',
  'massage-stick',
  'band',
  'step',
  'chair',
  'table',
  'wall',
  'cushion',
  'ankle-weight',
  'dumbbell',
  'block',
  'towel',
  'mat',
  'mirror',
  // Cues, not objects: a motion arrow and an angle arc (src/ui/figure/cue-shapes.ts).
  'arrow',
  'angle-arc',
  // The body area a ball, roller or stick works on: a soft patch over the body (docs/decisions/009).
  'area',
] as const;

/** A prop is placed at a fixed point, or attached to a joint (it then moves with the figure). */
export const propSchema = z.strictObject({
  kind: z.enum(PROP_KINDS),
  at: point.optional(),
  attach: z.enum(JOINTS).optional(),
  /** Offset from the attached joint, in viewBox units. */
  offset: point.optional(),
  /**
   * For a band or a massage stick: the second joint it reaches to (both ends move with the figure); for an
   * area: the joint it runs towards from its point (it then follows the limb).
   */
  to: z.enum(JOINTS).optional(),
  /** Size hint (radius for balls, length for rollers/sticks/areas, width for furniture). */
  size: z.number().positive().max(200).optional(),
  /** For an arrow, an angle arc or an area with no `to`: the direction it starts in (degrees, as the pose's angles). */
  direction: angle.optional(),
  /** For an arrow: degrees it turns along its length (0 straight); for an angle arc: the angle swept. */
  bend: angle.optional(),
  /** For an arrow: a head at the end only (default), or at both ends for a movement back and forth. */
  heads: z.enum(['end', 'both']).optional(),
});

/** A limb of the figure, for highlighting the working one. */
export const LIMBS = ['nearLeg', 'farLeg', 'nearArm', 'farArm'] as const;
/** A limb, or one of its two parts (the upper segment; the lower one with the foot), for the depth order. */
export const LIMB_PARTS = [
  ...LIMBS,
  'nearThigh',
  'nearShin',
  'farThigh',
  'farShin',
  'nearUpperArm',
  'nearForearm',
  'farUpperArm',
  'farForearm',
] as const;
export type LimbPartName = (typeof LIMB_PARTS)[number];

export const illustrationSchema = z
  .strictObject({
    /** Which way we look at the figure; also said in the caption. */
    view: z.enum(['side', 'front', 'top']),
    /**
     * Which of the person's sides the near (front, full-ink) limbs are, as drawn; default right. The
     * player mirrors the figure when the session works the other side (docs/decisions/005).
     */
    nearSide: z.enum(['left', 'right']).optional(),
    /**
     * Draw both legs behind the torso: a figure sitting or kneeling seen from above has its trunk
     * over its legs, where the default order (near limbs in front) would put a thigh over the chest.
     */
    legsBehind: z.boolean().optional(),
    /**
     * A body folded onto itself (child's pose): a slimmer trunk with a rounded back in the side view, and
     * the trunk and head outlined in the background colour, so the thighs under the chest and the head on
     * the mat stay apart.
     */
    folded: z.boolean().optional(),
    /**
     * The limbs, or parts of limbs, drawn in front of the trunk, back to front (default: the near leg,
     * then the near arm; with `legsBehind`, the near arm); the rest are drawn behind it. A part is a
     * limb's upper segment (`nearThigh`, `farUpperArm`) or its lower one with the foot (`nearShin`,
     * `farForearm`). For poses the default can't show: figure-four's crossed thigh behind the bottom
     * thigh, the crossed shin over it, the hands behind that thigh.
     */
    inFront: z.array(z.enum(LIMB_PARTS)).min(1).max(8).optional(),
    /** The working limbs, drawn in the highlight colour (the near ones, for one-sided exercises). */
    highlight: z.array(z.enum(LIMBS)).max(4).optional(),

    /**
     * Optional: what the library list's small thumbnail frames (docs/decisions/009). The key frame's
     * `focus` joints, with the props and cues drawn at or near them, fill the thumbnail; the full-size
     * figure is unaffected. Unset: the whole key frame.
     */
    thumbnail: z
      .strictObject({
        focus: z.array(z.enum(JOINTS)).min(1).max(JOINTS.length),
        /** Room kept around the focus, in drawing units (default 8). */
        pad: z.number().min(0).max(40).optional(),
        /**
         * A second still beside the key frame (docs/decisions/014): the other end of the movement
         * (`keyframe`, an index into `keyframes`), or the second camera (`inset`, its `keyframe`-th
         * pose, default the first), framed on its own `focus` (default the key frame's). `stack`
         * puts the two one above the other, for figures wider than tall.
         */
        also: z
          .strictObject({
            keyframe: z.number().int().min(0).max(5).optional(),
            inset: z.boolean().optional(),
            focus: z.array(z.enum(JOINTS)).min(1).max(JOINTS.length).optional(),
            stack: z.boolean().optional(),
          })
          .optional(),
      })
      .optional(),

    /** Text alternative: the position and, for moving exercises, the movement. */
    caption: z.string().trim().min(10),
    /** Milliseconds for one full cycle through the keyframes (moving exercises). */
    cycleMs: z.number().int().min(800).max(20000).default(3000),
    keyframes: z.array(poseSchema).min(1).max(6),
    props: z.array(propSchema).default([]),
    /**
     * Optional: the same person from a second camera, drawn in the same frame (docs/decisions/011) — a
     * top view of a movement the main view can't show. Its poses are in the same drawing coordinates.
     */
    inset: z
      .strictObject({
        view: z.enum(['side', 'front', 'top']),
        keyframes: z.array(poseSchema).min(1).max(6),
        props: z.array(propSchema).default([]),
      })
      .optional(),
  })
  .superRefine((ill, ctx) => {
    const also = ill.thumbnail?.also;
    if (also) {
      const poses = also.inset ? ill.inset?.keyframes : ill.keyframes;
      const index = also.inset ? (also.keyframe ?? 0) : also.keyframe;
      const path = ['thumbnail', 'also', 'keyframe'];
      if (!poses) ctx.addIssue({ code: 'custom', path: ['thumbnail', 'also', 'inset'], message: 'there is no "inset" to show' });
      else if (also.inset && (index ?? 0) >= poses.length) {
        ctx.addIssue({ code: 'custom', path, message: `"keyframe" must be one of the inset's poses, 0 to ${poses.length - 1}` });
      } else if (!also.inset && (index === undefined || index < 1 || index >= poses.length)) {
        ctx.addIssue({ code: 'custom', path, message: `"keyframe" must be a pose other than the key frame, 1 to ${poses.length - 1}` });
      }
    }
    [...ill.props, ...(ill.inset?.props ?? [])].forEach((prop, i) => {
      if (!prop.at && !prop.attach) {
        ctx.addIssue({
          code: 'custom',
          path: ['props', i],
          message: 'a prop needs "at" (a point) or "attach" (a joint)',
        });
      }
    });
  });

export type Pose = z.infer<typeof poseSchema>;
export type Prop = z.infer<typeof propSchema>;
export type Illustration = z.infer<typeof illustrationSchema>;
export type JointName = (typeof JOINTS)[number];
export type LimbName = (typeof LIMBS)[number];
