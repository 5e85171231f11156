import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';

/** Monday 2 March 2026, 09:00 — time is frozen and only moves when a test moves it. */
const T0 = new Date(2026, 2, 2, 9, 0).getTime();

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.clock.pauseAt(T0 + 1000);
});

interface Hit {
  name: string;
  x: number;
  y: number;
  /** What is drawn at the control's centre, if it isn't the control itself. */
  coveredBy: string | null;
}

/** Every control in the dock (and the Undo, when it shows): its centre, and whether something else is drawn there. */
async function hitTest(page: Page): Promise<Hit[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.player-dock button, .player-dock .control')].map((el) => {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const top = document.elementFromPoint(x, y);
      const name = el.getAttribute('aria-label') ?? el.textContent.trim();
      const isInView = y >= 0 && y <= window.innerHeight;
      const coveredBy = !isInView ? 'outside the screen' : top && el.contains(top) ? null : (top?.outerHTML.slice(0, 80) ?? 'nothing');
      return { name, x, y, coveredBy };
    }),
  );
}

/** The five places: Back, the big button, Skip, +15 s, End session — by position, whatever the big button says. */
const places = (hits: Hit[]) => hits.filter((h) => !/Undo/.test(h.name)).map((h) => ({ x: h.x, y: h.y }));

async function walk(page: Page, player: PlayerPage, steps: number): Promise<Set<string>> {
  const kinds = new Set<string>();
  let reference: { x: number; y: number }[] | null = null;
  for (let i = 0; i < steps; i++) {
    const screen = await player.screen();
    if (screen.kind === 'finish') break;
    const kind = (await page.locator('.player').getAttribute('data-step-type')) ?? '?';
    kinds.add(kind);
    if (kind === 'rest') {
      // The rest and what comes next — never the last exercise's figure or cue.
      await expect(page.locator('.up-next')).toContainText(/set 2 of/);
      await expect(page.locator('.player-figure, .player-cue')).toHaveCount(0);
    }
    const hits = await hitTest(page);
    // Nothing widens the page (a phone would zoom out and every control would move).
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= (window.visualViewport?.width ?? window.innerWidth)),
      `step ${i + 1}: no sideways overflow`,
    ).toBe(true);
    expect(
      hits.filter((h) => h.coveredBy !== null),
      `step ${i + 1} (${kind}): no control covered`,
    ).toEqual([]);
    const now = places(hits);
    expect(now).toHaveLength(5);
    reference ??= now;
    now.forEach((p, j) => {
      expect(
        Math.abs(p.x - (reference?.[j]?.x ?? 0)),
        `step ${i + 1} (${kind}), control ${j}: x ${JSON.stringify(hits)} vs ${JSON.stringify(reference)}`,
      ).toBeLessThanOrEqual(2);
      expect(Math.abs(p.y - (reference?.[j]?.y ?? 0)), `step ${i + 1} (${kind}), control ${j}: y`).toBeLessThanOrEqual(2);
    });
    await player.advance();
  }
  return kinds;
}

test('daily routine: every control is uncovered and in the same place on every step kind, Undo included', async ({ page }) => {
  test.slow();
  const player = new PlayerPage(page);
  await player.startFromHome();
  const kinds = await walk(page, player, 40);
  expect([...kinds].sort()).toEqual(['painCheck', 'prepare', 'switch', 'work']);
  await expect(page.getByRole('heading', { level: 1, name: 'Session complete' })).toBeVisible();
});

test('strength routine: reps and rest steps keep the same places; Done is the big button; rest shows what comes next', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.goto('/routines/glute-strength-knee-alignment');
  await page.getByRole('link', { name: 'Start this routine' }).click();
  await player.settle(player.stepCounter);
  // check, get ready, set 1, rest, set 2, check
  const kinds = await walk(page, player, 5);
  expect([...kinds].sort()).toEqual(['painCheck', 'prepare', 'reps', 'rest']);
});

test('labels follow the moment: get ready → go → halfway → last seconds; paused is plain; no Pause while a step waits', async ({
  page,
}) => {
  const player = new PlayerPage(page);
  const eyebrow = page.locator('.player-eyebrow');
  await player.startFromHome();
  await player.screen();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(0); // the knee check waits
  await player.noKneePain.click();
  await expect(eyebrow).toHaveText('Get ready');
  await expect(page.getByText('Starts on the left side')).toBeVisible();
  // One Undo, in its slot, for the whole get-ready.
  await expect(page.getByRole('button', { name: /Undo/ })).toHaveCount(1);
  await page.clock.runFor(10_500);
  await expect(player.timer).toHaveText('0:45');
  await expect(eyebrow).toHaveText('Go');
  await expect(page.getByRole('button', { name: /Undo/ })).toHaveCount(0);
  await page.clock.runFor(5_000);
  await expect(eyebrow).toHaveText('Keep going');
  await page.clock.runFor(18_000); // 23 s of 45: past the middle
  await expect(eyebrow).toHaveText('Halfway');
  await player.pauseButton.click();
  await expect(eyebrow).toHaveText('Paused');
  await expect(player.resumeButton).toBeVisible();
  await expect(page.locator('.player.is-paused')).toHaveCount(1);
  await player.resumeButton.click();
  await page.clock.runFor(20_000); // 2 s left
  await expect(eyebrow).toHaveText('Last 2 s');
  await page.clock.runFor(2_500);
  await expect(page.getByRole('heading', { level: 1, name: 'Switch sides' })).toBeVisible();
  await expect(page.getByText('Ball to the right glute')).toBeVisible();
  // The figure turns to the side coming up.
  await expect(page.locator('.player-figure')).toHaveAttribute('data-side', 'right');
});

test('Undo takes back a one-tap answer and returns to the check', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  await player.screen();
  await player.noKneePain.click();
  await expect(player.stepCounter).toHaveText(/^Step 2 of/);
  await page.clock.runFor(8_000); // long after a 5 s toast would have gone
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(player.stepCounter).toHaveText(/^Step 1 of/);
  await player.settle(player.noKneePain);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
