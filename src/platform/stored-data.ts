/**
 * Whether this browser holds a Kneewise database at all, asked without opening one: on a true first
 * visit there is nothing to read, so home need not fetch the storage code (Dexie is a third of home's
 * JS) just to learn that. Where the browser cannot list its databases, assume there may be data.
 */
export async function mayHaveStoredData(name = 'kneewise'): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    const databases = await indexedDB.databases();
    return databases.some((db) => db.name === name);
  } catch {
    return true;
  }
}
