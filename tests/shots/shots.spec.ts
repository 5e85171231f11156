/**
 * Screenshots of every route and every player step kind, light and dark, phone and desktop, written to
 * shots/<viewport>-<scheme>/. Run with `npm run shots`, then open them: they are for people, not assertions.
 */
import { test, type Page } from '@playwright/test';
import { ROUTES } from '../e2e/support';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, isMobile: true },
  { name: 'desktop', width: 1280, height: 800, isMobile: false },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const T0 = new Date('2026-11-02T07:00:00');

const fileName = (path: string) => (path === '/' ? 'home' : path.slice(1).replaceAll('/', '_'));

async function shoot(page: Page, dir: string, name: string) {
  await page.screenshot({ path: `shots/${dir}/${name}.png`, fullPage: true });
}

/** Walk a routine step by step and photograph the first of each step kind (and the paused state). */
async function shootPlayer(page: Page, dir: string, routineId: string) {
  await page.goto(`/session?routine=${routineId}`);
  const seen = new Set<string>();
  for (let i = 0; i < 120; i++) {
    const player = page.locator('[data-step-type]');
    if ((await page.locator('.finish').count()) > 0) {
      await shoot(page, dir, `player-${routineId}-finish`);
      return;
    }
    await player.waitFor();
    const kind = (await player.getAttribute('data-step-type')) ?? 'unknown';
    // A knee check reads the profile first ("Loading your knee check…"): photograph the question itself.
    if (kind === 'painCheck') await page.getByRole('button', { name: 'No knee pain' }).waitFor();
    if (!seen.has(kind)) {
      seen.add(kind);
      await shoot(page, dir, `player-${routineId}-${kind}`);
      if (kind === 'work') {
        await page.getByRole('button', { name: 'Pause', exact: true }).click();
        await shoot(page, dir, `player-${routineId}-paused`);
        await page.getByRole('button', { name: 'Resume', exact: true }).click();
      }
    }
    const before = await page.getByText(/^Step \d+ of \d+$/).textContent();
    const noPain = page.getByRole('button', { name: 'No knee pain' });
    const done = page.getByRole('button', { name: 'Done', exact: true });
    if (await noPain.count()) await noPain.click();
    else if (await done.count()) await done.click();
    else await page.getByRole('button', { name: 'Skip this step' }).click();
    await page.waitForFunction((text) => document.querySelector('.finish') || !document.body.innerText.includes(text ?? ''), before);
  }
}

for (const viewport of VIEWPORTS) {
  for (const colorScheme of SCHEMES) {
    const dir = `${viewport.name}-${colorScheme}`;
    test.describe(dir, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height }, isMobile: viewport.isMobile, colorScheme });
      test('every route', async ({ page }) => {
        await page.clock.install({ time: T0 });
        for (const route of ROUTES) {
          await page.goto(route.path);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await shoot(page, dir, fileName(route.path));
        }
      });
      test('player, every step kind', async ({ page }) => {
        await page.clock.install({ time: T0 });
        await shootPlayer(page, dir, 'daily-hip-release');
        await shootPlayer(page, dir, 'glute-strength-knee-alignment');
      });
    });
  }
}
