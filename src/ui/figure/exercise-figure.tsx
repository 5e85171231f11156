import { useDeferredValue, useEffect, useMemo, useRef, type CSSProperties } from 'react';
import type { Illustration } from '@/content/illustration-schema';
import { figureBounds, type ViewBox } from './figure-bounds';
import { animatedShapesOf, type AnimatedShape } from './figure-shapes';
import type { LimbPart, Paint, Tone } from './shape-paths';
import { PANEL_GAP, strokeScale, thumbnailPanels, type Frame } from './thumbnail-frame';

/** Interpolated poses per keyframe transition: enough that limbs visibly keep their length. */
const STEPS_PER_TRANSITION = 7;

// Colours only through custom properties so the app can theme light and dark; the fallbacks
// derive from currentColor so an unthemed figure still reads on either background.
const INK = 'var(--figure-ink, currentColor)';
const MUTED = 'var(--figure-muted, color-mix(in srgb, currentColor 45%, transparent))';
// The working limb: the app's primary colour, which contrasts with the page in both schemes.
const WORK = 'var(--figure-work, var(--primary, currentColor))';
const PROP = 'var(--figure-prop, #d9822b)';
const TENNIS = 'var(--figure-tennis, #c6d92b)';
const TENNIS_SEAM = 'var(--figure-tennis-seam, #1b1f1d)';
const FLOOR = 'var(--figure-floor, color-mix(in srgb, currentColor 25%, transparent))';
// The page background; Canvas follows the document's color-scheme when the app sets no token.
const BACKGROUND = 'var(--figure-bg, Canvas)';

/** Stroke widths: a thigh is thicker than a shin, an arm thinner than a leg; far limbs a little thinner. */
const WIDTH: Record<LimbPart, number> = { thigh: 9.5, shin: 7, arm: 6, forearm: 5 };
const TONE: Record<Tone, { stroke: string; scale: number }> = {
  near: { stroke: INK, scale: 1 },
  work: { stroke: WORK, scale: 1 },
  far: { stroke: MUTED, scale: 0.9 },
};
/** The thinnest limb stroke (a far forearm): the thumbnail keeps it at least 3 CSS px. */
const THINNEST_LIMB = WIDTH.forearm * TONE.far.scale;
const limbPaints = Object.fromEntries(
  (Object.keys(TONE) as Tone[]).flatMap((tone) =>
    (Object.keys(WIDTH) as LimbPart[]).map((part) => [
      `${tone}-${part}`,
      { stroke: TONE[tone].stroke, strokeWidth: WIDTH[part] * TONE[tone].scale },
    ]),
  ),
) as Record<`${Tone}-${LimbPart}`, CSSProperties>;

const PAINT: Record<Paint, CSSProperties> = {
  ...limbPaints,
  floor: { stroke: FLOOR, strokeWidth: 2.5 },
  mat: { fill: FLOOR, fillOpacity: 0.55 },
  halo: { stroke: BACKGROUND, strokeWidth: 12.5 },
  head: { fill: INK },
  torso: { stroke: INK, strokeWidth: 6, fill: INK },
  'prop-line': { stroke: PROP, strokeWidth: 3 },
  'prop-thin': { stroke: PROP, strokeWidth: 2.2 },
  // A tennis ball's own yellow-green, outlined in ink so it holds its edge on a light page; its seams are
  // dark in both schemes, on the yellow.
  'prop-tennis': { fill: TENNIS, stroke: INK, strokeWidth: 1 },
  'prop-seam': { stroke: TENNIS_SEAM, strokeWidth: 1.2 },
  'prop-heavy': { stroke: PROP, strokeWidth: 5 },
  'prop-cuff': { stroke: PROP, strokeWidth: 8 },
  'prop-solid': { fill: PROP },
  'prop-box': { stroke: PROP, strokeWidth: 2, fill: PROP, fillOpacity: 0.3 },
  // A massage stick's handles: thicker than its shaft, so the two fists read as holding its ends.
  'prop-grip': { stroke: PROP, strokeWidth: 6 },
  // The worked area: a soft glow in the working colour round the limb, wider than a thigh and its outline.
  area: { stroke: WORK, strokeWidth: 19, strokeOpacity: 0.42 },
  // Motion arrows and angle arcs: the prop colour, drawn over everything on a background outline.
  cue: { stroke: PROP, strokeWidth: 3.2 },
  'cue-thin': { stroke: PROP, strokeWidth: 2 },
  'cue-halo': { stroke: BACKGROUND, strokeWidth: 6.5 },
};
/** Not a shape's paint: the line between a thumbnail's two stills, in CSS px. */
const DIVIDER: CSSProperties = { stroke: FLOOR, strokeWidth: 1.5, strokeLinecap: 'round' };

