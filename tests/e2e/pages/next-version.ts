import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

const SW = resolve('dist/sw.js');

/** The registration as the page sees it: what every wait is about, and what a failure prints. */
export const workersOf = (page: Page) =>
  page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return {
      installing: r?.installing?.state ?? null,
      waiting: r?.waiting?.state ?? null,
      active: r?.active?.state ?? null,
      isControlled: navigator.serviceWorker.controller !== null,
    };
  });
export const SETTLED = { installing: null, waiting: null, active: 'activated', isControlled: true };

/**
 * "Deploy" a new version under the running preview server (the same worker, one precache revision
 * changed) and run `during` once the browser has installed it and it waits. The file is put back after.
 */
export async function withNextVersion(page: Page, during: () => Promise<void>): Promise<void> {
  const original = readFileSync(SW, 'utf8');
  const next = original.replace(/revision:"([0-9a-f])/, (_m, c: string) => `revision:"${c === 'a' ? 'b' : 'a'}`);
  expect(next).not.toBe(original);
  writeFileSync(SW, next);
  try {
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect.poll(() => workersOf(page)).toEqual({ ...SETTLED, waiting: 'installed' });
    await during();
  } finally {
    writeFileSync(SW, original);
  }
}
