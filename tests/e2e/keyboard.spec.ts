import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';

/** Monday 2 March 2026, 09:00 — time is frozen and only moves when a test moves it. */
const T0 = new Date(2026, 2, 2, 9, 0).getTime();

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(T0 + 1000);
});

test('player keys belong to the focused button; focus moves to each new step’s heading, never the body', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  await player.screen();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();

  // ArrowRight on a focused score is the score's, not "skip the check unanswered".
  const score = page.getByRole('button', { name: 'left knee 0, none' });
  await score.focus();
  await page.keyboard.press('ArrowRight');
  await expect(player.stepCounter).toHaveText(/^Step 1 of/);

  // Space on a focused "No knee pain" presses it (and does not pause).
  await player.noKneePain.focus();
  await page.keyboard.press('Space');
  await expect(player.stepCounter).toHaveText(/^Step 2 of/);
  await expect(heading).toBeFocused();
  await expect(player.pauseButton).toBeVisible();

  // With focus on no control, the shortcuts work.
  await page.keyboard.press('Space');
  await expect(player.resumeButton).toBeVisible();
  await page.keyboard.press('Space');
  await expect(player.pauseButton).toBeVisible();

  // Enter on a focused +15 s presses it; when the step then runs out, focus goes to the next heading.
  await page.getByRole('button', { name: '+15 s' }).focus();
  await page.keyboard.press('Enter');
  await expect(player.timer).toHaveText('0:25');
  await page.clock.runFor(26_000);
  await expect(player.stepCounter).toHaveText(/^Step 3 of/);
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);

  // Space on a focused End session opens its dialog instead of pausing.
  await page.getByRole('button', { name: 'End session' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('dialog', { name: 'End this session?' })).toBeVisible();
});
