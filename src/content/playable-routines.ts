import type { Catalog, Routine } from './catalog-types';

/** Routines as the player needs them: the long "why it is built this way" texts stay in routine-texts. */
export function playableRoutines(catalog: Pick<Catalog, 'routines'>): Routine[] {
  return catalog.routines.map(({ description: _, ...r }) => ({ ...r, steps: r.steps.map(({ note: _note, ...s }) => s) }));
}
