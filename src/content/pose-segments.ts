/**
 * The figure's segments, shared by the schema (build time) and the renderer (browser). Kept apart
 * from illustration-schema.ts so the browser can import the list without importing zod.
 */
export const SEGMENTS = [
  'trunk',
  'head',
  'nearThigh',
  'nearShin',
  'nearFoot',
  'farThigh',
  'farShin',
  'farFoot',
  'nearUpperArm',
  'nearForearm',
  'farUpperArm',
  'farForearm',
] as const;

export type SegmentName = (typeof SEGMENTS)[number];
/** Every segment has an angle in a pose; the head's is optional (it follows the trunk). */
export const REQUIRED_ANGLES = SEGMENTS.filter((s): s is Exclude<SegmentName, 'head'> => s !== 'head');
