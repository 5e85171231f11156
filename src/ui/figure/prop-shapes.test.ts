import { describe, expect, it } from 'vitest';
import type { Pose, Prop } from '@/content/illustration-schema';
import { jointsOf } from './pose-geometry';
import { propShapes } from './prop-shapes';

const sitting: Pose = {
  hip: [86, 116.5],
  trunk: -80,
  nearThigh: -2,
  nearShin: 88,
  nearFoot: 0,
  farThigh: -1,
  farShin: 83,
  farFoot: 0,
  nearUpperArm: 70,
  nearForearm: 60,
  farUpperArm: 20,
  farForearm: 60,
};
const reaching: Pose = { ...sitting, nearUpperArm: 60, nearForearm: 40, farUpperArm: 5, farForearm: 40 };
const shapes = (prop: Prop, pose: Pose = sitting) => propShapes(prop, jointsOf(pose, 'side'), pose, 'side');
/** Path commands without their numbers: SMIL can only animate paths whose command lists match. */
const commands = (d: string) => d.replace(/[-\d.\s]+/g, ' ').trim();

describe('propShapes: massage stick', () => {
  const stick: Prop = { kind: 'massage-stick', attach: 'nearHand', to: 'farHand' };

  it('is a shaft, four rollers and a handle in each hand', () => {
    const list = shapes(stick);
    expect(list.map((s) => s.paint)).toEqual(['prop-thin', 'prop-solid', 'prop-grip']);
    // Each roller is a circle of two arcs; each handle one stroke.
    expect(list[1]?.d.match(/M/g)).toHaveLength(4);
    expect(list[2]?.d.match(/M/g)).toHaveLength(2);
  });

  it('has the same commands however far apart the hands are, so it animates', () => {
    expect(shapes(stick).map((s) => commands(s.d))).toEqual(shapes(stick, reaching).map((s) => commands(s.d)));
  });
});

describe('propShapes: tennis ball', () => {
  const ball: Prop = { kind: 'tennis-ball', at: [100, 140], size: 6 };
  /** Every x coordinate of a path's points. */
  const xs = (d: string) => [...d.matchAll(/([-\d.]+) ([-\d.]+)/g)].map((m) => Number(m[1]));

  it('is a solid yellow-green ball with two seams, one curving in from each side', () => {
    const [solid, seams] = shapes(ball);
    expect(solid?.paint).toBe('prop-tennis');
    expect(seams?.paint).toBe('prop-seam');
    // Each seam is drawn twice, a hair apart: four strokes in all, two on each side of the middle.
    const strokes = seams?.d.split('M').filter(Boolean) ?? [];
    expect(strokes).toHaveLength(4);
    const ends = strokes.map((stroke) => xs(`M${stroke}`)[0] ?? 100);
    expect(ends.filter((x) => x < 100)).toHaveLength(2);
    expect(ends.filter((x) => x > 100)).toHaveLength(2);
  });

  it('keeps its seams inside the ball', () => {
    const [, seams] = shapes(ball);
    for (const x of xs(seams?.d ?? '')) expect(Math.abs(x - 100)).toBeLessThanOrEqual(6);
  });

  it('stays plain for a massage ball', () => {
    expect(shapes({ kind: 'ball', at: [100, 140], size: 8 }).map((s) => s.paint)).toEqual(['prop-solid']);
  });
});

describe('propShapes: worked area', () => {
  const start = (d: string) =>
    d
      .match(/^M([-\d.]+) ([-\d.]+)L([-\d.]+) ([-\d.]+)$/)
      ?.slice(1)
      .map(Number);

  it.each([
    {
      name: 'towards a joint, following the limb',
      prop: { kind: 'area', attach: 'hip', to: 'nearKnee', size: 20 },
      to: [106, 115.8],
    },
    { name: 'along a direction', prop: { kind: 'area', at: [100, 140], direction: 180, size: 10 }, to: [90, 140] },
    {
      name: 'from an offset point',
      prop: { kind: 'area', attach: 'hip', offset: [0, 5], direction: 0, size: 12 },
      to: [98, 121.5],
    },
  ] satisfies { name: string; prop: Prop; to: number[] }[])('$name', ({ prop, to }) => {
    const [shape] = shapes(prop);
    expect(shape?.paint).toBe('area');
    const [, , x = NaN, y = NaN] = start(shape?.d ?? '') ?? [];
    expect(x).toBeCloseTo(to[0] ?? NaN, 0);
    expect(y).toBeCloseTo(to[1] ?? NaN, 0);
  });
});
