import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeHistory } from './pages/history-data';

async function historyText(page: Page): Promise<string> {
  await page.goto('/history');
  await expect(page.getByRole('heading', { name: 'Sessions', exact: true })).toBeVisible();
  await expect(page.locator('.session-card').first()).toBeVisible();
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

async function exportBackup(page: Page, path: string): Promise<void> {
  await page.goto('/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup (JSON)' }).click();
  await (await download).saveAs(path);
}

test('export, delete everything, import: the same history comes back', async ({ page }, info) => {
  await makeHistory(page);
  const before = await historyText(page);
  expect(before).toContain('Daily hip release');

  const file = info.outputPath('backup.json');
  await exportBackup(page, file);
  const backup = JSON.parse(readFileSync(file, 'utf8')) as { app: string; format: number; data: { painChecks: unknown[] } };
  expect(backup).toMatchObject({ app: 'kneewise', format: 3 });
  expect(backup.data.painChecks).toHaveLength(4);

  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await expect(page.getByText('All data was deleted from this phone.')).toBeVisible();
  await page.goto('/history');
  await expect(page.locator('.session-card')).toHaveCount(0);

  await page.goto('/data');
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'backup.json is a good backup' })).toBeVisible();
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText(/Restored 1 session and 4 pain checks/)).toBeVisible();

  expect(await historyText(page)).toBe(before);
});

test('a bad backup is refused with a reason, and nothing changes', async ({ page }, info) => {
  await makeHistory(page);
  const before = await historyText(page);
  const good = info.outputPath('good.json');
  await exportBackup(page, good);

  const bad = info.outputPath('bad.json');
  const parsed = JSON.parse(readFileSync(good, 'utf8')) as { data: { painChecks: { score: number }[] } };
  const first = parsed.data.painChecks[0];
  if (first) first.score = 11;
  writeFileSync(bad, JSON.stringify(parsed));

  await page.getByLabel('Choose a backup file').setInputFiles(bad);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('bad.json can’t be restored');
  await expect(alert).toContainText('score');
  await expect(alert).toContainText('Nothing was changed');
  expect(await historyText(page)).toBe(before);
});
