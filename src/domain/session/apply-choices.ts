/**
 * The user's knee-safety choices (swap / lower dose / leave out), applied to a routine in ONE place.
 * The plan builder, the routine page, the routine list and home all read a routine through this, so
 * what they show (and the total time) is the same everywhere.
 */
import type { Dosage, PlanFacts, Routine } from '@/content/catalog-types';
import { applyOverride, lowerDose, type Adjustment } from './adjust';

/** One stored choice as it affected a routine step; `prefFor` is whose choice it is (for Undo). */
export type AppliedChange =
  | { action: 'swap'; prefFor: string; to: string }
  /** A swap to an exercise the routine already has: the step is done once, there. */
  | { action: 'swap-merged'; prefFor: string; to: string }
  | { action: 'lower-dose'; prefFor: string }
  | { action: 'skip'; prefFor: string }
  /** The programme's level for this step's ladder: `to` is the exercise done at that level. */
  | { action: 'level'; ladderId: string; levelId: string; to: string; label: string };

/** A knee-safety choice as it shows on a step (with its Undo): every change but the programme's level. */
export type SafetyChange = Exclude<AppliedChange, { action: 'level' }>;

/** A programme ladder's current level, keyed in `applyChoices` by the routine step's own exercise. */
export interface LevelChoice {
  ladderId: string;
  levelId: string;
  exerciseId: string;
  sets: number;
  reps: number;
  /** "3 × 12, slow". */
  label: string;
}

/** A level's dose: its sets × reps, exactly (the upper bound of the exercise's range no longer applies). */
function atLevel(dosage: Dosage, level: LevelChoice): Dosage {
  return dosage.mode === 'reps' ? { ...dosage, sets: level.sets, reps: level.reps, repsMax: undefined } : dosage;
}

export interface ChosenItem {
  /** Index in `routine.steps`. */
  index: number;
  /** The exercise the routine names. */
  originalId: string;
  /** What is done instead (the original when nothing was swapped). */
  exercise: PlanFacts;
  dosage: Dosage;
  /** The routine's note for the original; a swapped-in exercise brings its own cue instead. */
  note: string | null;
  changes: AppliedChange[];
  isLeftOut: boolean;
}

export interface ChosenRoutine {
  routine: Routine;
  /** Every routine step, left-out ones included (the routine page shows them struck through). */
  items: ChosenItem[];
  /** The steps that will be done. */
  active: ChosenItem[];
  isEmpty: boolean;
}

/** Follow swaps (A → B, B → C) to the exercise actually done; a cycle or an unknown target stops the walk. */
function resolveSwaps(
  id: string,
  facts: Readonly<Record<string, PlanFacts>>,
  adjustments: Readonly<Record<string, Adjustment>>,
): { id: string; swaps: { prefFor: string; to: string }[] } {
  const seen = new Set([id]);
  const swaps: { prefFor: string; to: string }[] = [];
  let current = id;
  for (;;) {
    const a = adjustments[current];
    if (a?.action !== 'swap' || seen.has(a.to) || !facts[a.to]) return { id: current, swaps };
    swaps.push({ prefFor: current, to: a.to });
    seen.add(a.to);
    current = a.to;
  }
}

/**
 * Apply the stored choices to a routine: see ChosenRoutine. Throws on an exercise the catalogue lacks.
 * A programme level (keyed by the step's exercise) comes first: it names the exercise and dose the
 * step stands for; the knee-safety choices then apply to that exercise as to any other.
 */
export function applyChoices(
  routine: Routine,
  facts: Readonly<Record<string, PlanFacts>>,
  adjustments: Readonly<Record<string, Adjustment>> = {},
  levels: Readonly<Record<string, LevelChoice>> = {},
): ChosenRoutine {
  const originals = new Set(routine.steps.map((s) => s.exercise));
  const swappedInUse = new Set<string>();
  const items = routine.steps.map((step, index): ChosenItem => {
    if (!facts[step.exercise]) throw new Error(`Routine "${routine.id}" names unknown exercise "${step.exercise}"`);
    const level = levels[step.exercise];
    const startId = level && facts[level.exerciseId] ? level.exerciseId : step.exercise;
    const original = facts[startId] ?? facts[step.exercise];
    if (!original) throw new Error(`Routine "${routine.id}" names unknown exercise "${step.exercise}"`);
    const levelChanges: AppliedChange[] = level
      ? [{ action: 'level', ladderId: level.ladderId, levelId: level.levelId, to: startId, label: level.label }]
      : [];
    const ownDose = level ? atLevel(original.dosage, level) : applyOverride(original.dosage, step);
    const ownNote = startId === step.exercise ? (step.note ?? null) : original.cue || null;
    const own = adjustments[startId];
    if (own?.action === 'skip') {
      const changes: AppliedChange[] = [...levelChanges, { action: 'skip', prefFor: startId }];
      return { index, originalId: step.exercise, exercise: original, dosage: ownDose, note: ownNote, changes, isLeftOut: true };
    }
    const { id, swaps } = resolveSwaps(startId, facts, adjustments);
    const exercise = facts[id] ?? original;
    const changes: AppliedChange[] = [...levelChanges, ...swaps.map((s) => ({ action: 'swap' as const, ...s }))];
    if (swaps.length > 0 && (originals.has(id) || swappedInUse.has(id))) {
      // Never twice: the exercise swapped to is already in the routine, so this step is done there.
      const last = swaps.at(-1) ?? { prefFor: startId, to: id };
      changes.splice(-1, 1, { action: 'swap-merged', ...last });
      return { index, originalId: step.exercise, exercise, dosage: exercise.dosage, note: null, changes, isLeftOut: true };
    }
    if (swaps.length > 0) swappedInUse.add(id);
    // A swap keeps the alternative's own dosage and cue: the routine's override and note were written for the original.
    let dosage = swaps.length > 0 ? exercise.dosage : ownDose;
    const note = swaps.length > 0 ? exercise.cue || null : ownNote;
    // The exercise actually done answers to its own choices: lowered or left out.
    const final = swaps.length > 0 ? adjustments[id] : own;
    if (final?.action === 'lower-dose') {
      dosage = lowerDose(dosage);
      changes.push({ action: 'lower-dose', prefFor: id });
    }
    const isLeftOut = final?.action === 'skip';
    if (isLeftOut) changes.push({ action: 'skip', prefFor: id });
    return { index, originalId: step.exercise, exercise, dosage, note, changes, isLeftOut };
  });
  const active = items.filter((i) => !i.isLeftOut);
  return { routine, items, active, isEmpty: active.length === 0 };
}

/** The choices that leave steps out, so "Undo" can bring the routine back. */
export function leaveOutPrefs(chosen: ChosenRoutine): string[] {
  const ids = chosen.items.flatMap((i) =>
    i.isLeftOut ? i.changes.flatMap((c) => (c.action === 'skip' || c.action === 'swap-merged' ? [c.prefFor] : [])) : [],
  );
  return [...new Set(ids)];
}
