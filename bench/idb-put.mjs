/**
 * Write rows straight into the app's real IndexedDB in one transaction, and mark the user onboarded:
 * how the bench puts years of data on a phone before it times a screen. `tables` maps store → rows.
 */
export function putRows(page, tables) {
  return page.evaluate(
    (tables) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kneewise');
        open.onsuccess = () => {
          const names = [...Object.keys(tables), 'settings'];
          const tx = open.result.transaction(names, 'readwrite');
          for (const [name, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(name).put(row);
          tx.objectStore('settings').put({ key: 'onboarded', value: Date.now() });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    tables,
  );
}
