import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForServiceWorkerControl } from './support';

type Marked = Window & { kneewiseMarker?: string };
const SW = resolve('dist/sw.js');

/**
 * "Deploy" a new version under the running preview server: the same service worker with one
 * precache revision changed (same byte length — the server cached the file sizes at start).
 */
async function deployNextVersion(page: Page, run: () => Promise<void>) {
  const original = readFileSync(SW, 'utf8');
  const next = original.replace(/revision:"([0-9a-f])/, (_m, c: string) => `revision:"${c === 'a' ? 'b' : 'a'}`);
  expect(next).not.toBe(original);
  writeFileSync(SW, next);
  try {
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await run();
  } finally {
    writeFileSync(SW, original);
  }
}

const promptOf = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of Kneewise is ready.' });

test('a new version is offered with “Reload to update” and never applied by itself', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  // Something a reload would wipe, like a session on screen.
  await page.evaluate(() => {
    (window as Marked).kneewiseMarker = 'still here';
  });
  await deployNextVersion(page, async () => {
    await expect(promptOf(page)).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as Marked).kneewiseMarker)).toBe('still here');
    const reload = page.waitForEvent('load');
    await promptOf(page).getByRole('button', { name: 'Reload to update' }).click();
    await reload;
    expect(await page.evaluate(() => (window as Marked).kneewiseMarker ?? 'reloaded')).toBe('reloaded');
    await expect(page.getByRole('heading', { level: 1, name: 'Hip mobility that spares the knee' })).toBeVisible();
    await expect(promptOf(page)).toBeHidden();
  });
});

test('“Later” hides the prompt and keeps the page as it is', async ({ page }) => {
  await page.goto('/exercises?kind=release');
  await waitForServiceWorkerControl(page);
  await deployNextVersion(page, async () => {
    await promptOf(page).getByRole('button', { name: 'Later' }).click();
    await expect(promptOf(page)).toBeHidden();
    await expect(page).toHaveURL(/kind=release/);
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
  });
});
