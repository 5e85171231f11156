/** The builder's edits, as pure functions of the routine being edited (the draft). */
import type { UserRoutine, UserRoutineStep } from './user-routine-types';

/** Add an exercise at the end; an exercise already in the routine is not added twice. */
export function addStep(routine: UserRoutine, exerciseId: string): UserRoutine {
  if (routine.steps.some((s) => s.exercise === exerciseId)) return routine;
  return { ...routine, steps: [...routine.steps, { exercise: exerciseId }] };
}

export function removeStep(routine: UserRoutine, index: number): UserRoutine {
  return { ...routine, steps: routine.steps.filter((_, i) => i !== index) };
}

/** Move the step at `from` to `to` (both clamped to the list); out-of-range `from` changes nothing. */
export function moveStep(routine: UserRoutine, from: number, to: number): UserRoutine {
  const { steps } = routine;
  if (from < 0 || from >= steps.length) return routine;
  const target = Math.max(0, Math.min(steps.length - 1, to));
  if (target === from) return routine;
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(target, 0, moved);
  return { ...routine, steps: next };
}

/** Replace one step's exercise (a knee-sparing alternative), keeping its place and dropping a dose meant for the other. */
export function replaceExercise(routine: UserRoutine, index: number, exerciseId: string): UserRoutine {
  if (routine.steps.some((s, i) => i !== index && s.exercise === exerciseId)) return removeStep(routine, index);
  return { ...routine, steps: routine.steps.map((s, i) => (i === index ? { exercise: exerciseId } : s)) };
}

/** Set (or, with `undefined`, clear back to the exercise's default) one field of a step's dose. */
export function updateStep<K extends Exclude<keyof UserRoutineStep, 'exercise'>>(
  routine: UserRoutine,
  index: number,
  field: K,
  value: UserRoutineStep[K] | undefined,
): UserRoutine {
  return {
    ...routine,
    steps: routine.steps.map((s, i) => {
      if (i !== index) return s;
      const next = { ...s, [field]: value };
      // Cleared means "the exercise's default": no key at all, so a saved row stays as small as an old one.
      return Object.fromEntries(Object.entries(next).filter(([, v]) => (v as unknown) !== undefined)) as unknown as UserRoutineStep;
    }),
  };
}

/** Whether two versions differ in anything the user edits (timestamps aside): "unsaved changes". */
export function isSameRoutine(a: UserRoutine, b: UserRoutine): boolean {
  const content = (r: UserRoutine) =>
    JSON.stringify([
      r.name,
      r.getReadySeconds ?? null,
      r.switchSidesSeconds ?? null,
      r.steps.map((s) => [s.exercise, s.holdSeconds, s.reps, s.sets, s.restSeconds, s.side ?? 'each']),
    ]);
  return content(a) === content(b);
}