export interface ExerciseFigureProps {
  illustration: Illustration;
  /** False renders the first keyframe still: the parent decides, e.g. from prefers-reduced-motion. */
  animate: boolean;
  /**
   * The side the session is working. The figure is drawn with its `nearSide` (default right) in
   * front; asking for the other side mirrors it left to right. Unset: as drawn.
   */
  side?: 'left' | 'right';
  /**
   * Widest frame (width : height) the figure may get; a lying figure gets empty space above it
   * rather than a wider frame. Lists pass their thumbnail's ratio so every figure fills its height.
   */
  maxRatio?: number;
  /**
   * Drawn as a list thumbnail in a frame this many CSS px: still, framed by the illustration's
   * `thumbnail` focus (the worked part of the body, its prop and cue) and at the frame's shape, every
   * stroke thick enough that limbs are at least 3 px. Overrides `animate` and `maxRatio`.
   */
  thumbnail?: Frame;
  /** Holds an animating figure where it is (WCAG 2.2.2: moving content can be paused). */
  paused?: boolean;
  className?: string;
  /** In a list whose text already names the exercise: hide the figure from screen readers. */
  decorative?: boolean;
}

type Side = 'left' | 'right';

/**
 * The side of the person that works, as drawn: the near side, unless only far limbs are highlighted —
 * lying on a ball, the worked side is the one underneath, which is the far one seen from the front.
 */
export function drawnWorkingSide({ nearSide = 'right', highlight = [] }: Pick<Illustration, 'nearSide' | 'highlight'>): Side {
  const onlyFar = highlight.length > 0 && highlight.every((limb) => limb.startsWith('far'));
  return onlyFar === (nearSide === 'right') ? 'left' : 'right';
}

/** Whether the figure must be flipped to show `side` working. */
export function isMirrored(illustration: Pick<Illustration, 'nearSide' | 'highlight'>, side: Side | undefined): boolean {
  return side !== undefined && side !== drawnWorkingSide(illustration);
}

/** The exercise's posed figure as inline SVG, animated with SMIL when asked to; a list thumbnail is still. */
export function ExerciseFigure(props: ExerciseFigureProps) {
  const { thumbnail } = props;
  return thumbnail ? <ThumbnailFigure {...props} thumbnail={thumbnail} /> : <MovingFigure {...props} />;
}

function MovingFigure({ illustration, animate, side, maxRatio, paused = false, className, decorative = false }: ExerciseFigureProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  // The still pose is drawn first and the animation's frames (many poses' worth of paths) a render
  // later, as a deferred update: a tap that opens a step paints the step before that work.
  const moving = useDeferredValue(animate, false);
  const shapes = useMemo(() => animatedShapesOf(illustration, moving ? STEPS_PER_TRANSITION : 0), [illustration, moving]);
  const box = useMemo(() => figureBounds(illustration, maxRatio, !animate), [illustration, maxRatio, animate]);
  useEffect(() => {
    const svg = svgRef.current;
    // SMIL's own clock: pausing keeps the pose on screen, resuming carries on from it. (jsdom lacks it.)
    if (!svg || typeof svg.pauseAnimations !== 'function') return;
    if (paused) svg.pauseAnimations();
    else svg.unpauseAnimations();
  }, [paused, moving]);
  return (
    <svg
      ref={svgRef}
      viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
      className={className}
      data-side={side}
      {...labelOf(illustration, decorative)}
    >
      {!decorative && <title>{illustration.caption}</title>}
      <Paths shapes={shapes} paint={PAINT} dur={`${illustration.cycleMs}ms`} flip={mirrorAbout(illustration, side, box)} />
    </svg>
  );
}

