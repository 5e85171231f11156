/**
 * What the self-checks change in the programme (issue 8: assess → programme). The newest results'
 * focus (src/domain/assessment/focus.ts) becomes extra work for one side, added after the routine's
 * own exercises so nothing the person knows moves:
 * - a hip that turns in less → an extra minute of tennis-ball release for that hip in the daily
 *   release (release what is tight; the seeds' loop, DESIGN §6);
 * - the opposite hip dropping on one leg, or a knee caving → one extra set of side-lying leg raises
 *   for that side on strength days, at the ladder's current level (side-hip strength: Khayambashi
 *   2012, Ferber 2015 worked the hip abductors for knee pain).
 * The extras are neutral to the progression rule: it asks whether the level's sets × reps were done
 * on each side, so an extra set neither earns nor costs a level.
 */
import type { LadderFile, ProgrammeFile } from '@/content/programme-schema';
import type { FocusArea, SelfCheckFocus } from '@/domain/assessment/focus';
import type { Side } from '@/domain/assessment/types';

export const RELEASE_EXTRA = { exerciseId: 'tennis-ball-glutes', seconds: 60 } as const;
/** The ladder whose exercise takes the extra side-hip set. */
export const SIDE_HIP_LADDER = 'side-raise';

export interface FocusWork {
  /** The programme routine it is added to (its daily release or its strength routine). */
  routineId: string;
  /** A fixed exercise (the release), or the exercise of a ladder's current level (the strength set). */
  target: { exerciseId: string; seconds: number } | { ladderId: string; sets: 1 };
  sides: Side[];
  areas: FocusArea[];
  /** Plain words: "An extra set of side-lying leg raises for your right side on strength days". */
  words: string;
}

const sidesText = (sides: readonly Side[]) => (sides.length === 2 ? 'both sides' : `your ${sides[0] ?? ''} side`);
const hipsText = (sides: readonly Side[]) => (sides.length === 2 ? 'both hips' : `your ${sides[0] ?? ''} hip`);

/** The extra work the programme adds for the newest self-check results; empty when nothing stands out. */
export function focusWork(p: ProgrammeFile, focus: SelfCheckFocus): FocusWork[] {
  const work: FocusWork[] = [];
  const release = focus.items.find((i) => i.area === 'hip-release');
  if (release && release.sides.length > 0)
    work.push({
      routineId: p.routines.daily,
      target: { exerciseId: RELEASE_EXTRA.exerciseId, seconds: RELEASE_EXTRA.seconds },
      sides: release.sides,
      areas: ['hip-release'],
      words: `An extra minute of tennis-ball release for ${hipsText(release.sides)}, at the end of the daily release`,
    });
  const strength = focus.items.filter((i) => i.area === 'side-hip-strength' || i.area === 'knees-out');
  const sides = (['left', 'right'] as const).filter((s) => strength.some((i) => i.sides.includes(s)));
  if (sides.length > 0 && p.ladders.some((l) => l.id === SIDE_HIP_LADDER))
    work.push({
      routineId: p.routines.strength,
      target: { ladderId: SIDE_HIP_LADDER, sets: 1 },
      sides,
      areas: strength.map((i) => i.area),
      words: `An extra set of side-lying leg raises for ${sidesText(sides)}, at the end of each strength day`,
    });
  return work;
}

/** The work added to one routine. */
export function focusWorkFor(work: readonly FocusWork[], routineId: string): FocusWork[] {
  return work.filter((w) => w.routineId === routineId);
}

/** The exercises a ladder can stand for (to find its current one in a plan). */
export const ladderExercises = (ladder: LadderFile): Set<string> => new Set(ladder.levels.map((l) => l.exercise));
