/**
 * Each routine's description (why it is built that way) and its steps' notes: only the routine page
 * shows them, so the routines module that home imports ships without them.
 */
import { routineTexts } from 'virtual:kneewise/routine-texts';

export function findRoutineText(id: string): string {
  return routineTexts[id]?.description ?? '';
}

/** The routine's own note for the step at `index` (null when it has none). */
export function findRoutineStepNote(id: string, index: number): string | null {
  return routineTexts[id]?.notes[index] ?? null;
}
