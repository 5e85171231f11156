import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';

// Wednesday 2 December 2026, 06:00 local.
const WEDNESDAY = new Date(2026, 11, 2, 6, 0);

test('Mon/Wed/Fri 07:30 shows as due on a Wednesday and exports an .ics that parses', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY.getTime() - 60_000 });
  await page.clock.pauseAt(WEDNESDAY);
  const app = new PlayerPage(page);
  await app.goto('/schedule');
  await app.settle(page.getByRole('checkbox', { name: 'Monday' }));
  await expect(page.getByRole('heading', { name: 'How reminders work' })).toBeVisible();
  const card = page.getByRole('group', { name: 'Daily hip release' });
  for (const day of ['Monday', 'Wednesday', 'Friday']) await card.getByRole('checkbox', { name: day }).check();
  await card.getByLabel('Time for Daily hip release').fill('07:30');
  await page.clock.runFor(500);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar reminders (.ics)' }).click();
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r\n[ \t]/g, '');
  expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR');
  expect(text).toContain('BEGIN:VALARM');
  expect(text).toContain('DTSTART:20261202T073000');
  expect(text).toMatch(/URL:http:\/\/127\.0\.0\.1:\d+\/routines\/daily-hip-release/);

  await app.goto('/');
  const plan = page.getByRole('region', { name: 'Your schedule' });
  await app.settle(plan);
  await expect(plan).toContainText('Due today at 07:30');
  await expect(plan).toContainText('Daily hip release');
  await expect(plan).toContainText('This week: 0 of 3 sessions done');
});

test('the backup reminder appears after 14 days of use with no export, never before', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY.getTime() - 60_000 });
  await page.clock.pauseAt(WEDNESDAY);
  // First use on Wednesday: the set-up is skipped, which records the day the app was first used.
  const app = new PlayerPage(page);
  await app.goto('/welcome');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await app.settle(page.getByRole('heading', { level: 1, name: 'Hip mobility that spares the knee' }));
  // A scheduled day makes home's plan card show, so its (same) read has surely happened when the reminder is absent.
  await app.goto('/schedule');
  await app.settle(page.getByRole('checkbox', { name: 'Monday' }));
  await page.getByRole('group', { name: 'Daily hip release' }).getByRole('checkbox', { name: 'Monday' }).check();
  await app.goto('/');
  await app.settle(page.getByRole('region', { name: 'Your schedule' }));
  await expect(page.getByRole('heading', { name: 'No backup yet' })).toHaveCount(0);
  await page.clock.pauseAt(new Date(2026, 11, 17, 6, 0));
  await page.reload();
  await app.settle(page.getByRole('heading', { name: 'No backup yet' }));
  await app.goto('/data');
  await app.settle(page.getByText('You have not made a backup yet.'));
});
