import { expect, test } from '@playwright/test';

/**
 * The install prompt's screenshots (manifest `screenshots`): a phone-sized home and a desktop-sized
 * library, written to public/screenshots so the next build ships them. Re-run after a visible change.
 */
const SHOTS = [
  { path: '/', file: 'home-narrow.png', viewport: { width: 390, height: 844 }, ready: 'Today’s routine' },
  { path: '/exercises', file: 'library-wide.png', viewport: { width: 1280, height: 800 }, ready: 'Exercise library' },
] as const;

for (const shot of SHOTS) {
  test(`manifest screenshot ${shot.file}`, async ({ page }) => {
    await page.setViewportSize(shot.viewport);
    await page.goto(shot.path);
    await expect(page.getByText(shot.ready).first()).toBeVisible();
    await page.screenshot({ path: `public/screenshots/${shot.file}`, animations: 'disabled' });
  });
}
