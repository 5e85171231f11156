/**
 * App-wide storage trouble, reported by the storage layer and shown by one banner (app/storage-banner).
 * Plain JS with no Dexie, so home can listen without loading the database code. The latest kind
 * wins; a reload starts clean.
 */
export type StorageAlert = 'quota' | 'unavailable' | 'blocked' | 'upgraded';

type Listener = (alert: StorageAlert | null) => void;

let current: StorageAlert | null = null;
const listeners = new Set<Listener>();

export function reportStorageAlert(alert: StorageAlert): void {
  // An upgrade in another tab closes our connection: later failures are its consequence, not news.
  if (current === 'upgraded' || current === alert) return;
  current = alert;
  listeners.forEach((l) => l(current));
}

export function dismissStorageAlert(): void {
  current = null;
  listeners.forEach((l) => l(null));
}

export const currentStorageAlert = (): StorageAlert | null => current;

export function subscribeStorageAlerts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
