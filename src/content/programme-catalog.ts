/** The programmes and their ladders; loaded only by the screens that need them (never home's first bundle). */
import { programmes } from 'virtual:kneewise/programmes';
import type { ProgrammeFile } from './programme-schema';

export type Programme = ProgrammeFile;
export { programmes };

/** The one programme Kneewise offers today. */
export const PROGRAMME_ID = 'steady-knees-8-weeks';

export function findProgramme(id: string): Programme | undefined {
  return programmes.find((p) => p.id === id);
}
