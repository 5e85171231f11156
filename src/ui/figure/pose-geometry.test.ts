import { describe, expect, it } from 'vitest';
import type { Pose } from '@/content/illustration-schema';
import { HEAD_RADIUS, interpolatePose, jointsOf, lerpAngle, NECK_GAP, SEGMENT, type Point } from './pose-geometry';

const standing: Pose = {
  hip: [120, 83],
  trunk: -90,
  nearThigh: 95,
  nearShin: 80,
  nearFoot: 0,
  farThigh: 88,
  farShin: 92,
  farFoot: 5,
  nearUpperArm: 100,
  nearForearm: 60,
  farUpperArm: 80,
  farForearm: 120,
};

const awkward: Pose = {
  hip: [100, 90],
  trunk: -137,
  head: 200,
  nearThigh: -33,
  nearShin: 351,
  nearFoot: 271,
  farThigh: 180,
  farShin: -90,
  farFoot: 12.5,
  nearUpperArm: 45,
  nearForearm: -170,
  farUpperArm: 359,
  farForearm: 1,
};

const dist = (a: Point, b: Point): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

function expectLengths(pose: Pose): void {
  const j = jointsOf(pose);
  expect(dist(j.hip, j.neck)).toBeCloseTo(SEGMENT.trunk, 6);
  expect(dist(j.neck, j.head)).toBeCloseTo(NECK_GAP + HEAD_RADIUS, 6);
  expect(dist(j.hip, j.nearKnee)).toBeCloseTo(SEGMENT.thigh, 6);
  expect(dist(j.nearKnee, j.nearAnkle)).toBeCloseTo(SEGMENT.shin, 6);
  expect(dist(j.nearAnkle, j.nearToe)).toBeCloseTo(SEGMENT.foot, 6);
  expect(dist(j.hip, j.farKnee)).toBeCloseTo(SEGMENT.thigh, 6);
  expect(dist(j.farKnee, j.farAnkle)).toBeCloseTo(SEGMENT.shin, 6);
  expect(dist(j.farAnkle, j.farToe)).toBeCloseTo(SEGMENT.foot, 6);
  expect(dist(j.neck, j.nearElbow)).toBeCloseTo(SEGMENT.upperArm, 6);
  expect(dist(j.nearElbow, j.nearHand)).toBeCloseTo(SEGMENT.forearm, 6);
  expect(dist(j.neck, j.farElbow)).toBeCloseTo(SEGMENT.upperArm, 6);
  expect(dist(j.farElbow, j.farHand)).toBeCloseTo(SEGMENT.forearm, 6);
}

describe('jointsOf', () => {
  it('keeps every segment at its fixed length, whatever the angles', () => {
    expectLengths(standing);
    expectLengths(awkward);
  });

  it.each([
    [0, [SEGMENT.trunk, 0]],
    [90, [0, SEGMENT.trunk]],
    [180, [-SEGMENT.trunk, 0]],
    [-90, [0, -SEGMENT.trunk]],
  ] as const)('puts the neck along the trunk: %i° → offset %j (0 right, 90 down)', (trunk, [dx, dy]) => {
    const { neck } = jointsOf({ ...standing, hip: [0, 0], trunk });
    expect(neck[0]).toBeCloseTo(dx, 6);
    expect(neck[1]).toBeCloseTo(dy, 6);
  });

  it('places the head beyond the neck along `head`, defaulting to the trunk', () => {
    const { neck, head } = jointsOf({ ...standing, hip: [0, 0] });
    expect(head[0]).toBeCloseTo(neck[0], 6);
    expect(head[1]).toBeCloseTo(neck[1] - NECK_GAP - HEAD_RADIUS, 6);
    const tilted = jointsOf({ ...standing, hip: [0, 0], head: 0 });
    expect(tilted.head[0]).toBeCloseTo(tilted.neck[0] + NECK_GAP + HEAD_RADIUS, 6);
  });

  it('spreads hips and shoulders in front view, the near (right) side on our left', () => {
    const j = jointsOf(standing, 'front');
    expect(j.nearHip[0]).toBeLessThan(j.hip[0]);
    expect(j.farHip[0]).toBeGreaterThan(j.hip[0]);
    expect(j.nearHip[1]).toBeCloseTo(j.hip[1], 6);
    expect(dist(j.nearShoulder, j.farShoulder)).toBeGreaterThan(dist(j.nearHip, j.farHip));
    expect(dist(j.nearHip, j.nearKnee)).toBeCloseTo(SEGMENT.thigh, 6);
    const side = jointsOf(standing, 'side');
    expect(side.nearHip).toEqual(side.hip);
  });

  it('shortens a foreshortened segment by its factor and leaves the others alone', () => {
    const j = jointsOf({ ...standing, foreshorten: { nearThigh: 0.5 } });
    expect(dist(j.hip, j.nearKnee)).toBeCloseTo(SEGMENT.thigh / 2, 6);
    expect(dist(j.nearKnee, j.nearAnkle)).toBeCloseTo(SEGMENT.shin, 6);
  });
});

describe('lerpAngle', () => {
  it.each([
    [350, 10, 0.5, 0],
    [10, 350, 0.5, 0],
    [-170, 170, 0.5, 180],
    [0, 90, 0.25, 22.5],
    [-90, 90, 0, -90],
  ])('goes the short way round: %i → %i at %f is %f', (a, b, t, expected) => {
    const got = lerpAngle(a, b, t);
    expect(Math.cos(((got - expected) * Math.PI) / 180)).toBeCloseTo(1, 9);
  });
});

describe('interpolatePose', () => {
  it('passes through 0° between 350° and 10°, and moves the hip linearly', () => {
    const a: Pose = { ...standing, nearThigh: 350, hip: [0, 0] };
    const b: Pose = { ...standing, nearThigh: 10, hip: [10, 20] };
    const mid = interpolatePose(a, b, 0.5);
    expect(mid.nearThigh).toBeCloseTo(0, 9);
    expect(mid.hip).toEqual([5, 10]);
  });

  it('keeps segment lengths in between keyframes', () => {
    for (const t of [0.1, 0.5, 0.9]) expectLengths(interpolatePose(standing, awkward, t));
  });

  it('blends foreshortening, missing factors counting as full length', () => {
    const mid = interpolatePose(standing, { ...standing, foreshorten: { trunk: 0.5 } }, 0.5);
    expect(mid.foreshorten?.trunk).toBeCloseTo(0.75, 9);
    expect(mid.foreshorten?.nearThigh).toBeCloseTo(1, 9);
  });
});
