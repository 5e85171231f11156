/**
 * Persistent storage: without it the browser may delete the app's data under storage pressure
 * (or, in Safari, after weeks without a visit). Every function is safe where the API is missing.
 */
export interface StorageUse {
  usageBytes: number;
  quotaBytes: number;
}

function storageManager(): StorageManager | undefined {
  // Typed as always there, but missing in old browsers and in insecure (http) pages.
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;
}

export function isPersistenceSupported(): boolean {
  return typeof storageManager()?.persist === 'function';
}

/** True only when the browser has promised to keep the data. */
export async function isPersisted(): Promise<boolean> {
  const storage = storageManager();
  if (typeof storage?.persisted !== 'function') return false;
  try {
    return await storage.persisted();
  } catch {
    return false;
  }
}

/** Asks once; browsers decide silently (Chrome: by engagement, an installed app is granted) or prompt (Firefox). */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

/** The browser's estimate for this origin (data, caches and the offline copy of the app). */
export async function estimateStorage(): Promise<StorageUse | null> {
  const storage = storageManager();
  if (typeof storage?.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? null : { usageBytes: usage, quotaBytes: quota };
  } catch {
    return null;
  }
}
