import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';
import { waitForServiceWorkerControl } from './support';

/**
 * Red flags are remembered: an answer in the player stops the session, and home shows it in place of
 * the one-tap Start — after a reload and offline too — until the user says a clinician has checked
 * the knee. History and the physio report list it.
 */
const SWELLING = 'The knee gives way';
const redFlagCard = (page: Page) => page.getByRole('region', { name: 'Have your knee checked before you exercise' });
const startLink = (page: Page) => page.getByRole('link', { name: 'Start', exact: true });

async function expectHomeHoldsStart(page: Page) {
  await expect(redFlagCard(page)).toBeVisible();
  await expect(redFlagCard(page).getByText(SWELLING)).toBeVisible();
  await expect(redFlagCard(page).getByText('See a clinician soon.')).toBeVisible();
  await expect(startLink(page)).toHaveCount(0);
}

test('a red flag in the player holds Start on home until a clinician has checked the knee', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const player = new PlayerPage(page);
  await player.startFromHome();

  // The first knee check: "Swelling, locking or giving way?" → swelling → stop.
  await page.getByRole('button', { name: 'Swelling, locking or giving way?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Is any of this true right now?' });
  await dialog.getByRole('checkbox', { name: SWELLING }).check();
  await dialog.getByRole('button', { name: 'Stop the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session stopped' })).toBeVisible();
  await expect(page.getByText('See a clinician soon.')).toBeVisible();
  await expect(page.getByText(/^Saved\. Home will show this instead of Start/)).toBeVisible();

  await page.getByRole('link', { name: 'Back to today' }).click();
  await expectHomeHoldsStart(page);

  // The first paint after a reload already knows (the hint), and IndexedDB agrees.
  await page.reload();
  expect(
    await page.evaluate(() => document.documentElement.hasAttribute('data-red-flag') || !!document.querySelector('.home-red-flag')),
  ).toBe(true);
  await expectHomeHoldsStart(page);

  await context.setOffline(true);
  await page.reload();
  await expectHomeHoldsStart(page);

  // History and the report list it, not yet checked.
  await page.goto('/history');
  const historyFlags = page.getByRole('region', { name: 'Red flags' });
  await expect(historyFlags.getByText(SWELLING)).toBeVisible();
  await expect(historyFlags.getByText('Not yet checked by a clinician.')).toBeVisible();
  await page.goto('/report');
  const reportFlags = page.getByRole('region', { name: 'Red flags' });
  await expect(reportFlags.getByText(SWELLING)).toBeVisible();
  await expect(reportFlags.getByText(/during a session/)).toBeVisible();

  // Deliberately cleared: a confirm step, then Start is back (and stays back after a reload).
  await page.goto('/');
  await redFlagCard(page).getByRole('button', { name: 'A clinician has checked my knee' }).click();
  await page.getByRole('button', { name: 'Yes, it has been checked' }).click();
  await expect(startLink(page)).toBeVisible();
  await expect(page.getByText('Noted: a clinician has checked your knee.')).toBeVisible();
  await page.reload();
  await expect(startLink(page)).toBeVisible();
  await expect(redFlagCard(page)).toHaveCount(0);

  await page.goto('/history');
  await expect(page.getByRole('region', { name: 'Red flags' }).getByText(/^Checked by a clinician: logged /)).toBeVisible();
});
