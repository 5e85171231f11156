import { storageTrouble } from './storage-trouble';

/**
 * For reads a screen does after its first paint (home's extras, a reminder): when one fails, the
 * screen keeps its defaults, but the failure is never silent. Storage trouble already reaches the
 * app-wide banner with what to do (storage-watch); anything else is a bug, logged where it happened.
 */
export function reportReadFailure(what: string): (error: unknown) => void {
  return (error) => {
    if (storageTrouble(error) === 'unknown') console.error(`Kneewise could not read ${what}:`, error);
  };
}
