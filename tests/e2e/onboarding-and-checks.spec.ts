import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';

test('onboarding: choosing the right knee means the player asks only about the right knee', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Set up' }).click();
  await page.getByRole('button', { name: 'I understand — next' }).click();
  await page.getByRole('button', { name: 'Right knee' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Inner side' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'No knee pain' }).click();
  // No red flag ticked (one ticked is remembered and holds Start on home: tests/e2e/red-flags.spec.ts).
  await page.getByRole('button', { name: 'None of these — finish' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Hip mobility that spares the knee' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New here? Tell us about your knee' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: /^right knee 3,/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^left knee/ })).toHaveCount(0);
});

test('skipping onboarding keeps asking about both knees and stops offering set-up', async ({ page }) => {
  await page.goto('/welcome');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await expect(page.getByRole('heading', { name: 'New here? Tell us about your knee' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hip mobility that spares the knee' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New here? Tell us about your knee' })).toHaveCount(0);
});

test('the morning after a session, home asks about the knee and flags a worse morning', async ({ page }) => {
  const evening = new Date();
  evening.setDate(evening.getDate() - 1);
  evening.setHours(18, 0, 0, 0);
  // Frozen while the routine is walked: with time running, a short step could end while the page
  // object reads it (seen under load). Walking 22 steps takes minutes on a busy machine.
  test.slow();
  await page.clock.install({ time: evening });
  await page.clock.pauseAt(evening.getTime() + 1000);
  const player = new PlayerPage(page);
  await player.startFromHome();
  for (let i = 0; i < 40; i++) if ((await player.advance()).kind === 'finish') break;
  await expect(page.getByRole('heading', { level: 1, name: 'Session complete' })).toBeVisible();

  const morning = new Date(evening);
  morning.setDate(morning.getDate() + 1);
  morning.setHours(8, 0, 0, 0);
  await page.clock.setSystemTime(morning);
  // Nothing is timed from here on: let the page's time run again (lazy routes wait on it).
  await page.clock.resume();
  await page.goto('/');
  await page.getByRole('link', { name: 'Check my knee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How is your knee this morning?' })).toBeVisible();
  await page.getByRole('button', { name: /^left knee 3,/ }).click();
  await page.getByRole('button', { name: /^right knee 0,/ }).click();
  await expect(page.getByText('Your knee is worse than before yesterday’s session.')).toBeVisible();
  await page.getByRole('link', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'How is your knee this morning?' })).toHaveCount(0);
});

test('a knee check from home is saved and shows in history', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Log knee pain now' }).click();
  await page.getByRole('button', { name: /^left knee 2,/ }).click();
  await page.getByRole('button', { name: /^right knee 1,/ }).click();
  await expect(page.getByText('Saved.', { exact: false }).first()).toBeVisible();
  await page.goto('/history');
  await expect(page.getByText(/Left knee: worst this week 2/)).toBeVisible();
});

test('cue switches are remembered', async ({ page }) => {
  // Settings' toggles are switches (issue 9: large toggles); Playwright checks and unchecks them the same way.
  await page.goto('/settings');
  const sounds = page.getByRole('switch', { name: 'Sounds' });
  await expect(sounds).toBeChecked();
  await sounds.uncheck();
  await page.getByRole('switch', { name: 'Voice coach' }).check();
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Sounds' })).not.toBeChecked();
  await expect(page.getByRole('switch', { name: 'Voice coach' })).toBeChecked();
});
