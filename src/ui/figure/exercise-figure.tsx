import { useMemo, type CSSProperties } from 'react';
import type { Illustration } from '@/content/illustration-schema';
import { figureBounds } from './figure-bounds';
import { animatedShapesOf } from './figure-shapes';
import type { Paint } from './shape-paths';

/** Interpolated poses per keyframe transition: enough that limbs visibly keep their length. */
const STEPS_PER_TRANSITION = 7;

// Colours only through custom properties so the app can theme light and dark; the fallbacks
// derive from currentColor so an unthemed figure still reads on either background.
const INK = 'var(--figure-ink, currentColor)';
const MUTED = 'var(--figure-muted, color-mix(in srgb, currentColor 45%, transparent))';
const PROP = 'var(--figure-prop, #d9822b)';
const FLOOR = 'var(--figure-floor, color-mix(in srgb, currentColor 25%, transparent))';
// The page background; Canvas follows the document's color-scheme when the app sets no token.
const BACKGROUND = 'var(--figure-bg, Canvas)';

const PAINT: Record<Paint, CSSProperties> = {
  floor: { stroke: FLOOR, strokeWidth: 2 },
  far: { stroke: MUTED, strokeWidth: 6 },
  near: { stroke: INK, strokeWidth: 7 },
  halo: { stroke: BACKGROUND, strokeWidth: 10 },
  head: { fill: INK },
  torso: { stroke: INK, strokeWidth: 6, fill: INK },
  'prop-line': { stroke: PROP, strokeWidth: 3 },
  'prop-thin': { stroke: PROP, strokeWidth: 2.2 },
  // Ink on the accent fill contrasts in both light and dark schemes.
  'prop-seam': { stroke: INK, strokeWidth: 1.2 },
  'prop-heavy': { stroke: PROP, strokeWidth: 5 },
  'prop-cuff': { stroke: PROP, strokeWidth: 8 },
  'prop-solid': { fill: PROP },
  'prop-box': { stroke: PROP, strokeWidth: 2, fill: PROP, fillOpacity: 0.3 },
};

export interface ExerciseFigureProps {
  illustration: Illustration;
  /** False renders the first keyframe still: the parent decides, e.g. from prefers-reduced-motion. */
  animate: boolean;
  className?: string;
  /** In a list whose text already names the exercise: hide the figure from screen readers. */
  decorative?: boolean;
}

/** The exercise's posed stick figure as inline SVG, animated with SMIL when asked to. */
export function ExerciseFigure({ illustration, animate, className, decorative = false }: ExerciseFigureProps) {
  const shapes = useMemo(() => animatedShapesOf(illustration, animate ? STEPS_PER_TRANSITION : 0), [illustration, animate]);
  const dur = `${illustration.cycleMs}ms`;
  const viewBox = useMemo(() => {
    const b = figureBounds(illustration);
    return `${b.x} ${b.y} ${b.width} ${b.height}`;
  }, [illustration]);
  return (
    <svg
      viewBox={viewBox}
      className={className}
      {...(decorative ? { 'aria-hidden': true, focusable: false } : { role: 'img', 'aria-label': illustration.caption })}
    >
      {!decorative && <title>{illustration.caption}</title>}
      <g fill="none" strokeLinecap="round" strokeLinejoin="round">
        {shapes.map((shape, i) => (
          // The list is fixed per illustration (same shapes in every frame), so the index is stable.
          <path key={i} d={shape.d} style={PAINT[shape.paint]}>
            {shape.values && <animate attributeName="d" values={shape.values} dur={dur} repeatCount="indefinite" />}
          </path>
        ))}
      </g>
    </svg>
  );
}
