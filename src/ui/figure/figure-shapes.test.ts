import { describe, expect, it } from 'vitest';
import type { Illustration, Pose, Prop } from '@/content/illustration-schema';
import { animatedShapesOf, shapesOf } from './figure-shapes';

const pose: Pose = {
  hip: [120, 80],
  trunk: 180,
  nearThigh: 2,
  nearShin: 2,
  nearFoot: -50,
  farThigh: -2,
  farShin: -2,
  farFoot: 50,
  nearUpperArm: 27,
  nearForearm: 15,
  farUpperArm: -27,
  farForearm: -15,
};
const paints = (props: Prop[]) => shapesOf(pose, props, 'top').map((s) => s.paint);

describe('shapesOf: cues', () => {
  it.each([
    {
      name: 'an arrow goes over everything, props included',
      props: [
        { kind: 'arrow', at: [200, 80] },
        { kind: 'mat', at: [120, 80] },
      ],
    },
    {
      name: 'an arrow goes over a held prop too',
      props: [
        { kind: 'arrow', attach: 'nearToe' },
        { kind: 'band', attach: 'nearKnee', to: 'farKnee' },
      ],
    },
  ] satisfies { name: string; props: Prop[] }[])('$name', ({ props }) => {
    expect(paints(props).slice(-2)).toEqual(['cue-halo', 'cue']);
  });

  it('an angle arc sits behind the body, so the limb it measures stays on top', () => {
    const list = paints([{ kind: 'angle-arc', attach: 'nearAnkle', direction: 0, bend: -50 }]);
    expect(list.indexOf('cue-thin')).toBeGreaterThanOrEqual(0);
    expect(list.indexOf('cue-thin')).toBeLessThan(list.indexOf('torso'));
  });
});

describe('shapesOf: a folded body', () => {
  const side = (folded: boolean) => shapesOf(pose, [], 'side', { folded });

  it('outlines the trunk and the head in the background colour, so they stay apart from the thighs and each other', () => {
    const list = side(true).map((s) => s.paint);
    expect(list[list.indexOf('torso') - 1]).toBe('halo');
    expect(list[list.indexOf('head') - 1]).toBe('halo');
    expect(side(false).length).toBe(list.length - 2);
  });

  it('draws a slimmer trunk from the side', () => {
    const torso = (folded: boolean) => side(folded).find((s) => s.paint === 'torso')?.d ?? '';
    // Lying along the x axis, the trunk's depth is its extent in y.
    const depth = (d: string) => {
      const ys = [...d.matchAll(/[ML][\d.-]+ ([\d.-]+)/g)].map((m) => Number(m[1]));
      return Math.max(...ys) - Math.min(...ys);
    };
    expect(depth(torso(true))).toBeLessThan(depth(torso(false)));
  });

  it("rounds the back of a folded trunk from the side, bowed away from the front (a child's pose, not a plank)", () => {
    const trunk = (folded: boolean, view: 'side' | 'top' = 'side') =>
      shapesOf(pose, [], view, { folded }).find((s) => s.paint === 'torso')?.d ?? '';
    expect(trunk(false)).not.toContain('Q');
    expect(trunk(true, 'top')).not.toContain('Q');
    // The trunk runs from the hip (x 120) to the left: its back is the side a quarter turn
    // anticlockwise on screen from that direction, which is below (larger y) here.
    const [, cy] = /Q([\d.-]+) ([\d.-]+)/.exec(trunk(true))?.slice(1).map(Number) ?? [];
    const ys = [...trunk(true).matchAll(/[ML][\d.-]+ ([\d.-]+)/g)].map((m) => Number(m[1]));
    expect(cy).toBeGreaterThan(Math.max(...ys));
    // Its outline follows the same curve.
    const list = shapesOf(pose, [], 'side', { folded: true });
    expect(list[list.findIndex((s) => s.paint === 'torso') - 1]?.d).toBe(trunk(true));
  });
});

describe('shapesOf: the depth order', () => {
  const order = (inFront?: Illustration['inFront'], legsBehind?: boolean) =>
    shapesOf(pose, [], 'side', { inFront, legsBehind }).map((s) => s.paint);

  it('names the default order: near leg then near arm in front, or only the arm with the legs behind', () => {
    expect(order(['nearLeg', 'nearArm'])).toEqual(order());
    expect(order(['nearArm'])).toEqual(order(undefined, true));
  });

  it('draws a far limb in front of the trunk when named, and the unnamed near leg behind it', () => {
    const list = order(['nearArm', 'farLeg']);
    expect(list.indexOf('far-thigh')).toBeGreaterThan(list.indexOf('torso'));
    expect(list.indexOf('near-thigh')).toBeLessThan(list.indexOf('torso'));
    expect(list.indexOf('far-thigh')).toBeGreaterThan(list.indexOf('near-arm'));
  });

  it('splits a limb between two places, each part on its own outline (figure-four: crossed thigh behind, shin over)', () => {
    const list = order(['nearArm', 'nearThigh', 'farLeg', 'nearShin']);
    const thigh = list.indexOf('near-thigh');
    const far = list.indexOf('far-thigh');
    const shin = list.indexOf('near-shin');
    expect(list.indexOf('torso')).toBeLessThan(thigh);
    expect(thigh).toBeLessThan(far);
    expect(far).toBeLessThan(shin);
    expect(list[thigh - 1]).toBe('halo');
    expect(list[shin - 1]).toBe('halo');
    expect(list.filter((p) => p === 'halo').length).toBe(order().filter((p) => p === 'halo').length + 1);
  });
});

describe('animatedShapesOf: a second camera', () => {
  const main: Illustration = { view: 'side', caption: 'a test figure', cycleMs: 3000, keyframes: [pose], props: [] };
  const inset = { view: 'top' as const, keyframes: [pose, { ...pose, nearUpperArm: 60, farUpperArm: 60 }], props: [] };

  it('draws the inset behind the main camera, each moving on its own', () => {
    const both = animatedShapesOf({ ...main, inset }, 3);
    const alone = animatedShapesOf(main, 3);
    const insetAlone = animatedShapesOf({ ...main, ...inset }, 3);
    expect(both.map((s) => s.d)).toEqual([...insetAlone, ...alone].map((s) => s.d));
    expect(alone.some((s) => s.values)).toBe(false);
    expect(both.slice(0, insetAlone.length).some((s) => s.values)).toBe(true);
  });

  it("gives the inset the default depth order, not the main camera's inFront (from above, other things are in front)", () => {
    const sideOrder: Illustration['inFront'] = ['nearShin'];
    const both = animatedShapesOf({ ...main, legsBehind: true, inFront: sideOrder, inset }, 3);
    const insetDefault = animatedShapesOf({ ...main, legsBehind: true, ...inset }, 3);
    const mainAlone = animatedShapesOf({ ...main, legsBehind: true, inFront: sideOrder }, 3);
    expect(both.map((s) => s.d)).toEqual([...insetDefault, ...mainAlone].map((s) => s.d));
  });
});
