import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { illustrationSchema, type Illustration } from '@/content/illustration-schema';
import { lyingOnTheBack } from '../../../tests/fixtures/lying-pose';
import { figureBounds, type ViewBox } from './figure-bounds';
import { FLOOR_Y, jointsOf } from './pose-geometry';
import { PANEL_GAP, strokeScale, THUMBNAIL, thumbnailBounds, thumbnailPanels } from './thumbnail-frame';

const lying = lyingOnTheBack;
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

describe('thumbnailPanels', () => {
  const paired = (also: NonNullable<NonNullable<Illustration['thumbnail']>['also']>): Illustration => top([], { focus: [...FEET], also });

  it('without `also`, is one still: the key frame filling the frame, as thumbnailBounds frames it', () => {
    const ill = top([], { focus: [...FEET] });
    const [only, ...rest] = thumbnailPanels(ill);
    expect(rest).toEqual([]);
    expect(only?.box).toEqual(thumbnailBounds(ill));
    expect(only?.at).toEqual({ x: 0, y: 0, ...THUMBNAIL });
    expect(only?.still.keyframes).toEqual([lying]);
  });

  it('with `also.keyframe`, puts that pose beside the key frame: two halves with a gap, at one scale', () => {
    const [key, other] = thumbnailPanels(paired({ keyframe: 1 }));
    const half = (THUMBNAIL.width - PANEL_GAP) / 2;
    expect(key?.at).toEqual({ x: 0, y: 0, width: half, height: THUMBNAIL.height });
    expect(other?.at).toEqual({ x: half + PANEL_GAP, y: 0, width: half, height: THUMBNAIL.height });
    expect(key?.still.keyframes).toEqual([lying]);
    expect(other?.still.keyframes[0]?.nearFoot).toBe(55);
    // One scale: the same amount of drawing in each half, at the half's shape.
    expect(other?.box.height).toBeCloseTo(key?.box.height ?? 0, 5);
    expect((key?.box.width ?? 0) / (key?.box.height ?? 1)).toBeCloseTo(half / THUMBNAIL.height, 2);
  });

  it('with `stack`, puts the second still under the first', () => {
    const [key, other] = thumbnailPanels(paired({ keyframe: 1, stack: true }));
    const half = (THUMBNAIL.height - PANEL_GAP) / 2;
    expect(key?.at).toEqual({ x: 0, y: 0, width: THUMBNAIL.width, height: half });
    expect(other?.at).toEqual({ x: 0, y: half + PANEL_GAP, width: THUMBNAIL.width, height: half });
  });

  it('with `inset`, shows the second camera’s pose in its own view, framed on `also.focus`', () => {
    const side: Illustration = {
      ...paired({ inset: true, focus: ['nearToe'] }),
      view: 'side',
      props: [],
      inFront: ['nearShin'],
      inset: { view: 'top', keyframes: [{ ...lying, hip: [116, 40] }], props: [] },
    };
    const [key, other] = thumbnailPanels(side);
    expect(key?.still.view).toBe('side');
    expect(key?.still.inset).toBeUndefined();
    expect(other?.still.view).toBe('top');
    expect(other?.still.keyframes[0]?.hip).toEqual([116, 40]);
    // The main camera's depth order is its own.
    expect(other?.still.inFront).toBeUndefined();
    expect(contains(other?.box ?? { x: 0, y: 0, width: 0, height: 0 }, jointsOf({ ...lying, hip: [116, 40] }, 'top').nearToe)).toBe(true);
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
    const panels = thumbnailPanels(ill);
    // Two stills one above the other share the height (decision 014): together they are drawn the frame's height.
    const drawnHeight = panels.reduce((sum, { box: b, at }) => sum + Math.min(at.height, (at.width * b.height) / b.width), 0);
    expect(drawnHeight).toBeGreaterThanOrEqual(panels.length === 2 && ill.thumbnail?.also?.stack ? 90 : 64);
    for (const { box: b, at } of panels) {
      expect(Math.min(at.height, (at.width * b.height) / b.width)).toBeGreaterThanOrEqual(ill.thumbnail?.also?.stack ? 40 : 64);
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(240);
      expect(b.y + b.height).toBeLessThanOrEqual(160);
    }
  });
});
