import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';

/** Monday 2 March 2026, 09:00 — time is frozen and only moves when a test moves it. */
const T0 = new Date(2026, 2, 2, 9, 0).getTime();
const GOOD = fileURLToPath(new URL('../fixtures/good-backup.json', import.meta.url));
const BAD = fileURLToPath(new URL('../fixtures/bad-backups/data-is-a-list.json', import.meta.url));

test.use({ viewport: { width: 390, height: 844 } });
test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(T0 + 1000);
});

/**
 * Where focus is, as a keyboard user would see it: 'body' when it dropped to the page, 'covered by …'
 * when a sticky bar (header, tab bar, player dock, a toast) is drawn over it, else the focused element's name.
 */
function focusReport(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body || !el.isConnected) return 'body';
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return `invisible ${el.outerHTML.slice(0, 80)}`;
    // Hit-test the middle of the focused element's box: what is drawn on top there?
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = r.top + Math.min(r.height / 2, 20);
    if (y < 0 || y >= innerHeight) return `off screen ${el.outerHTML.slice(0, 80)}`;
    const bar = document.elementFromPoint(x, y)?.closest('.topbar, .tabbar, .player-dock, .toast');
    if (bar && !bar.contains(el) && !el.contains(bar)) return `covered by ${bar.className}: ${el.outerHTML.slice(0, 80)}`;
    return el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 60);
  });
}

/** Asserts focus is on something real and visible (waits for a focus move still on its way). */
async function expectFocusOk(page: Page): Promise<void> {
  await expect.poll(() => focusReport(page)).not.toMatch(/^(body|covered by|invisible|off screen)/);
}

/** Tab (forwards) until `target` has focus, checking after every press that focus is visible. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
    await expectFocusOk(page);
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
  await expectFocusOk(page);
}

/**
 * Open `url` and wait until React runs it: home's prerendered copy paints first, and a key pressed on
 * its links would load a new document instead of moving within the app. Frozen time may hold the
 * script back, so page time runs in small steps until React has mounted.
 */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const isLive = () =>
    page.evaluate(() => Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__reactContainer')));
  for (let i = 0; i < 100 && !(await isLive()); i++) await page.clock.runFor(100);
  expect(await isLive()).toBe(true);
  await new PlayerPage(page).settle(page.getByRole('heading', { level: 1 }));
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

test('onboarding by keyboard only: every step lands on its heading, then home’s', async ({ page }) => {
  const player = new PlayerPage(page);
  await open(page, '/');
  await press(page, page.getByRole('link', { name: 'Set up' }));
  await player.settle(heading(page, 'Welcome to Kneewise'));
  await expect(heading(page, 'Welcome to Kneewise')).toBeFocused();

  await press(page, page.getByRole('button', { name: 'I understand — next' }));
  await expect(heading(page, 'Which knee hurts?')).toBeFocused();
  await press(page, page.getByRole('button', { name: 'Right knee' }), 'Space');
  await expect(page.getByRole('button', { name: 'Right knee' })).toHaveAttribute('aria-pressed', 'true');
  await press(page, page.getByRole('button', { name: 'Next' }));
  await expect(heading(page, 'Where does it usually hurt?')).toBeFocused();
  await press(page, page.getByRole('button', { name: 'Inner side' }));
  await press(page, page.getByRole('button', { name: 'Next' }));
  await expect(heading(page, 'How is your knee today?')).toBeFocused();
  await press(page, page.getByRole('button', { name: 'No knee pain' }));
  await expect(heading(page, 'Is any of this true for your knee now?')).toBeFocused();
  await press(page, page.getByRole('button', { name: 'None of these — finish' }));
  await player.settle(heading(page, 'Hip mobility that spares the knee'));
  await expect(heading(page, 'Hip mobility that spares the knee')).toBeFocused();
});

test('the daily routine by keyboard only, knee checks included: focus is on each step’s heading, never the body', async ({ page }) => {
  test.setTimeout(120_000);
  const player = new PlayerPage(page);
  await open(page, '/');
  await press(page, page.getByRole('link', { name: 'Start', exact: true }));
  await player.settle(player.stepCounter);
  let extended = false;
  for (let guard = 0; guard < 40; guard++) {
    const { step, screen } = await player.snapshot();
    if (screen.kind === 'finish') break;
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    if (screen.kind === 'check') await press(page, player.noKneePain, 'Space');
    else if (screen.kind === 'reps') await press(page, page.getByRole('button', { name: 'Done', exact: true }));
    else if (!extended && screen.remainingS > 20) {
      // A step running out while "+15 s" has focus: focus goes on to the next heading.
      extended = true;
      await press(page, page.getByRole('button', { name: '+15 s' }));
      await page.clock.runFor((screen.remainingS + 15) * 1000 + 250);
    } else await page.clock.runFor(screen.remainingS * 1000 + 250);
    await expect.poll(async () => (await page.locator('.finish').count()) > 0 || (await player.stepNumberNow()) !== step).toBe(true);
    await expectFocusOk(page);
  }
  expect(extended).toBe(true);
  await expect(page.locator('.finish')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('confirming End session by keyboard lands on the finish heading', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  await press(page, page.getByRole('button', { name: 'End session' }));
  const dialog = page.getByRole('dialog', { name: 'End this session?' });
  await expect(dialog).toBeVisible();
  await press(page, dialog.getByRole('button', { name: 'End session' }));
  await expect(page.locator('.finish')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('a library search by keyboard only: tab change, filter, Clear all and a result all keep focus in view', async ({ page }) => {
  const player = new PlayerPage(page);
  await open(page, '/');
  await press(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }));
  await player.settle(page.getByRole('searchbox'));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, page.getByRole('searchbox'));
  await page.keyboard.type('groin');
  await press(page, page.getByRole('button', { name: 'Clear all' }));
  await expect(page.getByRole('searchbox')).toBeFocused();
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await page.keyboard.type('piriformis');
  const first = page
    .getByRole('main')
    .getByRole('link', { name: /Figure-four|piriformis/i })
    .first();
  await press(page, first);
  await player.settle(page.getByRole('heading', { level: 1 }));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the data page by keyboard: a refused file, Cancel, Replace and Delete all each land on their result', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, '/data');
  const file = page.getByLabel('Choose a backup file');
  await tabTo(page, file);
  await file.setInputFiles(BAD);
  await expect(page.getByRole('alert')).toBeFocused();

  await file.setInputFiles(GOOD);
  await expect(page.getByRole('heading', { name: /is a good backup/ })).toBeFocused();
  await press(page, page.getByRole('button', { name: 'Cancel', exact: true }));
  await expect(page.getByRole('heading', { name: 'Restore from a backup' })).toBeFocused();

  await file.setInputFiles(GOOD);
  await expect(page.getByRole('heading', { name: /is a good backup/ })).toBeFocused();
  await press(page, page.getByRole('button', { name: 'Replace…' }));
  const dialog = page.getByRole('dialog', { name: 'Replace everything on this phone?' });
  await press(page, dialog.getByRole('button', { name: 'Replace my data' }));
  await expect(page.getByText(/^Restored/)).toBeFocused();

  await tabTo(page, page.getByLabel('Type DELETE to confirm'));
  await page.keyboard.type('DELETE');
  await press(page, page.getByRole('button', { name: 'Delete all data' }));
  await expect(page.getByText('All data was deleted from this phone.')).toBeFocused();
});
