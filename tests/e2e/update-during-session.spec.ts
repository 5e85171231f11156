import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SETTLED, withNextVersion, workersOf } from './pages/next-version';
import { PlayerPage } from './pages/player-page';
import { waitForServiceWorkerControl } from './support';

/** Monday 2 March 2026, 09:00 — time is frozen and only moves when the test moves it. */
const T0 = new Date(2026, 2, 2, 9, 0).getTime();
type Marked = Window & { kneewiseMarker?: string };

// Two worker installs and a reload, like update.spec.ts.
test.slow();

const promptOf = (page: Page) => page.getByRole('status').filter({ hasText: 'A new version of Kneewise is ready.' });

test('a new version waits while a step runs, is offered on pause, and the session comes back at the same step and time', async ({
  page,
}) => {
  // The first install wants page time to run; time is frozen once the worker is in charge.
  await page.clock.install({ time: T0 });
  const player = new PlayerPage(page);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await expect.poll(() => workersOf(page)).toEqual(SETTLED);
  await page.clock.pauseAt(T0 + 10 * 60_000);

  await player.startFromHome();
  await player.advance(); // baseline knee check
  await player.advance(); // get ready
  await expect(player.timer).toHaveText('0:45');
  await page.clock.runFor(10_000);
  await page.evaluate(() => ((window as Marked).kneewiseMarker = 'before the update'));

  await withNextVersion(page, async () => {
    // Installed and waiting, but not offered while the step runs.
    await page.clock.runFor(5_000);
    await expect(player.timer).toHaveText('0:30');
    await expect(promptOf(page)).toBeHidden();

    await player.pauseButton.click();
    await expect(promptOf(page)).toBeVisible();
    await expect(promptOf(page)).toContainText('comes back at this step with the same time left');
    // Resuming puts it away again; pausing brings it back.
    await player.resumeButton.click();
    await expect(promptOf(page)).toBeHidden();
    await page.clock.runFor(3_000);
    await player.pauseButton.click();
    await expect(player.timer).toHaveText('0:27');

    await promptOf(page).getByRole('button', { name: 'Reload to update' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as Marked).kneewiseMarker ?? 'reloaded').catch(() => 'navigating'))
      .toBe('reloaded');
    await page.waitForLoadState('load');
    await player.settle(player.stepCounter);
    await expect.poll(() => workersOf(page)).toEqual(SETTLED);
  });

  // The same step, the same time left, still paused; it runs on from there.
  await expect(player.stepCounter).toHaveText(/^Step 3 of/);
  await expect(player.timer).toHaveText('0:27');
  await expect(player.resumeButton).toBeVisible();
  await expect(promptOf(page)).toBeHidden();
  await player.resumeButton.click();
  await page.clock.runFor(7_000);
  await expect(player.timer).toHaveText('0:20');
});
