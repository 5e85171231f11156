// lz-string is CommonJS: Node's ESM loader gives only its default export.
import LZString from 'lz-string';

export interface SharedStep {
  e: string;
  h?: number;
  r?: number;
  s?: number;
  t?: number;
  d?: 'each' | 'both';
}

/** A share link's fragment for an own routine (share format 1), made the way the app makes it. */
export function shareFragment(name: string, steps: SharedStep[]): string {
  return `r=${LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, n: name, x: steps }))}`;
}
