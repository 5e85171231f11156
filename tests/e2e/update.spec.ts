import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SETTLED, withNextVersion, workersOf } from './pages/next-version';
import { waitForServiceWorkerControl } from './support';

type Marked = Window & { kneewiseMarker?: string; firstWorker?: ServiceWorker | null };

/**
 * First visit, settled: the page is controlled AND the worker has finished activating. Control alone
 * is not enough — `clients.claim()` runs inside the activate handler, so the page is controlled while
 * the worker is still "activating", and a version deployed then installs during that activation.
 */
async function firstVisit(page: Page, path: string) {
  await page.goto(path);
  await waitForServiceWorkerControl(page);
  await expect.poll(() => workersOf(page)).toEqual(SETTLED);
}

/**
 * Each test pays for two installs (the whole precache on the first visit, then the new version) and
 * a reload. Measured with the renderer throttled 6× and every request delayed up to 0.4 s: ≈ 30 s,
 * half the default budget, most of it the first install. A loaded shared machine can exceed it.
 */
test.slow();

const promptOf = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of Kneewise is ready.' });

test('a new version is offered with “Reload to update” and never applied by itself', async ({ page }) => {
  await firstVisit(page, '/');
  // Something a reload would wipe, like a session on screen; and the worker in charge now.
  await page.evaluate(async () => {
    (window as Marked).kneewiseMarker = 'still here';
    (window as Marked).firstWorker = (await navigator.serviceWorker.getRegistration())?.active;
  });
  await withNextVersion(page, async () => {
    await expect(promptOf(page)).toBeVisible();
    // Offered, not applied: the same page, still run by the first worker, the new one waiting.
    expect(
      await page.evaluate(async () => {
        const w = window as Marked;
        const r = await navigator.serviceWorker.getRegistration();
        return w.kneewiseMarker === 'still here' && r?.active === w.firstWorker && navigator.serviceWorker.controller === w.firstWorker;
      }),
    ).toBe(true);

    await promptOf(page).getByRole('button', { name: 'Reload to update' }).click();
    // The reload is a new document: wait for that state rather than for one 'load' event — a state
    // can be polled for as long as the budget allows and is not fooled by a second navigation.
    // A poll that lands mid-navigation finds no document to ask: that attempt just says so.
    await expect
      .poll(() => page.evaluate(() => (window as Marked).kneewiseMarker ?? 'reloaded').catch(() => 'navigating'))
      .toBe('reloaded');
    await page.waitForLoadState('load');
    await expect.poll(() => workersOf(page)).toEqual(SETTLED);
    await expect(page.getByRole('heading', { level: 1, name: 'Hip mobility that spares the knee' })).toBeVisible();
    await expect(promptOf(page)).toBeHidden();
  });
});

test('“Later” hides the prompt and keeps the page as it is', async ({ page }) => {
  await firstVisit(page, '/exercises?kind=release');
  await withNextVersion(page, async () => {
    await promptOf(page).getByRole('button', { name: 'Later' }).click();
    await expect(promptOf(page)).toBeHidden();
    await expect(page).toHaveURL(/kind=release/);
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
    expect((await workersOf(page)).waiting).toBe('installed');
  });
});
