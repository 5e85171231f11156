/**
 * What a running session says about updates, kept apart from the worker registration so the player
 * can set it without loading workbox. `isBusy` while a step runs (the waiting version is not offered);
 * `prepare` stores everything a reload would otherwise lose.
 */
export interface UpdateGuard {
  isBusy: boolean;
  prepare: () => Promise<void>;
}

let guard: UpdateGuard | null = null;
const listeners = new Set<() => void>();

export function setUpdateGuard(next: UpdateGuard | null): void {
  const changed = (guard?.isBusy ?? false) !== (next?.isBusy ?? false) || (guard === null) !== (next === null);
  guard = next;
  if (changed) listeners.forEach((l) => l());
}
export const getUpdateGuard = (): UpdateGuard | null => guard;
export function subscribeToUpdateGuard(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
