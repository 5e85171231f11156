import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';
import { waitForServiceWorkerControl } from './support';

/** Monday 2 March 2026, 09:00 local: week 1 of the outcome scale. */
const WEEK_1 = new Date(2026, 2, 2, 9, 0, 0);
const WEEK_2 = new Date(2026, 2, 9, 9, 0, 0);

async function pickLegTurn(page: Page, player: PlayerPage) {
  await player.goto('/checks/lying-leg-turn');
  await page.getByRole('group', { name: 'Left leg' }).getByRole('radio', { name: '30°' }).check();
  await page.getByRole('group', { name: 'Right leg' }).getByRole('radio', { name: '20°' }).check();
  await page.getByRole('button', { name: 'Save result' }).click();
  await player.settle(page.getByText('Result saved.'));
}

/** Standing on the left leg, the right hip dropped clearly; standing on the right, it stayed level. */
async function recordStance(page: Page, player: PlayerPage) {
  await player.goto('/checks/single-leg-stance-check');
  const onLeft = page.getByRole('group', { name: 'Standing on your left leg' });
  await onLeft.getByRole('group', { name: 'Did your right hip drop?' }).getByRole('radio', { name: 'Clearly' }).check();
  const onRight = page.getByRole('group', { name: 'Standing on your right leg' });
  await onRight.getByRole('group', { name: 'Did your left hip drop?' }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Save result' }).click();
  await player.settle(page.getByText('Result saved.'));
}

async function rateWeek(page: Page, player: PlayerPage, scores: Record<string, string>) {
  await player.goto('/progress');
  // The form shows once the activities are read (a live query: frozen time must be let run).
  await player.settle(page.getByRole('combobox', { name: /^Climbing stairs/ }));
  for (const [activity, score] of Object.entries(scores))
    await page.getByRole('combobox', { name: new RegExp(`^${activity}`) }).selectOption(score);
  await page.getByRole('button', { name: /this week’s rating$/ }).click();
  await player.settle(page.getByText(/^Saved\. This week’s score:/));
}

/** The text a person reads on a screen, whitespace collapsed (what must survive export → import). */
async function screenText(page: Page, player: PlayerPage, url: string, ready: readonly RegExp[]): Promise<string> {
  await player.goto(url);
  for (const text of ready) await player.settle(page.getByText(text));
  // textContent, not innerText: the progress sections use content-visibility: auto, and innerText leaves out an off-screen
  // section whose rendering the browser has not yet decided on (seen once on a fresh clone). The text is the same either way.
  return ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

test('self-checks and the weekly outcome: both sides with the difference and the focus; weeks 1 and 2 in History and the report; offline; the same after export, delete all, import', async ({
  page,
  context,
}, info) => {
  test.setTimeout(480_000);
  await page.clock.install({ time: WEEK_1.getTime() - 60_000 });
  const player = new PlayerPage(page);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await page.clock.pauseAt(WEEK_1);
  await context.setOffline(true);

  await pickLegTurn(page, player);
  await expect(page.getByText(/Your right leg turns in 10° less than your left/).first()).toBeVisible();
  await recordStance(page, player);

  // The progress view: both sides side by side, the difference, and what the programme will do about it.
  await player.goto('/progress');
  const turn = page.getByRole('region', { name: 'Lying leg turn-in check (hip inward rotation)' });
  await player.settle(turn);
  await expect(turn.getByRole('columnheader')).toHaveText(['Date', 'Left', 'Right', 'Difference']);
  await expect(turn.getByRole('row').nth(1).getByRole('cell')).toHaveText(['30°', '20°', '10°']);
  const focus = page.getByRole('region', { name: 'What to focus on' });
  await expect(focus.getByText(/Your right leg turns in 10° less than your left\./)).toBeVisible();
  await expect(focus.getByText(/The hip dropped while you stood on your left leg\./)).toBeVisible();
  await expect(focus.getByRole('heading', { name: 'What the programme will focus on' })).toBeVisible();
  await expect(
    focus.getByText('An extra minute of tennis-ball release for your right hip, at the end of the daily release.'),
  ).toBeVisible();
  await expect(focus.getByText('An extra set of side-lying leg raises for your left side, at the end of each strength day.')).toBeVisible();

  // The outcome scale: two activities, rated in week 1 and again in week 2.
  await page.getByRole('button', { name: '+ Climbing stairs' }).click();
  await player.settle(page.getByRole('button', { name: '+ Squatting' }));
  await page.getByRole('button', { name: '+ Squatting' }).click();
  await player.settle(page.getByRole('list', { name: 'Your activities' }).getByText('Squatting'));
  await rateWeek(page, player, { 'Climbing stairs': '3', Squatting: '4' });
  await page.clock.pauseAt(WEEK_2);
  await rateWeek(page, player, { 'Climbing stairs': '6', Squatting: '6' });

  for (const url of ['/history', '/report']) {
    await player.goto(url);
    const outcome = page.getByRole('region', { name: 'Weekly outcome score' });
    await player.settle(outcome);
    await expect(outcome.getByRole('row')).toHaveText([/Week of\s*Score/, /2026-03-02\s*3\.5/, /2026-03-09\s*6\.0/]);
    await expect(outcome.getByText(/up 2\.5 points/i)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Self-checks, left and right' }).getByRole('cell', { name: '10°' })).toBeVisible();
  }

  const selfChecks = /^Self-check results, oldest first/;
  const ready = {
    '/progress': [/^A change of about 2 points/, /^Your right leg turns in 10°/],
    '/history': [selfChecks, /^Not following a programme/],
    '/report': [selfChecks, /^Not following a programme/],
  };
  const before: Record<string, string> = {};
  for (const [url, text] of Object.entries(ready)) before[url] = await screenText(page, player, url, text);

  // Export, delete everything, import: still offline.
  await player.goto('/data');
  // The page counts what is stored (a live query) before it offers the download: on frozen time, let it run.
  const downloadButton = page.getByRole('button', { name: 'Download backup (JSON)' });
  await player.settle(downloadButton);
  const download = page.waitForEvent('download');
  await downloadButton.click();
  const file = info.outputPath('backup.json');
  await (await letPageTimeRunUntil(page, download)).saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8')) as { data: Record<string, unknown[]> };
  expect([backup.data.assessments?.length, backup.data.outcomeActivities?.length, backup.data.outcomeRatings?.length]).toEqual([2, 2, 2]);
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await player.settle(page.getByText('All data was deleted from this phone.'));
  await player.goto('/progress');
  await player.settle(page.getByText(/^No self-checks recorded yet/));

  await player.goto('/data');
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await player.settle(page.getByRole('heading', { name: 'backup.json is a good backup' }));
  await page.getByRole('button', { name: 'Merge' }).click();
  await player.settle(page.getByText(/^Restored/));

  for (const [url, text] of Object.entries(ready)) expect(await screenText(page, player, url, text)).toBe(before[url]);
});

/** Frozen time holds timers the page needs to finish `promise` (a live query, a save): run it a little at a time. */
async function letPageTimeRunUntil<T>(page: Page, promise: Promise<T>): Promise<T> {
  const settled = { isDone: false };
  void promise.then(
    () => (settled.isDone = true),
    () => (settled.isDone = true),
  );
  for (let i = 0; i < 100 && !settled.isDone; i++) await page.clock.runFor(100);
  return promise;
}
