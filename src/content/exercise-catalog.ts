/** The full exercise library (HTML, illustrations, sources). Import only from lazy routes. */
import { exercises, sources } from 'virtual:kneewise/exercises';
import type { Exercise, Source } from './catalog-types';

export { exercises, sources };

const byId = new Map(exercises.map((e) => [e.id, e]));
const sourceById = new Map(sources.map((s) => [s.id, s]));

export function findExercise(id: string): Exercise | undefined {
  return byId.get(id);
}
export function findSource(id: string): Source | undefined {
  return sourceById.get(id);
}
