import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';

const STRENGTH = 'glute-strength-knee-alignment';
/** Monday 2 March 2026, 08:00 local: day 1 of the programme. */
const DAY_1 = new Date(2026, 2, 2, 8, 0, 0);
const dayAt = (offset: number) => new Date(DAY_1.getTime() + offset * 86_400_000);

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date(DAY_1).getTime() - 60_000 });
  await page.clock.pauseAt(DAY_1);
});

type Seen = { kind: 'finish' | 'check' | 'reps' | 'timed' | 'loading'; title: string; step: string; timer: string };

/** What the player shows, read in one round trip (this spec plays whole sessions on a busy machine). */
const look = (page: Page): Promise<Seen> =>
  page.evaluate(() => {
    const title = document.querySelector('h1')?.textContent ?? '';
    // The step counter ("Step 3 of 41"), as the user reads it.
    const step = document.querySelector('.player-count')?.textContent ?? '';
    const timer = document.querySelector('[role="timer"]')?.textContent ?? '';
    const has = (label: string) => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === label);
    const kind = document.querySelector('.finish')
      ? 'finish'
      : has('No knee pain')
        ? 'check'
        : has('Done')
          ? 'reps'
          : timer
            ? 'timed'
            : 'loading';
    return { kind, title, step, timer };
  });

/**
 * Play a routine, answering "no knee pain" everywhere, to its finish screen — or, with `redAfter`,
 * answer the check after that exercise with `act` and end the session there.
 */
async function playRoutine(page: Page, routineId: string, redAfter?: { name: string; act: () => Promise<void> }) {
  const player = new PlayerPage(page);
  await player.goto(`/session?routine=${routineId}`);
  let last = '';
  for (let i = 0; i < 400; i++) {
    const seen = await look(page);
    if (seen.kind === 'finish') return;
    if (seen.kind === 'loading') {
      await page.clock.runFor(100);
      continue;
    }
    if (seen.kind === 'check' && redAfter && last === redAfter.name) {
      await redAfter.act();
      await page.getByRole('button', { name: 'End session' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
      await player.settle(page.locator('.finish'));
      return;
    }
    if (seen.kind === 'reps' || seen.kind === 'timed') last = seen.title;
    if (seen.kind === 'check') await player.noKneePain.click();
    else if (seen.kind === 'reps') await page.getByRole('button', { name: 'Done', exact: true }).click();
    else {
      const [m, sec] = seen.timer.split(':').map(Number);
      await page.clock.fastForward(((m ?? 0) * 60 + (sec ?? 0)) * 1000 + 250);
    }
    await expect
      .poll(async () => {
        const now = await look(page);
        return now.kind === 'finish' || (now.step !== '' && now.step !== seen.step);
      })
      .toBe(true);
  }
  throw new Error(`${routineId} never finished`);
}

async function glutePlanDose(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kneewise');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const rows = await new Promise<
      { startedAt: number; plan: { steps: { type: string; exerciseId: string; sets?: number; reps?: number }[] } }[]
    >((resolve, reject) => {
      const req = db.transaction('sessions').objectStore('sessions').getAll();
      req.onsuccess = () => resolve(req.result as never);
      req.onerror = () => reject(req.error ?? new Error('read failed'));
    });
    db.close();
    const newest = rows.sort((a, b) => b.startedAt - a.startedAt)[0];
    const step = newest?.plan.steps.find((s) => s.type === 'reps' && s.exerciseId === 'glute-bridge');
    return `${step?.sets ?? 0}x${step?.reps ?? 0}`;
  });
}

test('the programme: start it, two green strength days offer a level, taken; the next plan has it; a red check drops it back', async ({
  page,
}) => {
  // Plays two whole strength sessions and part of a third, step by step.
  test.setTimeout(600_000);
  const player = new PlayerPage(page);
  await player.goto('/programme');
  await player.settle(page.getByRole('button', { name: 'Start the programme today' }));
  await page.getByRole('button', { name: 'Start the programme today' }).click();
  await player.settle(page.getByRole('heading', { level: 2, name: 'Week 1 · Strength day' }));
  await expect(page.getByText('Bridge: Glute bridge, 2 × 10')).toBeVisible();

  // Day 1: strength, green everywhere. One session is not enough for an offer.
  await playRoutine(page, STRENGTH);
  await player.settle(page.getByRole('heading', { name: 'This week' }));
  await expect(page.getByText(/Ready for the next level/)).toHaveCount(0);
  expect(await glutePlanDose(page)).toBe('2x10');

  // Day 3: strength again, green: the next level is offered, and taken.
  await page.clock.pauseAt(dayAt(2));
  await player.goto('/');
  await player.settle(page.getByRole('heading', { level: 2, name: 'Week 1 · Strength day' }));
  await playRoutine(page, STRENGTH);
  const offer = page.locator('.level-offer', { hasText: 'Ready for the next level: Glute bridge, 3 × 12, slow' });
  await player.settle(offer);
  await offer.getByRole('button', { name: 'Take it' }).click();
  await player.settle(page.getByText('Next level taken: Glute bridge, 3 × 12, slow. Next time you do it.'));
  await player.goto('/programme');
  await player.settle(page.getByText('Bridge: Glute bridge, 3 × 12, slow'));

  // Day 5: the plan has the new level; a red check after it drops it back, with the reason.
  await page.clock.pauseAt(dayAt(4));
  await playRoutine(page, STRENGTH, {
    name: 'Glute bridge',
    act: async () => {
      await page.getByRole('button', { name: /^left knee 6,/ }).click();
      await page.getByRole('button', { name: /^right knee 0,/ }).click();
      const carryOn = page.getByRole('group', { name: 'What now?' }).getByRole('button', { name: 'Continue anyway' });
      await player.settle(carryOn);
      await carryOn.click();
    },
  });
  expect(await glutePlanDose(page)).toBe('3x12');
  await player.settle(page.getByText('Your knee check after Glute bridge was red, so one level down: 2 × 10.'));
  // One level down from the level taken (3 × 12), not two: the drop is judged from the stored facts.
  await player.goto('/programme');
  await player.settle(page.getByText('Bridge: Glute bridge, 2 × 10'));
  await expect(page.getByText('(level 2 of 5)').first()).toBeVisible();
});
