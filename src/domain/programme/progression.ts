/**
 * The progression rule: when a ladder offers the next level, holds, or drops one.
 *
 * Sources (content/sources.json; DESIGN §6):
 * - Progressive overload a little at a time, reps within a range before load or a harder exercise:
 *   ACSM position stand 2009 (Ratamess et al., Med Sci Sports Exerc 41:687).
 * - Pain-monitoring model: Thomeé 1997; Silbernagel et al. 2007 — exercise may go on while pain stays
 *   acceptable and settles; a rise means easing off, not pushing on.
 * - About 3 sessions a week over 6–8 weeks: Khayambashi 2012, Ferber 2015.
 * Product logic built on those (Kneewise's own, stated in each exercise's moveOnWhen):
 *   up OFFERED when the last 2 sessions of the exercise (at this level) were each the full dose with
 *     every knee check after it green; the person chooses, and can undo;
 *   amber (or an older red) in either of those 2 holds; a missing check holds (no answer is not a green);
 *   red in the latest session drops one level (the swap choices stay open alongside);
 *   a swapped exercise holds: its ladder waits while something else is done in its place;
 *   the top offers nothing more; red at the bottom leaves the swap choices to act.
 */
import type { LadderFile, LadderLevel } from '@/content/programme-schema';
import type { ExerciseSession } from './exercise-sessions';

/** Sessions in a row it takes: two, so one good day is not enough. */
export const GREEN_SESSIONS_TO_MOVE_ON = 2;

export type Decision =
  | { kind: 'offer-up'; to: LadderLevel; reason: string }
  | { kind: 'drop'; to: LadderLevel; reason: string }
  | { kind: 'hold'; reason: string }
  | { kind: 'top'; reason: string }
  | { kind: 'wait'; reason: string };

export interface RuleInput {
  ladder: LadderFile;
  index: number;
  /** Sessions of the level's exercise since the last change, newest first. */
  sessions: readonly ExerciseSession[];
  /** The user's swap for this exercise, if one is in force (its name). */
  swappedTo: string | null;
  exerciseName: string;
}

export function decide({ ladder, index, sessions, swappedTo, exerciseName }: RuleInput): Decision {
  if (swappedTo) return { kind: 'hold', reason: `You do ${swappedTo} in place of ${exerciseName} for now, so this ladder waits.` };
  const latest = sessions[0];
  if (!latest) return { kind: 'wait', reason: `${GREEN_SESSIONS_TO_MOVE_ON} sessions at this level to go.` };
  if (latest.lights.includes('red')) {
    const lower = ladder.levels[index - 1];
    if (!lower)
      return { kind: 'hold', reason: `Your knee check after ${exerciseName} was red at the easiest level: use the swap choices.` };
    return { kind: 'drop', to: lower, reason: `Your knee check after ${exerciseName} was red, so one level down: ${lower.label}.` };
  }
  const recent = sessions.slice(0, GREEN_SESSIONS_TO_MOVE_ON);
  if (recent.some((s) => s.lights.includes('red')))
    return { kind: 'hold', reason: 'A red knee check in your last 2 sessions: staying at this level.' };
  if (recent.some((s) => s.lights.includes('amber')))
    return { kind: 'hold', reason: 'An amber knee check: staying at this level until it settles.' };
  if (recent.some((s) => s.lights.length === 0)) return { kind: 'hold', reason: 'A knee check was not answered: staying at this level.' };
  if (recent.some((s) => !s.isFullDose)) return { kind: 'hold', reason: 'Not the full dose yet: staying at this level.' };
  if (recent.length < GREEN_SESSIONS_TO_MOVE_ON)
    return { kind: 'wait', reason: `1 green session; ${GREEN_SESSIONS_TO_MOVE_ON - recent.length} more to go.` };
  const next = ladder.levels[index + 1];
  if (!next) return { kind: 'top', reason: 'The top of this ladder: keep going here while your knee stays green.' };
  return { kind: 'offer-up', to: next, reason: `${GREEN_SESSIONS_TO_MOVE_ON} sessions in full, every knee check green.` };
}
