import { describe, expect, it } from 'vitest';
import type { Pose } from '@/content/illustration-schema';
import { framesOf } from './pose-frames';
import { jointsOf, SEGMENT, type Point } from './pose-geometry';

// From content/illustrations/box-squat.json: standing, facing right, and sitting back to a chair,
// with the same feet.
const standing: Pose = {
  hip: [109, 83],
  trunk: -90,
  nearThigh: 80.9,
  nearShin: 94.1,
  nearFoot: 0,
  farThigh: 80,
  farShin: 89.5,
  farFoot: 0,
  nearUpperArm: -6,
  nearForearm: -4,
  farUpperArm: -2,
  farForearm: 0,
};
const squat: Pose = {
  hip: [88, 113.5],
  trunk: -52,
  head: -42,
  nearThigh: 5.7,
  nearShin: 106.6,
  nearFoot: 0,
  farThigh: 4.5,
  farShin: 101,
  farFoot: 0,
  nearUpperArm: -6,
  nearForearm: -4,
  farUpperArm: -2,
  farForearm: 0,
};
// Hands and knees, then rocked back: hands stay on the floor.
const hands: Pose = {
  hip: [86, 106.5],
  trunk: -4,
  nearThigh: 90,
  nearShin: 167,
  nearFoot: 180,
  farThigh: 90,
  farShin: 167,
  farFoot: 180,
  nearUpperArm: 85,
  nearForearm: 85,
  farUpperArm: 84,
  farForearm: 84,
};

describe('framesOf', () => {
  it('closes the loop: the last frame is the first keyframe', () => {
    const frames = framesOf({ keyframes: [standing, squat, standing] }, 7);
    expect(frames).toHaveLength(3 * 7 + 1);
    expect(frames[0]).toEqual(standing);
    expect(frames.at(-1)).toEqual(standing);
  });

  it('visits every keyframe on the way', () => {
    const frames = framesOf({ keyframes: [standing, squat] }, 6);
    expect(frames[6]).toEqual(squat);
  });

  it('gives a single pose for a single keyframe', () => {
    expect(framesOf({ keyframes: [standing] }, 7)).toEqual([standing]);
  });

  it('keeps planted feet where they are in between keyframes, with legs at full length', () => {
    const [start, end] = [jointsOf(standing), jointsOf(squat)];
    // Between the two keyframes' ankle spots (well under a unit apart), never below them.
    const between = (p: Point, a: Point, b: Point): void => {
      expect(p[0]).toBeGreaterThanOrEqual(Math.min(a[0], b[0]) - 1e-6);
      expect(p[0]).toBeLessThanOrEqual(Math.max(a[0], b[0]) + 1e-6);
      expect(p[1]).toBeLessThanOrEqual(Math.max(a[1], b[1]) + 1e-6);
    };
    for (const pose of framesOf({ keyframes: [standing, squat], view: 'side' }, 8)) {
      const j = jointsOf(pose);
      between(j.nearAnkle, start.nearAnkle, end.nearAnkle);
      between(j.farAnkle, start.farAnkle, end.farAnkle);
      expect(Math.hypot(j.nearKnee[0] - j.hip[0], j.nearKnee[1] - j.hip[1])).toBeCloseTo(SEGMENT.thigh, 6);
      // The knee keeps bending forwards (facing right: a positive cross product hip→knee × hip→ankle).
      const cross = (j.nearKnee[0] - j.hip[0]) * (j.nearAnkle[1] - j.hip[1]) - (j.nearKnee[1] - j.hip[1]) * (j.nearAnkle[0] - j.hip[0]);
      expect(cross).toBeGreaterThanOrEqual(-1);
    }
  });

  it('lets a limb move when its end moves between keyframes', () => {
    const rocked: Pose = { ...hands, nearUpperArm: 40, nearForearm: 40 };
    const frames = framesOf({ keyframes: [hands, rocked] }, 4);
    const mid = frames[2];
    expect(mid?.nearUpperArm).not.toBeCloseTo(hands.nearUpperArm, 1);
  });
});
