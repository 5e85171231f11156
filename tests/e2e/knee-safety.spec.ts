import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

/** Advance the session until the knee check that follows `exerciseName`; returns the names seen. */
async function runUntilCheckAfter(player: PlayerPage, exerciseName: string): Promise<string[]> {
  const names: string[] = [];
  let last = '';
  for (let i = 0; i < 40; i++) {
    const screen = await player.screen();
    if (screen.kind === 'check' && last === exerciseName) return names;
    if (screen.kind === 'timed' || screen.kind === 'reps') {
      last = screen.name;
      if (names.at(-1) !== screen.name && screen.name !== 'Switch sides') names.push(screen.name);
    }
    await player.advance();
  }
  throw new Error(`never reached the check after ${exerciseName}`);
}

async function scoreKnee(page: Page, knee: 'left' | 'right', score: number) {
  await page.getByRole('button', { name: new RegExp(`^${knee} knee ${score},`) }).click();
}

test('6/10 on the inner knee after a stretch: the knee-sparing swap is offered, kept, and shown', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  await runUntilCheckAfter(player, 'Figure-four on your back');

  await scoreKnee(page, 'left', 6);
  await page.getByRole('group', { name: 'Where on the left knee (optional)' }).getByRole('button', { name: 'Inner' }).click();
  await scoreKnee(page, 'right', 0);
  await expect(page.getByText('Red — this is too much for your knee')).toBeVisible();
  const choices = page.getByRole('group', { name: /seems to load your knee/ });
  await choices.getByRole('button', { name: /Switch to Windscreen wipers/ }).click();

  // Now: the alternative comes next in this session.
  await expect(page.getByRole('heading', { level: 1, name: 'Windscreen wipers' })).toBeVisible();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session ended' })).toBeVisible();

  // The routine page shows the swap, and it can be undone there.
  await page.goto('/routines/daily-hip-release');
  await expect(page.getByText('Swapped for your knee: Figure-four on your back → Windscreen wipers')).toBeVisible();

  // Next time: the plan has the alternative and never the original.
  const next = new PlayerPage(page);
  await next.startFromHome();
  const seen = await runUntilCheckAfter(next, 'Windscreen wipers').then(async (names) => {
    await next.advance();
    return [...names, ...(await runUntilCheckAfter(next, 'Windscreen wipers'))];
  });
  expect(seen).not.toContain('Figure-four on your back');
  expect(seen.filter((n) => n === 'Windscreen wipers')).toHaveLength(2);

  await page.goto('/routines/daily-hip-release');
  await page.getByRole('button', { name: 'Undo the change to Figure-four on your back' }).click();
  await expect(page.getByText(/Swapped for your knee/)).toHaveCount(0);
});

test('a red flag stops the session with advice to see a clinician', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  await page.getByRole('button', { name: 'Swelling, locking or giving way?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Is any of this true right now?' });
  await dialog.getByRole('checkbox', { name: 'The knee is locked now and won’t unlock' }).check();
  await dialog.getByRole('button', { name: 'Stop the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session stopped' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Get urgent care now.');
});

test('“No knee pain” is one tap, saved, and can be undone', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  await player.noKneePain.click();
  await expect(page.getByText('Knee check saved: no pain.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(player.stepCounter).toHaveText(/^Step 1 of/);
  await expect(player.noKneePain).toBeVisible();
});

test('a score tapped just before the page is killed is there after reopening', async ({ page, context }) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  await scoreKnee(page, 'left', 4);
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto('/history');
  await again
    .getByRole('link', { name: /Daily hip release/ })
    .first()
    .click();
  await expect(again.getByText(/Left knee/).first()).toBeVisible();
  await expect(again.getByText(/\b4\b.*moderate|moderate.*\b4\b/).first()).toBeVisible();
});
