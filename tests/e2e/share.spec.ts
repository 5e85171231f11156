import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';
import { shareFragment } from './pages/own-routine';
import { waitForServiceWorkerControl } from './support';

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

test('an own routine shared as a link opens offline in a fresh browser after one visit: preview with its doses, axe clean, added', async ({
  page,
  browser,
}) => {
  // An own routine on this phone (added from a link, the quickest way to have one).
  await page.goto(
    `/share#${shareFragment('Physio week 2', [
      { e: 'glute-bridge', r: 8, s: 2 },
      { e: 'tennis-ball-glutes', h: 40, d: 'both' },
    ])}`,
  );
  await page.getByRole('button', { name: 'Add to my routines' }).click();
  await page.getByRole('link', { name: 'Open it in your routines' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Physio week 2' })).toBeVisible();
  await page.getByRole('link', { name: 'Share' }).click();
  const link = await page.getByLabel('Link', { exact: true }).inputValue();
  expect(link).toMatch(/\/share#r=/);
  await expect(page.getByRole('img', { name: 'QR code of the link to Physio week 2' })).toBeVisible();

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto('/');
    await waitForServiceWorkerControl(other);
    await fresh.setOffline(true);
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1, name: 'Physio week 2' })).toBeVisible();
    await expect(other.getByRole('listitem').filter({ hasText: 'Glute bridge' })).toContainText('2 × 8');
    await expectNoViolations(other, 'the shared routine');
    await other.getByRole('button', { name: 'Add to my routines' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'Added to your routines.' })).toBeVisible();
    await other.getByRole('link', { name: 'Open it in your routines' }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Physio week 2' })).toBeVisible();
    await expect(other.getByText('Your own routine.')).toBeVisible();
  } finally {
    await fresh.close();
  }
});

test('a link with an exercise twice is refused and adds nothing', async ({ page }) => {
  await page.goto(`/share#${shareFragment('Twice', [{ e: 'glute-bridge' }, { e: 'glute-bridge', r: 5 }])}`);
  await expect(page.getByRole('heading', { name: 'This link can’t be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Glute bridge is in the routine twice. Nothing was added.');
  await expect(page.getByRole('button', { name: 'Add to my routines' })).toHaveCount(0);
});
