// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Illustration, Pose } from '@/content/illustration-schema';
import { ExerciseFigure } from './exercise-figure';

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
});
