import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';

/** Tuesday 1 December 2026, 09:00 — frozen; it moves only when the test moves it. */
const T0 = new Date(2026, 11, 1, 9, 0).getTime();

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(T0 + 1000);
});

const steps = (page: Page) => page.locator('.builder-step .builder-step-name');
const total = (page: Page) => page.locator('.builder-total');

async function openBuilder(page: Page): Promise<PlayerPage> {
  const player = new PlayerPage(page);
  await player.goto('/routines/new');
  await player.settle(page.getByRole('textbox', { name: 'Name' }));
  return player;
}

async function add(page: Page, name: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill(name);
  await page.getByRole('button', { name: `Add ${name}`, exact: true }).click();
}

test('build a routine, reorder it by keyboard and Move up, save, find it on home and the list, play it into History', async ({ page }) => {
  const player = await openBuilder(page);
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByRole('alert')).toContainText('Add at least one exercise.');

  await page.getByRole('textbox', { name: 'Name' }).fill('My morning');
  await add(page, 'Tennis ball on the glutes');
  await add(page, 'Glute bridge');
  await add(page, 'Figure-four on your back');
  await expect(steps(page)).toHaveText(['1. Tennis ball on the glutes', '2. Glute bridge', /^3\. .*figure/i]);

  const before = await total(page).textContent();
  const time = page.getByLabel(/seconds\) for Tennis ball on the glutes/);
  await time.fill('4');
  await expect(page.locator('#step-0-holdSeconds-error')).toHaveText('Tennis ball on the glutes: choose 5–600 seconds (whole numbers).');
  await time.fill('120');
  await expect(total(page)).not.toHaveText(before ?? '');

  // Keyboard: Glute bridge one place up with its Move up button (the dnd-kit keyboard drag is not yet verified here).
  await page.getByRole('button', { name: 'Move up Glute bridge' }).focus();
  await page.keyboard.press('Enter');
  await expect(steps(page).first()).toHaveText('1. Glute bridge');
  // And the explicit button: the figure four goes up one.
  await page.getByRole('button', { name: /^Move up .*figure/i }).click();
  await expect(steps(page)).toHaveText(['1. Glute bridge', /^2\. .*figure/i, '3. Tennis ball on the glutes']);

  await page.getByRole('button', { name: 'Save routine' }).click();
  await player.settle(page.getByRole('heading', { level: 1, name: 'My morning' }));
  await expect(page.getByText('Your own routine.')).toBeVisible();

  await player.goto('/routines');
  await player.settle(page.getByRole('link', { name: /My morning/ }));
  await player.goto('/');
  await player.settle(page.getByRole('heading', { name: 'Your routines' }));
  await page.getByRole('link', { name: /My morning/ }).click();
  await player.settle(page.getByRole('link', { name: 'Start this routine' }));
  await page.getByRole('link', { name: 'Start this routine' }).click();
  await player.settle(player.stepCounter);

  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    const screen = await player.advance();
    if (screen.kind === 'finish') break;
    if (screen.kind === 'timed' && screen.name.startsWith('Tennis') && screen.side === 'Left') seen.push(`tennis:${screen.remainingS}`);
    if (screen.kind !== 'check' && !seen.includes(screen.name)) seen.push(screen.name);
  }
  expect(seen.slice(0, 2)).toEqual(['Glute bridge', expect.stringMatching(/figure/i)]);
  expect(seen).toContain('tennis:120');
  await player.goto('/history');
  await player.settle(page.getByText('My morning'));
});

test('a reload keeps the draft; a knee-caution stretch warns and offers its alternative; delete has Undo', async ({ page }) => {
  const player = await openBuilder(page);
  await page.getByRole('textbox', { name: 'Name' }).fill('Evening');
  await add(page, 'Butterfly stretch');
  await expect(page.getByRole('alert')).toContainText('Butterfly stretch can strain the inner knee');
  await page.getByRole('button', { name: /^Use .* instead$/ }).click();
  await expect(steps(page)).toHaveText([/^1\. Ball under the glutes/]);

  await page.reload();
  await player.settle(page.getByRole('textbox', { name: 'Name' }));
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Evening');
  await expect(page.getByText('Your unsaved changes were kept as a draft.')).toBeVisible();
  await expect(steps(page)).toHaveText([/^1\. Ball under the glutes/]);

  // Leaving with unsaved changes asks.
  await page.getByRole('link', { name: '← Routines' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave with unsaved changes?' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep editing' }).click();

  await page.getByRole('button', { name: 'Save routine' }).click();
  await player.settle(page.getByRole('heading', { level: 1, name: 'Evening' }));
  await page.getByRole('button', { name: 'Delete' }).click();
  await player.settle(page.getByText('Deleted Evening.'));
  await expect(page.getByRole('link', { name: /Evening/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await player.settle(page.getByRole('link', { name: /Evening/ }));
});
