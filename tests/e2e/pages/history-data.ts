import { expect, type Page } from '@playwright/test';
import { PlayerPage } from './player-page';

/** A little real history: one session with a baseline and a check after the first release. */
export async function makeHistory(page: Page): Promise<void> {
  await page.clock.install();
  const player = new PlayerPage(page);
  await player.startFromHome();
  await page.getByRole('button', { name: /^left knee 2,/ }).click();
  await page.getByRole('button', { name: /^right knee 0,/ }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  for (let i = 0; i < 4; i++) await player.advance();
  await page.getByRole('button', { name: /^left knee 3,/ }).click();
  await page.getByRole('button', { name: /^right knee 1,/ }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session ended' })).toBeVisible();
}

/** Tables a backup does not carry: the player's liveness marks and unsaved builder drafts. */
const NOT_BACKED_UP = new Set(['heartbeats', 'routineDrafts']);

/**
 * Every backed-up table's rows, read straight from IndexedDB (not through the app, and without
 * the side effects of an export), sorted by key: two snapshots are equal when the data is.
 */
export async function storedTables(page: Page): Promise<Record<string, unknown[]>> {
  const skip = [...NOT_BACKED_UP];
  return page.evaluate(async (skipped) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kneewise');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    try {
      const names = [...db.objectStoreNames].filter((n) => !skipped.includes(n));
      const tx = db.transaction(names, 'readonly');
      const read = (name: string) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
      return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await read(n)] as const)));
    } finally {
      db.close();
    }
  }, skip);
}
