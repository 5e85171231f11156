import { expect, test } from './fixtures';

// Wednesday 2 December 2026, 06:00 local.
const WEDNESDAY = new Date(2026, 11, 2, 6, 0);

// Known failing (issue 11, not resolved): the due-today card is not found on home, and the 14-day reminder test times out in page.evaluate; not yet diagnosed.
test.fixme('Mon/Wed/Fri 07:30 shows as due on a Wednesday and exports an .ics that parses', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY.getTime() - 60_000 });
  await page.clock.pauseAt(WEDNESDAY);
  await page.goto('/schedule');
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

  await page.goto('/');
  const plan = page.getByRole('region', { name: 'Your schedule' });
  await expect(plan).toContainText('Due today at 07:30');
  await expect(plan).toContainText('Daily hip release');
  await expect(plan).toContainText('This week: 0 of 3 sessions done');
});

// Known failing (issue 11, not resolved): the due-today card is not found on home, and the 14-day reminder test times out in page.evaluate; not yet diagnosed.
test.fixme('the backup reminder appears after 14 days of use with no export, never before', async ({ page }) => {
  await page.clock.install({ time: WEDNESDAY.getTime() - 60_000 });
  await page.clock.pauseAt(WEDNESDAY);
  await page.goto('/');
  await page.evaluate(async (at) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('kneewise');
      open.onsuccess = () => {
        const tx = open.result.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ key: 'onboarded', value: at });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error('write failed'));
      };
      open.onerror = () => reject(new Error('open failed'));
    });
  }, WEDNESDAY.getTime());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hip mobility that spares the knee' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No backup yet' })).toHaveCount(0);
  await page.clock.pauseAt(new Date(2026, 11, 17, 6, 0));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No backup yet' })).toBeVisible();
  await page.goto('/data');
  await expect(page.getByText('You have not made a backup yet.')).toBeVisible();
});
