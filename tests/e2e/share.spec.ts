import { expect, test } from './fixtures';

test('a shared link opens in a fresh browser, previews, adds the routine and it plays', async ({ page, browser }) => {
  await page.goto('/routines/daily-hip-release/share');
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  expect(link).toMatch(/\/share#r=/);
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Daily hip release' })).toBeVisible();
  await expect(other.getByText(/About \d+ min/)).toBeVisible();
  await other.getByRole('button', { name: 'Add to my routines' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Added to your routines.' })).toBeVisible();
  const stored = await other.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('kneewise');
        open.onsuccess = () => {
          const req = open.result.transaction('routines').objectStore('routines').count();
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
  expect(stored).toBe(1);
  await other.getByRole('link', { name: 'Start it now' }).click();
  await expect(other).toHaveURL(/\/session/);
  await fresh.close();
});

test('a tampered link is refused with a message and adds nothing', async ({ page }) => {
  await page.goto('/routines/daily-hip-release/share');
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  const [base, encoded = ''] = link.split('#r=');
  await page.goto(`${base}#r=${encoded.slice(0, 6)}@@@@${encoded.slice(10)}`);
  await expect(page.getByRole('heading', { name: 'This link can’t be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Nothing was added');
  await expect(page.getByRole('button', { name: 'Add to my routines' })).toHaveCount(0);
});
