import type { Page } from '@playwright/test';
import type { SessionEvent } from '../../src/domain/session/events';
import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';

/** Monday 2 March 2026, 09:00 — time is frozen and only moves when the test moves it. */
const T0 = new Date(2026, 2, 2, 9, 0).getTime();
type Full = Window & { isDiskFull?: boolean };

test.beforeEach(async ({ page }) => {
  // Real storage, with a switch that makes every write fail as a full disk does.
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with apply(this) below
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as Full).isDiskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(T0 + 1000);
});

const storedEvents = (page: Page): Promise<SessionEvent[]> =>
  page.evaluate(
    () =>
      new Promise<SessionEvent[]>((resolve, reject) => {
        const open = indexedDB.open('kneewise');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const all = open.result.transaction('sessions', 'readonly').objectStore('sessions').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as { events: SessionEvent[] }[])[0]?.events ?? []);
          };
        };
      }),
  );

test('a full disk mid-session: a clear "not saved" banner, the session runs on, and everything is stored once there is room', async ({
  page,
}) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  await player.advance(); // baseline knee check
  await player.advance(); // get ready
  await expect(player.timer).toHaveText('0:45');
  const before = await storedEvents(page);

  await page.evaluate(() => ((window as Full).isDiskFull = true));
  await player.pauseButton.click();
  const banner = page.getByRole('alert').filter({ hasText: 'Not saved: this device’s storage is full' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('free some space');
  // Still playing, in memory.
  await player.resumeButton.click();
  await page.clock.runFor(10_000);
  await expect(player.timer).toHaveText('0:35');
  // What was stored before stays stored.
  expect(await storedEvents(page)).toEqual(before);

  await page.evaluate(() => ((window as Full).isDiskFull = false));
  await page.clock.runFor(8_000); // the longest retry wait
  await expect(banner).toBeHidden();
  const events = await storedEvents(page);
  expect(events.map((e) => e.type)).toEqual([...before.map((e) => e.type), 'pause', 'resume']);
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
});
