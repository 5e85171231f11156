import { describe, expect, it } from 'vitest';
import type { Illustration } from '@/content/illustration-schema';
import { figureBounds } from './figure-bounds';

const pose = (hip: [number, number], trunk: number) => ({
  hip,
  trunk,
  nearThigh: 0,
  nearShin: 0,
  nearFoot: -90,
  farThigh: 0,
  farShin: 0,
  farFoot: -90,
  nearUpperArm: 90,
  nearForearm: 90,
  farUpperArm: 90,
  farForearm: 90,
});
const ill = (keyframes: Illustration['keyframes'], props: Illustration['props'] = []): Illustration => ({
  view: 'side',
  caption: 'a test figure lying down',
  cycleMs: 3000,
  keyframes,
  props,
});

describe('figureBounds', () => {
  it('crops the empty sky above a lying figure, keeping the floor in view', () => {
    const b = figureBounds(ill([pose([120, 140], 180)]));
    expect(b.height).toBeLessThan(90);
    expect(b.y + b.height).toBeGreaterThanOrEqual(150);
    expect(b.width / b.height).toBeLessThanOrEqual(2.4 + 0.01);
  });
  it('never leaves the drawing area', () => {
    const b = figureBounds(ill([pose([120, 100], -90)], [{ kind: 'wall', at: [10, 20], size: 200 }]));
    expect(b).toEqual({ x: 0, y: 0, width: 240, height: 160 });
  });
  it('takes every animation frame into account', () => {
    const still = figureBounds(ill([pose([120, 140], 180)]));
    const moving = figureBounds(ill([pose([120, 140], 180), pose([120, 110], 180)]));
    expect(moving.y).toBeLessThan(still.y);
  });
  it("keeps all of a top view's mat in the picture, and its furniture off the (unseen) floor line", () => {
    const top = (props: Illustration['props']): Illustration => ({ ...ill([pose([120, 80], 180)], props), view: 'top' });
    const b = figureBounds(top([{ kind: 'mat', at: [120, 80], size: 150 }]));
    expect(b.y).toBeLessThanOrEqual(80 - 35);
    expect(b.y + b.height).toBeGreaterThanOrEqual(80 + 35);
    const bare = figureBounds(top([]));
    const cushioned = figureBounds(top([{ kind: 'cushion', at: [140, 70], size: 18 }]));
    expect(cushioned.y + cushioned.height).toBe(bare.y + bare.height);
  });
  it('keeps a motion arrow whole in the picture, head and outline included', () => {
    const bare = figureBounds(ill([pose([120, 140], 180)]));
    // An arrow rising from above the body: the box grows up to its tip and a little beyond.
    const b = figureBounds(ill([pose([120, 140], 180)], [{ kind: 'arrow', at: [120, 110], direction: -90, size: 30 }]));
    expect(b.y).toBeLessThanOrEqual(110 - 30 - 5);
    expect(b.y).toBeLessThan(bare.y);
    expect(b.y + b.height).toBe(bare.y + bare.height);
  });
  it('fits only the key frame when the figure is drawn still', () => {
    const moving = ill([pose([120, 140], 180), pose([120, 110], 180)]);
    expect(figureBounds(moving, undefined, true)).toEqual(figureBounds(ill([pose([120, 140], 180)])));
  });
});
