import { isTimed, type Plan } from './plan-types';
import type { SessionState } from './state-at';

export type SoundName = 'tick' | 'nextStep' | 'switchSides' | 'finish';
export interface TimedSound {
  name: SoundName;
  /** Wall-clock time it should sound (ms since epoch). */
  at: number;
}

/**
 * The sounds due from `now` up to `now + horizonMs` if nothing changes: 3-2-1 ticks before each
 * timed step ends, then the chime for what comes next. Stops at a step that waits for the user
 * (reps, knee check) — its end is unknown. Scheduling these ahead on the audio clock keeps cues
 * exact while timers are throttled (hidden tab, locked screen); any event reschedules them.
 */
export function upcomingSounds(plan: Plan, state: SessionState, now: number, horizonMs: number): TimedSound[] {
  if (state.status !== 'running' || state.remainingMs === null) return [];
  const sounds: TimedSound[] = [];
  let boundary = now + state.remainingMs;
  for (let i = state.stepIndex; i < plan.steps.length && boundary - now <= horizonMs + 3_000; i++) {
    const step = plan.steps[i];
    if (!step || !isTimed(step)) break;
    if (i > state.stepIndex) boundary += step.durationMs;
    for (const before of [3_000, 2_000, 1_000]) {
      // A step shorter than the count-down only ticks for the seconds it has.
      const stepStart = i === state.stepIndex ? now - state.elapsedMs : boundary - step.durationMs;
      if (boundary - before > stepStart) sounds.push({ name: 'tick', at: boundary - before });
    }
    const next = plan.steps[i + 1];
    sounds.push({ name: next === undefined ? 'finish' : next.type === 'switch' ? 'switchSides' : 'nextStep', at: boundary });
  }
  return sounds.filter((s) => s.at >= now && s.at <= now + horizonMs);
}
