import { describe, expect, it } from 'vitest';
import { angleArcShapes, arrowShapes, cuePath } from './cue-shapes';

const end = (points: readonly (readonly [number, number])[]) => points[points.length - 1]?.map((n) => Math.round(n * 10) / 10);

describe('cuePath', () => {
  it.each([
    { name: 'straight right', direction: 0, length: 20, bend: 0, to: [20, 0] },
    { name: 'straight down', direction: 90, length: 10, bend: 0, to: [0, 10] },
    // A half turn of a circle: ends one diameter (length · 2/π) away, heading back.
    { name: 'half circle', direction: 0, length: Math.PI * 10, bend: 180, to: [0, 20] },
    { name: 'quarter circle the other way', direction: 0, length: Math.PI * 5, bend: -90, to: [10, -10] },
  ])('$name', ({ direction, length, bend, to }) => {
    const points = cuePath([0, 0], direction, length, bend);
    expect(points).toHaveLength(13);
    const [x = NaN, y = NaN] = end(points) ?? [];
    expect(x).toBeCloseTo(to[0] ?? NaN, 0);
    expect(y).toBeCloseTo(to[1] ?? NaN, 0);
  });
});

describe('arrowShapes', () => {
  const heads = (d: string) => (d.match(/M/g) ?? []).length - 1;
  it.each([
    { heads: 'end' as const, count: 1 },
    { heads: 'both' as const, count: 2 },
  ])('draws $count head(s) for "$heads", over an outline', ({ heads: kind, count }) => {
    const shapes = arrowShapes([10, 10], 0, 30, 20, kind);
    expect(shapes.map((s) => s.paint)).toEqual(['cue-halo', 'cue']);
    expect(heads(shapes[1]?.d ?? '')).toBe(count);
  });

  it('gives the same commands for any bend, so SMIL can animate it', () => {
    const commands = (d: string) => d.replace(/[-\d.]+/g, '');
    expect(commands(arrowShapes([0, 0], 0, 30, 0, 'end')[1]?.d ?? '')).toBe(commands(arrowShapes([5, 5], 45, 20, 90, 'end')[1]?.d ?? ''));
  });
});

describe('angleArcShapes', () => {
  it.each([
    { sweep: 55, ticks: 6 },
    { sweep: -58, ticks: 6 },
    { sweep: 30, ticks: 4 },
  ])('a $sweep° arc has a tick every 10° ($ticks)', ({ sweep, ticks }) => {
    const [shape] = angleArcShapes([50, 50], 0, sweep, 14);
    expect(shape?.paint).toBe('cue-thin');
    // Two arms, the arc, and the ticks: one subpath each.
    expect((shape?.d.match(/M/g) ?? []).length).toBe(3 + ticks);
  });
});
