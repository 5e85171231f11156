import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';

/** Monday 2 March 2026, 09:00 local. */
const MORNING = new Date(2026, 2, 2, 9, 0, 0);

/** Advance through the player until the step titled `name` is on screen. */
async function advanceTo(player: PlayerPage, name: RegExp) {
  const heading = player.page.getByRole('heading', { level: 1, name });
  for (let i = 0; i < 30 && !(await heading.isVisible()); i++) await player.advance();
  await expect(heading).toBeVisible();
}

/** Each check's panel starts closed (the last check's form doesn't carry over); open it. */
async function openRecordPanel(page: Page) {
  await expect(page.getByRole('button', { name: 'Save result' })).toBeHidden();
  await page.getByText('Record your result').click();
  await expect(page.getByRole('button', { name: 'Save result' })).toBeVisible();
}

test('the hip self-assessment in the player records the leg turn and the hip drop; progress shows both sides and the difference', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: MORNING.getTime() - 60_000 });
  await page.clock.pauseAt(MORNING);
  const player = new PlayerPage(page);
  await player.goto('/routines/hip-self-assessment');
  await page.getByRole('link', { name: 'Start this routine' }).click();
  await player.settle(player.stepCounter);

  await advanceTo(player, /^Lying leg turn/);
  await openRecordPanel(page);
  await page.getByRole('group', { name: 'Left leg' }).getByRole('radio', { name: '30°' }).check();
  await page.getByRole('group', { name: 'Right leg' }).getByRole('radio', { name: '20°' }).check();
  await page.getByRole('button', { name: 'Save result' }).click();
  await expect(page.getByText('Result saved.')).toBeVisible();
  await expect(page.getByText(/Your right leg turns in 10° less than your left/).first()).toBeVisible();

  await advanceTo(player, /^Single-leg stance/);
  await openRecordPanel(page);
  const onLeft = page.getByRole('group', { name: 'Standing on your left leg' });
  await onLeft.getByRole('group', { name: 'Did your right hip drop?' }).getByRole('radio', { name: 'Clearly' }).check();
  const onRight = page.getByRole('group', { name: 'Standing on your right leg' });
  await onRight.getByRole('group', { name: 'Did your left hip drop?' }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Save result' }).click();
  await expect(page.getByText('Result saved.')).toBeVisible();

  // The results are kept when the session goes on to the end, and the progress view reads them.
  for (let i = 0; i < 40 && (await page.locator('.finish').count()) === 0; i++) await player.advance();
  await expect(page.locator('.finish')).toBeVisible();
  await player.goto('/progress');
  const turn = page.getByRole('region', { name: 'Lying leg turn-in check (hip inward rotation)' });
  await player.settle(turn);
  await expect(turn.getByRole('row').nth(1).getByRole('cell')).toHaveText(['30°', '20°', '10°']);
  const focus = page.getByRole('region', { name: 'What to focus on' });
  await expect(focus.getByText(/Your right leg turns in 10° less than your left\./)).toBeVisible();
  await expect(focus.getByText(/The hip dropped while you stood on your left leg\./)).toBeVisible();
});
