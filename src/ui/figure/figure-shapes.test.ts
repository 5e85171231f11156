import { describe, expect, it } from 'vitest';
import type { Pose, Prop } from '@/content/illustration-schema';
import { shapesOf } from './figure-shapes';

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
