import type { Page } from '@playwright/test';
import type { SessionEvent } from '../../src/domain/session/events';
import { expect, test } from './fixtures';
import { formatClock } from '../../src/features/player/step-text';
import { PlayerPage } from './pages/player-page';

/** Monday 2 March 2026, 09:00 — one frozen clock for both windows of the context. */
const T0 = new Date(2026, 2, 2, 9, 0).getTime();

const storedEvents = (page: Page): Promise<SessionEvent[][]> =>
  page.evaluate(
    () =>
      new Promise<SessionEvent[][]>((resolve, reject) => {
        const open = indexedDB.open('kneewise');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const all = open.result.transaction('sessions', 'readonly').objectStore('sessions').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as { events: SessionEvent[] }[]).map((s) => s.events));
          };
        };
      }),
  );

const busyHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'This session is running in another window' });
const lostHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'This session moved to another window' });

test('two windows tapping: one plays at a time, take-over hands the session across, the log has no gaps or doubles', async ({
  context,
  page,
}) => {
  // Two windows, each taking over a session: a ceiling for a loaded machine, not a wait.
  test.slow();
  await context.clock.install({ time: T0 });
  await context.clock.pauseAt(T0 + 1000);
  const first = new PlayerPage(page);
  await first.startFromHome();
  await first.advance(); // baseline knee check
  await first.advance(); // get ready: a timed step now
  await page.clock.runFor(5_000);

  const other = await context.newPage();
  const second = new PlayerPage(other);
  await other.goto('/session');
  // Waiting for a window may run the shared frozen clock a little; the time left counts it.
  let ranMs = await second.settle(busyHeading(other));
  await expect(other.getByRole('button', { name: 'Take it over' })).toBeVisible();

  // Both windows are tapped; only the owner's taps are events.
  await first.pauseButton.click();
  await first.resumeButton.click();
  await other.getByRole('button', { name: 'Take it over' }).click();
  ranMs += await second.settle(second.stepCounter);
  await expect(lostHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Take it back' })).toBeVisible();
  await expect(second.stepCounter).toHaveText(/^Step 3 of/);
  await expect(second.timer).toHaveText(formatClock(40_000 - ranMs));

  await second.pauseButton.click();
  await second.resumeButton.click();
  await other.getByRole('button', { name: '+15 s' }).click();
  await expect(second.timer).toHaveText(formatClock(55_000 - ranMs));

  // And back again: the first window reopens from what the second stored.
  await page.getByRole('button', { name: 'Take it back' }).click();
  ranMs += await first.settle(first.stepCounter);
  await expect(lostHeading(other)).toBeVisible();
  await expect(first.timer).toHaveText(formatClock(55_000 - ranMs));
  await first.pauseButton.click();

  await expect
    .poll(async () => {
      const logs = await storedEvents(page);
      return logs.map((events) => events.map((e) => e.type));
    })
    .toEqual([['start', 'complete', 'pause', 'resume', 'pause', 'resume', 'extend', 'pause']]);
  const [events = []] = await storedEvents(page);
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
});
