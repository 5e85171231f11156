import { useState } from 'react';
import type { Illustration } from '@/content/illustration-schema';
import { ExerciseFigure } from './exercise-figure';

export interface PlayableFigureProps {
  illustration: Illustration;
  /** False (reduced motion): the key position, still, and no control. */
  animate: boolean;
  className?: string;
}

/**
 * An exercise figure whose animation the user can pause and resume: it loops for as long as the
 * page is open, so WCAG 2.2.2 asks for a way to stop it. A single keyframe has nothing to pause.
 */
export function PlayableFigure({ illustration, animate, className }: PlayableFigureProps) {
  const [isPaused, setPaused] = useState(false);
  const moves = animate && illustration.keyframes.length > 1;
  return (
    <div className={className}>
      <ExerciseFigure illustration={illustration} animate={animate} paused={isPaused} />
      {moves && (
        <button type="button" className="figure-toggle" onClick={() => setPaused((p) => !p)}>
          <span aria-hidden="true">{isPaused ? '▶' : '❚❚'}</span> {isPaused ? 'Play' : 'Pause'}
          <span className="visually-hidden"> animation</span>
        </button>
      )}
    </div>
  );
}
