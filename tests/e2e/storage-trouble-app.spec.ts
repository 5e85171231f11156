import { expect, test } from './fixtures';

type Full = Window & { isDiskFull?: boolean };

test('a full disk outside the player: the setting springs back and an app-wide message says to free space and back up', async ({
  page,
}) => {
  // Real storage, with a switch that makes every write fail as a full disk does.
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with apply(this) below
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as Full).isDiskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto('/settings');
  const sounds = page.getByRole('switch', { name: 'Sounds' });
  await expect(sounds).toBeVisible();
  const wasOn = await sounds.isChecked();

  await page.evaluate(() => ((window as Full).isDiskFull = true));
  await sounds.click();
  const banner = page.getByRole('alert').filter({ hasText: 'storage is full' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Free some space');
  await expect(banner).toContainText('Download a backup now');
  await expect(sounds).toBeChecked({ checked: wasOn });

  // The way out it offers: the backup, on the data page.
  await page.evaluate(() => ((window as Full).isDiskFull = false));
  await banner.getByRole('link', { name: 'Download a backup' }).click();
  await expect(page.getByRole('heading', { name: 'Download a copy' })).toBeVisible();
  await expect(banner).toBeHidden();
});

test('another tab upgrading the database: this tab lets go and asks to be reloaded', async ({ page, context }) => {
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  // History has opened the database; a "newer version" in another tab now opens it at a higher version.
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'kneewise'))).toBe(true);

  const other = await context.newPage();
  await other.goto('/about');
  const upgraded = await other.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('kneewise', 9999);
        // Not blocked: our tab closes its connection when asked.
        request.onblocked = () => resolve('blocked');
        request.onsuccess = () => {
          request.result.close();
          resolve('opened');
        };
        request.onerror = () => resolve('error');
      }),
  );
  expect(upgraded).toBe('opened');
  const banner = page.getByRole('alert').filter({ hasText: 'Kneewise was updated in another tab — reload this one' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
});
