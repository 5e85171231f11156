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

/** Play a routine to its finish screen, answering "no knee pain" everywhere except where `onCheck` says. */
async function playRoutine(player: PlayerPage, routineId: string, onCheckAfter?: { name: string; act: () => Promise<void> }) {
  await player.goto(`/session?routine=${routineId}`);
  let last = '';
  for (let i = 0; i < 400; i++) {
    const screen = await player.screen();
    if (screen.kind === 'finish') return;
    if (screen.kind === 'check' && onCheckAfter && last === onCheckAfter.name) {
      await onCheckAfter.act();
      onCheckAfter = undefined;
      continue;
    }
    if (screen.kind === 'reps' || screen.kind === 'timed') last = screen.name;
    await player.advance();
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

test('the programme: start it, two green strength days offer a level, taken; a red check drops it back; home is the programme’s today', async ({
  page,
}) => {
  // Plays five whole sessions step by step: minutes on a busy 2-core machine.
  test.setTimeout(600_000);
  const player = new PlayerPage(page);
  await player.goto('/programme');
  await player.settle(page.getByRole('button', { name: 'Start the programme today' }));
  await page.getByRole('button', { name: 'Start the programme today' }).click();
  await player.settle(page.getByRole('heading', { level: 2, name: 'Week 1 · Strength day' }));
  await expect(page.getByText('Bridge: Glute bridge, 2 × 10')).toBeVisible();

  // Day 1: strength, green everywhere. One session is not enough for an offer.
  await playRoutine(player, STRENGTH);
  await player.settle(page.getByRole('heading', { name: 'This week' }));
  await expect(page.getByText(/Ready for the next level/)).toHaveCount(0);
  expect(await glutePlanDose(page)).toBe('2x10');

  // Day 3: strength again, green: the next level is offered, and taken.
  await page.clock.pauseAt(dayAt(2));
  await player.goto('/');
  await player.settle(page.getByRole('heading', { level: 2, name: 'Week 1 · Strength day' }));
  await playRoutine(player, STRENGTH);
  const offer = page.locator('.level-offer', { hasText: 'Ready for the next level: Glute bridge, 3 × 12, slow' });
  await player.settle(offer);
  await offer.getByRole('button', { name: 'Take it' }).click();
  await player.settle(page.getByText('Next level taken: Glute bridge, 3 × 12, slow. Next time you do it.'));

  // The day's release too: home then says today is done, with no bare Start.
  await playRoutine(player, 'daily-hip-release');
  await player.goto('/');
  await player.settle(page.getByText('Today’s sessions are done.'));
  await expect(page.getByRole('heading', { level: 2, name: 'Week 1 · Strength day' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Start/ })).toHaveCount(0);

  // Day 5: the plan has the new level; a red check after it drops it back, with the reason.
  await page.clock.pauseAt(dayAt(4));
  await playRoutine(player, STRENGTH, {
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
  await player.goto('/programme');
  await player.settle(page.getByText('Bridge: Glute bridge, 2 × 10'));
});
