import type { Locator, Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';
import { shareFragment } from './pages/own-routine';
import { PlayerPage } from './pages/player-page';

/** Tuesday 1 December 2026, 09:00 — frozen where a test asserts seconds; it moves only when the test moves it. */
const T0 = new Date(2026, 11, 1, 9, 0).getTime();

async function freezeClock(page: Page): Promise<void> {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(T0 + 1000);
}

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

/**
 * A finger on `item`'s drag handle, moved until the item's middle is over `target`'s middle, and lifted: real
 * touch input through Chromium (CDP touch events, turned into pointer events of type touch), so a page scroll
 * would take the gesture if the handle let it.
 */
async function touchDrag(page: Page, item: Locator, target: Locator): Promise<void> {
  const handle = await item.getByRole('button', { name: /^Drag to reorder/ }).boundingBox();
  const [from, to] = [await item.boundingBox(), await target.boundingBox()];
  if (!handle || !from || !to) throw new Error('handle or target not on screen');
  const cdp = await page.context().newCDPSession(page);
  const x = handle.x + handle.width / 2;
  const y0 = handle.y + handle.height / 2;
  const dy = to.y + to.height / 2 - (from.y + from.height / 2);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  for (let i = 1; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + (dy * i) / 10 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('build four exercises by search, reorder by keyboard drag and by touch drag, set doses, save; home lists it and the player plays that order and those doses', async ({
  page,
}) => {
  // Plays the routine step by step up to its last exercise: under a minute on a quiet machine.
  test.setTimeout(150_000);
  await page.goto('/routines/new');
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByRole('alert')).toContainText('Add at least one exercise.');

  await page.getByRole('textbox', { name: 'Name' }).fill('My morning');
  await add(page, 'Tennis ball on the glutes');
  await add(page, 'Glute bridge');
  await add(page, 'Figure-four on your back');
  await add(page, 'Side-lying leg raise');
  await expect(steps(page)).toHaveText(['1. Tennis ball on the glutes', '2. Glute bridge', /^3\. .*figure/i, '4. Side-lying leg raise']);

  // Keyboard: dnd-kit's sortable, by the handle — Space picks up, an arrow moves, Space drops.
  const bridgeHandle = page.getByRole('button', { name: 'Drag to reorder Glute bridge' });
  await bridgeHandle.focus();
  await page.keyboard.press('Space');
  await expect(bridgeHandle).toHaveAttribute('aria-pressed', 'true');
  // dnd-kit listens for the arrow keys from a timer after the pick-up (KeyboardSensor.attach), so an
  // arrow pressed at once can go unheard on a busy machine: press again until it moves. Position 1 is
  // the top, so a second ArrowUp that is heard changes nothing.
  await expect(async () => {
    await page.keyboard.press('ArrowUp');
    await expect(page.getByText(/Glute bridge is over position 1 of 4/)).toBeAttached({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.press('Space');
  await expect(page.getByText('Glute bridge dropped at position 1 of 4.')).toBeAttached();
  await expect(steps(page)).toHaveText(['1. Glute bridge', '2. Tennis ball on the glutes', /^3\. .*figure/i, '4. Side-lying leg raise']);

  // Touch: a finger drags the last exercise's handle up onto the first.
  const last = page.getByRole('listitem', { name: '4. Side-lying leg raise' });
  const third = page.getByRole('listitem', { name: /^3\. / });
  // A card with its dose fields is ~550 px tall: a tall screen keeps both cards clear of the bottom bar and of
  // the edges where dnd-kit scrolls the page while dragging (that scroll would make the drop land elsewhere).
  await page.setViewportSize({ width: 390, height: 1600 });
  await third.evaluate((el) => window.scrollBy({ top: el.getBoundingClientRect().top - window.innerHeight * 0.25, behavior: 'instant' }));
  await touchDrag(page, last, third);
  await expect(steps(page)).toHaveText(['1. Glute bridge', '2. Tennis ball on the glutes', '3. Side-lying leg raise', /^4\. .*figure/i]);

  const before = await total(page).textContent();
  const time = page.getByLabel(/seconds\) for Tennis ball on the glutes/);
  await time.fill('4');
  await expect(page.locator('#step-1-holdSeconds-error')).toHaveText('Tennis ball on the glutes: choose 5–600 seconds (whole numbers).');
  await time.fill('45');
  await expect(total(page)).not.toHaveText(before ?? '');
  await page.getByLabel('Reps for Glute bridge').fill('7');
  await page.getByLabel('Sets for Glute bridge').fill('1');
  await page.getByLabel('Sets for Tennis ball on the glutes').fill('1');

  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My morning' })).toBeVisible();
  await expect(page.getByText('Your own routine.')).toBeVisible();
  await page.goto('/');
  await page.getByRole('link', { name: /My morning/ }).click();
  await expect(page.getByRole('link', { name: 'Start this routine' })).toBeVisible();
  const routineUrl = page.url();

  // The player, on a frozen clock: the seconds it shows are the dose.
  await freezeClock(page);
  const player = new PlayerPage(page);
  await player.goto(routineUrl);
  await page.getByRole('link', { name: 'Start this routine' }).click();
  await player.settle(player.stepCounter);
  // Step by step until the last exercise shows (the rest of the session adds nothing to what is checked).
  const seen: string[] = [];
  for (let i = 0; i < 60; i++) {
    const screen = await player.screen();
    if (screen.kind === 'finish') break;
    if (screen.kind === 'reps') seen.push(`${screen.name}: ${(await page.locator('.player-reps-target').textContent()) ?? ''}`);
    if (screen.kind === 'timed' && screen.name.startsWith('Tennis')) seen.push(`${screen.name}: ${screen.remainingS} s ${screen.side}`);
    // Get ready, rest and switch sides are timed steps too; only the exercises count here.
    if (screen.kind === 'timed' && /figure/i.test(screen.name)) {
      seen.push(screen.name);
      break;
    }
    await player.advance();
  }
  const firsts = [...new Set(seen.map((s) => s.split(':')[0]))];
  expect(firsts.slice(0, 3)).toEqual(['Glute bridge', 'Tennis ball on the glutes', 'Side-lying leg raise']);
  expect(firsts[3]).toMatch(/figure/i);
  expect(seen).toContain('Glute bridge: 7 reps');
  expect(seen.filter((s) => s.startsWith('Glute bridge'))).toHaveLength(1);
  expect(seen).toContain('Tennis ball on the glutes: 45 s Left');
});

test('a reload keeps the draft; a knee-caution stretch warns and offers its alternative; delete has Undo', async ({ page }) => {
  await freezeClock(page);
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

test('edit an own routine: a reload mid-edit keeps the draft, saving keeps the change; the builder has no axe violations', async ({
  page,
}) => {
  await page.goto(
    `/share#${shareFragment('Desk break', [
      { e: 'glute-bridge', r: 8 },
      { e: 'tennis-ball-glutes', h: 40 },
    ])}`,
  );
  await page.getByRole('button', { name: 'Add to my routines' }).click();
  await page.getByRole('link', { name: 'Open it in your routines' }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Desk break');
  await expect(page.getByLabel('Reps for Glute bridge')).toHaveValue('8');

  await expectNoViolations(page, 'the builder');

  await page.getByRole('textbox', { name: 'Name' }).fill('Desk break, longer');
  await page.getByLabel('Reps for Glute bridge').fill('12');
  await page.getByRole('button', { name: 'Move up Tennis ball on the glutes' }).click();
  await expect(steps(page)).toHaveText(['1. Tennis ball on the glutes', '2. Glute bridge']);
  await page.reload();
  await expect(page.getByText('Your unsaved changes were kept as a draft.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Desk break, longer');
  await expect(page.getByLabel('Reps for Glute bridge')).toHaveValue('12');
  await expect(steps(page)).toHaveText(['1. Tennis ball on the glutes', '2. Glute bridge']);

  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Desk break, longer' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Glute bridge' })).toContainText('12 reps');
});
