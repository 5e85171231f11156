/** Keyframes to an animation loop of poses (docs/decisions/002). Pure: no React, no DOM. */
import type { Illustration, Pose } from '@/content/illustration-schema';
import { keepContacts } from './pose-contacts';
import { interpolatePose } from './pose-geometry';

/** Slow in and out of each keyframe, so the ends read as positions rather than a blur. */
function easeInOut(t: number): number {
  return (1 - Math.cos(Math.PI * t)) / 2;
}

/**
 * A closed loop of poses: each keyframe (verbatim) and `stepsPerTransition - 1` eased poses on
 * the way to the next, the last keyframe back to the first, and the first repeated at the end.
 * Feet and hands planted in two neighbouring keyframes stay planted in between. One keyframe gives
 * one pose.
 */
export function framesOf(
  illustration: Pick<Illustration, 'keyframes'> & Partial<Pick<Illustration, 'view'>>,
  stepsPerTransition: number,
): Pose[] {
  const { keyframes, view = 'side' } = illustration;
  const first = keyframes[0];
  if (!first) return [];
  if (keyframes.length === 1) return [first];
  const steps = Math.max(1, Math.round(stepsPerTransition));
  const frames: Pose[] = [];
  keyframes.forEach((from, i) => {
    const to = keyframes[(i + 1) % keyframes.length] ?? first;
    frames.push(from);
    for (let step = 1; step < steps; step += 1) {
      const t = easeInOut(step / steps);
      frames.push(keepContacts(interpolatePose(from, to, t), from, to, t, view));
    }
  });
  frames.push(first);
  return frames;
}
