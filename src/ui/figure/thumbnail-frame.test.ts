import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { illustrationSchema, type Illustration, type Pose } from '@/content/illustration-schema';
import { figureBounds, type ViewBox } from './figure-bounds';
import { FLOOR_Y, jointsOf } from './pose-geometry';
import { strokeScale, THUMBNAIL, thumbnailBounds } from './thumbnail-frame';

/** Lying on the back seen from above, head to the left, legs straight out to the right. */
const lying: Pose = {
  hip: [116, 80],
  trunk: 180,
  nearThigh: 2,
  nearShin: 2,
  nearFoot: 0,
  farThigh: -2,
  farShin: -2,
  farFoot: 0,
  nearUpperArm: 27,
  nearForearm: 15,
  farUpperArm: -27,
  farForearm: -15,
};
const FEET = ['nearAnkle', 'nearToe', 'farAnkle', 'farToe'] as const;
const top = (props: Illustration['props'], thumbnail?: Illustration['thumbnail']): Illustration => ({
  view: 'top',
  caption: 'a test figure lying on its back',
  cycleMs: 3000,
  keyframes: [lying, { ...lying, nearFoot: 55, farFoot: -55 }],
  props: [{ kind: 'mat', at: [132, 80], size: 180 }, ...props],
  ...(thumbnail ? { thumbnail } : {}),
});
const ratio = THUMBNAIL.width / THUMBNAIL.height;
const contains = (b: ViewBox, [x, y]: readonly [number, number]) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;

describe('thumbnailBounds', () => {
  it('without a focus, frames the whole key frame at no wider than the thumbnail', () => {
    const ill = top([]);
    expect(thumbnailBounds(ill)).toEqual(figureBounds(ill, ratio, true));
  });

  it('with a focus, frames those joints at the thumbnail’s shape, closer than the whole figure', () => {
    const ill = top([], { focus: [...FEET] });
    const b = thumbnailBounds(ill);
    const joints = jointsOf(lying, 'top');
    for (const name of FEET) expect(contains(b, joints[name])).toBe(true);
    expect(contains(b, joints.head)).toBe(false);
    expect(b.width / b.height).toBeCloseTo(ratio, 1);
    expect(b.height).toBeLessThan(thumbnailBounds(top([])).height / 1.5);
  });

  it('keeps the cues and props at the focus whole, and leaves out those elsewhere', () => {
    const arc: Illustration['props'][number] = { kind: 'angle-arc', attach: 'nearAnkle', direction: 0, bend: 55, size: 17 };
    const far: Illustration['props'][number] = { kind: 'cushion', at: [70, 80], size: 18 };
    const bare = thumbnailBounds(top([], { focus: [...FEET] }));
    const withArc = thumbnailBounds(top([arc, far], { focus: [...FEET] }));
    const ankle = jointsOf(lying, 'top').nearAnkle;
    // The arc sweeps from the ankle towards the near side (down the picture), out to its ticks.
    expect(withArc.y + withArc.height).toBeGreaterThanOrEqual(ankle[1] + 17 * Math.sin((55 * Math.PI) / 180));
    expect(withArc.height).toBeGreaterThan(bare.height);
    expect(withArc.x).toBeGreaterThan(70 + 18);
  });

  it('comes no closer than 48 units of drawing, however small the focus', () => {
    const b = thumbnailBounds(top([], { focus: ['nearToe'], pad: 0 }));
    expect(b.height).toBeCloseTo(48, 0);
    expect(b.width).toBeCloseTo(48 * ratio, 0);
  });

  it('from the side keeps the floor along the bottom edge', () => {
    const side: Illustration = { ...top([], { focus: ['hip', 'nearKnee'] }), view: 'side', props: [] };
    const b = thumbnailBounds(side);
    expect(b.y + b.height).toBeGreaterThanOrEqual(FLOOR_Y + 4);
    expect(b.y + b.height).toBeLessThanOrEqual(FLOOR_Y + 4 + 8 + 0.1);
  });
});

describe('strokeScale', () => {
  it.each([
    // viewBox width × height in a 168 × 104 frame; thinnest limb 4.5 units → scale for ≥ 3 px
    { box: [240, 160], expected: 3 / (4.5 * 0.65) },
    { box: [168, 104], expected: 1 },
    { box: [84, 52], expected: 1 },
    { box: [240, 40], expected: 3 / (4.5 * 0.7) },
  ])('a $box.0 × $box.1 box → $expected', ({ box: [width = 0, height = 0], expected }) => {
    expect(strokeScale({ x: 0, y: 0, width, height }, THUMBNAIL, 4.5)).toBeCloseTo(Math.max(1, expected), 5);
  });
});

describe('every illustration’s thumbnail', () => {
  const dir = resolve('content/illustrations');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it.each(files)('%s is drawn at least 64 px tall in the list, inside the drawing area', (file) => {
    const ill = illustrationSchema.parse(JSON.parse(readFileSync(resolve(dir, file), 'utf8')));
    const b = thumbnailBounds(ill);
    const drawnHeight = Math.min(THUMBNAIL.height, (THUMBNAIL.width * b.height) / b.width);
    expect(drawnHeight).toBeGreaterThanOrEqual(64);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(240);
    expect(b.y + b.height).toBeLessThanOrEqual(160);
  });
});
