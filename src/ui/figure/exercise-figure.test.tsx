// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Illustration, Pose } from '@/content/illustration-schema';
import { ExerciseFigure, isMirrored } from './exercise-figure';
import { thumbnailBounds } from './thumbnail-frame';

const down: Pose = {
  hip: [104, 143],
  trunk: 180,
  nearThigh: -47,
  nearShin: 51,
  nearFoot: 0,
  farThigh: -44,
  farShin: 47,
  farFoot: 0,
  nearUpperArm: 0,
  nearForearm: 0,
  farUpperArm: 0,
  farForearm: 0,
};
const up: Pose = { ...down, hip: [100, 126], trunk: 154, nearThigh: -18, nearShin: 62, farThigh: -16, farShin: 57 };

const bridge: Illustration = {
  view: 'side',
  caption: 'Side view: lying on the back with knees bent; the hips lift and lower slowly.',
  cycleMs: 4000,
  keyframes: [up, down],
  props: [{ kind: 'towel', attach: 'nearAnkle', offset: [2, 6] }],
};

afterEach(cleanup);

describe('ExerciseFigure', () => {
  it('is an image named by its caption', () => {
    render(<ExerciseFigure illustration={bridge} animate={false} />);
    const figure = screen.getByRole('img', { name: bridge.caption });
    expect(figure.querySelector('title')?.textContent).toBe(bridge.caption);
    // Fitted to the figure, always inside the 240 × 160 drawing area.
    const [x = -1, y = -1, w = 999, h = 999] = (figure.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + w).toBeLessThanOrEqual(240);
    expect(y + h).toBeLessThanOrEqual(160);
  });

  it('draws the first keyframe still when not animating (reduced motion)', () => {
    const { container } = render(<ExerciseFigure illustration={bridge} animate={false} />);
    expect(container.querySelectorAll('animate')).toHaveLength(0);
    const still = render(<ExerciseFigure illustration={{ ...bridge, keyframes: [up] }} animate={false} />);
    const paths = (root: Element): (string | null)[] => [...root.querySelectorAll('path')].map((p) => p.getAttribute('d'));
    expect(paths(container)).toEqual(paths(still.container));
  });

  it('animates the moving shapes over one cycle when asked to and there is movement', () => {
    const { container } = render(<ExerciseFigure illustration={bridge} animate />);
    const animations = [...container.querySelectorAll('animate')];
    expect(animations.length).toBeGreaterThan(0);
    for (const animation of animations) {
      expect(animation.getAttribute('attributeName')).toBe('d');
      expect(animation.getAttribute('dur')).toBe('4000ms');
      expect(animation.getAttribute('repeatCount')).toBe('indefinite');
      const values = animation.getAttribute('values')?.split(';') ?? [];
      expect(values.at(-1)).toBe(values[0]);
    }
  });

  it('does not animate a single keyframe', () => {
    const { container } = render(<ExerciseFigure illustration={{ ...bridge, keyframes: [down] }} animate />);
    expect(container.querySelectorAll('animate')).toHaveLength(0);
  });

  it('passes the class name through for sizing', () => {
    render(<ExerciseFigure illustration={bridge} animate={false} className="figure" />);
    expect(screen.getByRole('img').getAttribute('class')).toBe('figure');
  });

  it.each([
    // [drawn with this side in front, session side, mirrored?]
    ['right', undefined, false],
    ['right', 'right', false],
    ['right', 'left', true],
    ['left', 'left', false],
    ['left', 'right', true],
    [undefined, 'left', true],
    [undefined, 'right', false],
  ] as const)('drawn %s side in front, asked for %s: mirrored %s', (nearSide, side, expected) => {
    expect(isMirrored(nearSide ? { nearSide } : {}, side)).toBe(expected);
  });

  it.each([
    // [drawn with this side in front, highlighted limbs, session side, mirrored?]
    ['right', ['farLeg'], 'left', false],
    ['right', ['farLeg'], 'right', true],
    ['left', ['farLeg', 'farArm'], 'right', false],
    ['right', ['nearLeg', 'farLeg'], 'left', true],
    ['right', [], 'right', false],
  ] as const)(
    'drawn %s side in front with %j working, asked for %s: mirrored %s (the worked side may be underneath)',
    (nearSide, highlight, side, expected) => {
      expect(isMirrored({ nearSide, highlight: [...highlight] }, side)).toBe(expected);
    },
  );

  it('mirrors left to right about the middle of its frame for the other side, same shapes', () => {
    const right = render(<ExerciseFigure illustration={bridge} animate={false} side="right" />);
    const left = render(<ExerciseFigure illustration={bridge} animate={false} side="left" />);
    const group = (root: HTMLElement) => root.querySelector('svg > g');
    expect(group(right.container)?.getAttribute('transform')).toBeNull();
    const [x = 0, , w = 0] = (left.container.querySelector('svg')?.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(group(left.container)?.getAttribute('transform')).toBe(`matrix(-1 0 0 1 ${Math.round((2 * x + w) * 10) / 10} 0)`);
    const paths = (root: HTMLElement) => [...root.querySelectorAll('path')].map((p) => p.getAttribute('d'));
    expect(paths(left.container)).toEqual(paths(right.container));
    // Drawn with the left side in front, the left side is as drawn.
    const drawnLeft = render(<ExerciseFigure illustration={{ ...bridge, nearSide: 'left' }} animate={false} side="left" />);
    expect(group(drawnLeft.container)?.getAttribute('transform')).toBeNull();
  });

  it('paints the working limbs in the highlight colour, the rest in ink', () => {
    const strokes = (ill: Illustration) => {
      const { container } = render(<ExerciseFigure illustration={ill} animate={false} />);
      const all = [...container.querySelectorAll('path')].map((p) => p.style.stroke);
      cleanup();
      return all.filter((s) => s.includes('--figure-work')).length;
    };
    expect(strokes(bridge)).toBe(0);
    // Thigh and shin of the near leg.
    expect(strokes({ ...bridge, highlight: ['nearLeg'] })).toBe(2);
    expect(strokes({ ...bridge, highlight: ['nearLeg', 'farArm'] })).toBe(4);
  });

  describe('as a list thumbnail', () => {
    const viewBox = (root: HTMLElement) => (root.querySelector('svg')?.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const frame = { width: 168, height: 104 };

    it('is drawn still, framed on its thumbnail focus, whatever `animate` says', () => {
      const focused: Illustration = { ...bridge, thumbnail: { focus: ['nearKnee', 'nearAnkle'] } };
      const { container } = render(<ExerciseFigure illustration={focused} animate thumbnail={frame} decorative />);
      expect(container.querySelectorAll('animate')).toHaveLength(0);
      const { x, y, width, height } = thumbnailBounds(focused, frame);
      expect(viewBox(container)).toEqual([x, y, width, height]);
      expect(width).toBeLessThan(viewBox(render(<ExerciseFigure illustration={bridge} animate={false} />).container)[2] ?? 0);
    });

    it('draws the main camera alone, without a second camera (inset) that the full-size figure shows', () => {
      const inset = { view: 'top' as const, keyframes: [{ ...down, hip: [104, 40] as [number, number] }], props: [] };
      const withInset: Illustration = { ...bridge, inset };
      const paths = (root: HTMLElement) => root.querySelectorAll('path').length;
      const thumb = render(<ExerciseFigure illustration={withInset} animate={false} thumbnail={frame} decorative />).container;
      expect(paths(thumb)).toBe(paths(render(<ExerciseFigure illustration={bridge} animate={false} thumbnail={frame} />).container));
      const full = render(<ExerciseFigure illustration={withInset} animate={false} />).container;
      expect(paths(full)).toBeGreaterThan(paths(thumb));
      // The full-size frame reaches up to the inset.
      expect(viewBox(full)[1]).toBeLessThan(40);
    });

    it('with `thumbnail.also`, draws the key frame and the other still side by side, divided by a line, each still', () => {
      const paired: Illustration = { ...bridge, thumbnail: { focus: ['hip', 'nearKnee', 'nearAnkle'], also: { keyframe: 1 } } };
      const { container } = render(<ExerciseFigure illustration={paired} animate thumbnail={frame} decorative />);
      const outer = container.querySelector('svg');
      expect(outer?.getAttribute('viewBox')).toBe('0 0 168 104');
      const stills = [...container.querySelectorAll('svg svg')];
      expect(stills.map((s) => [s.getAttribute('x'), s.getAttribute('width')])).toEqual([
        ['0', '81'],
        ['87', '81'],
      ]);
      expect(container.querySelectorAll('animate')).toHaveLength(0);
      // The two stills differ (the hips up, then down), and the line between them sits in the gap.
      const pathsOf = (still: Element | undefined) => [...(still?.querySelectorAll('path') ?? [])].map((p) => p.getAttribute('d')).join();
      expect(pathsOf(stills[0])).not.toBe(pathsOf(stills[1]));
      const divider = [...(outer?.children ?? [])].flatMap((g) => [...g.children]).find((el) => el.tagName === 'path');
      expect(divider?.getAttribute('d')).toBe('M84 10V94');
    });

    it('keeps its thinnest limb at least 3 px wide in a frame that shows the whole drawing area', () => {
      // A wall across the whole drawing area makes the frame 240 units wide: 0.65 px per unit in 168 × 104.
      const wide: Illustration = { ...bridge, props: [{ kind: 'wall', at: [120, 0], size: 240 }] };
      const { container } = render(<ExerciseFigure illustration={wide} animate={false} thumbnail={frame} decorative />);
      const [, , w = 1, h = 1] = viewBox(container);
      const pxPerUnit = Math.min(frame.width / w, frame.height / h);
      const limbs = [...container.querySelectorAll('path')].filter((p) => p.style.stroke.includes('--figure-muted'));
      expect(limbs.length).toBeGreaterThan(0);
      for (const limb of limbs) expect(Number(limb.style.strokeWidth) * pxPerUnit).toBeGreaterThanOrEqual(3 - 1e-6);
      // The full-size figure keeps its drawn widths.
      const full = render(<ExerciseFigure illustration={wide} animate={false} />).container;
      const widths = (root: HTMLElement) => [...root.querySelectorAll('path')].map((p) => Number(p.style.strokeWidth || 0));
      expect(Math.min(...widths(full).filter((n) => n > 0))).toBeLessThan(Math.min(...widths(container).filter((n) => n > 0)));
    });
  });
});