/**
 * A list thumbnail: the key frame still, framed by the illustration's `thumbnail` focus, with every stroke thick
 * enough that limbs are at least 3 px; with `thumbnail.also`, two stills side by side (docs/decisions/014).
 */
function ThumbnailFigure({
  illustration,
  thumbnail: frame,
  side,
  className,
  decorative = false,
}: ExerciseFigureProps & { thumbnail: Frame }) {
  const panels = useMemo(
    () =>
      thumbnailPanels(illustration, frame).map((panel) => ({
        ...panel,
        shapes: animatedShapesOf(panel.still, 0),
        paint: paintsScaledBy(strokeScale(panel.box, panel.at, THINNEST_LIMB)),
      })),
    [illustration, frame],
  );
  const [only] = panels;
  const label = labelOf(illustration, decorative);
  const title = !decorative && <title>{illustration.caption}</title>;
  if (only && panels.length === 1) {
    const { box } = only;
    return (
      <svg viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} className={className} data-side={side} {...label}>
        {title}
        <Paths shapes={only.shapes} paint={only.paint} flip={mirrorAbout(illustration, side, box)} />
      </svg>
    );
  }
  const [, second] = panels;
  const whole = { x: 0, y: 0, ...frame };
  return (
    <svg viewBox={`0 0 ${frame.width} ${frame.height}`} className={className} data-side={side} data-stills={panels.length} {...label}>
      {title}
      <g transform={mirrorAbout(illustration, side, whole)}>
        {panels.map(({ at, box, shapes, paint }, i) => (
          // Two fixed stills: the index is stable.
          <svg key={i} x={at.x} y={at.y} width={at.width} height={at.height} viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}>
            <Paths shapes={shapes} paint={paint} />
          </svg>
        ))}
        {second && <path d={dividerBefore(second.at, frame)} style={DIVIDER} />}
      </g>
    </svg>
  );
}

function Paths({
  shapes,
  paint,
  dur,
  flip,
}: {
  shapes: AnimatedShape[];
  paint: Record<Paint, CSSProperties>;
  dur?: string;
  flip?: string;
}) {
  return (
    <g fill="none" strokeLinecap="round" strokeLinejoin="round" transform={flip}>
      {shapes.map((shape, i) => (
        // The list is fixed per illustration (same shapes in every frame), so the index is stable.
        <path key={i} d={shape.d} style={paint[shape.paint]}>
          {shape.values && dur && <animate attributeName="d" values={shape.values} dur={dur} repeatCount="indefinite" />}
        </path>
      ))}
    </g>
  );
}

const labelOf = (illustration: Illustration, decorative: boolean) =>
  decorative ? { 'aria-hidden': true, focusable: false } : { role: 'img', 'aria-label': illustration.caption };

/** Mirrors about the box's vertical centre line, so the flipped figure fills the same frame. */
function mirrorAbout(illustration: Illustration, side: Side | undefined, box: ViewBox): string | undefined {
  return isMirrored(illustration, side) ? `matrix(-1 0 0 1 ${Math.round((2 * box.x + box.width) * 10) / 10} 0)` : undefined;
}

/** The thin line in the gap before the second still: upright between two side by side, level between two stacked. */
function dividerBefore(at: ViewBox, frame: Frame): string {
  const inset = 10;
  if (at.x > 0) return `M${at.x - PANEL_GAP / 2} ${inset}V${frame.height - inset}`;
  return `M${inset} ${at.y - PANEL_GAP / 2}H${frame.width - inset}`;
}

/** The paints with every stroke `k` times as wide (a thumbnail's floor for thin limbs); `k` 1 is PAINT itself. */
function paintsScaledBy(k: number): Record<Paint, CSSProperties> {
  if (k === 1) return PAINT;
  const scaled = (style: CSSProperties): CSSProperties =>
    // Rounded up, so a limb scaled to exactly 3 px is never drawn a hair under.
    typeof style.strokeWidth === 'number' ? { ...style, strokeWidth: Math.ceil(style.strokeWidth * k * 100) / 100 } : style;
  return Object.fromEntries(Object.entries(PAINT).map(([name, style]) => [name, scaled(style)])) as Record<Paint, CSSProperties>;
}
