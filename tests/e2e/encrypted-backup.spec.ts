import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storedTables } from './pages/history-data';

const PASSPHRASE = 'blue kettle on a hill';
/** Three sessions, seven pain checks, settings: restored through the plain import, so no player run is needed. */
const FIXTURE = fileURLToPath(new URL('../fixtures/good-backup.json', import.meta.url));

async function seedHistory(page: Page) {
  await page.goto('/data');
  await page.getByLabel('Choose a backup file').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText(/Restored 3 sessions and 7 pain checks/)).toBeVisible();
}

async function exportLocked(page: Page, path: string): Promise<string> {
  await page.goto('/data');
  await page.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
  await expect(page.getByText('A forgotten passphrase cannot be recovered.')).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase again').fill(PASSPHRASE);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup (JSON)' }).click();
  const file = await download;
  await file.saveAs(path);
  await expect(page.getByText(/locked with your passphrase\)\.$/)).toBeVisible();
  return file.suggestedFilename();
}

async function deleteEverything(page: Page) {
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await expect(page.getByText('All data was deleted from this phone.')).toBeVisible();
}

async function unlockWith(page: Page, passphrase: string) {
  const field = page.getByLabel('Backup passphrase');
  await field.fill(passphrase);
  await page.getByRole('button', { name: 'Open backup' }).click();
}

test('an encrypted backup: a wrong passphrase changes nothing, the right one restores every table exactly', async ({ page }, info) => {
  await seedHistory(page);
  const before = await storedTables(page);
  expect(before.sessions).toHaveLength(3);
  expect(before.painChecks).toHaveLength(7);

  const path = info.outputPath('locked.json');
  expect(await exportLocked(page, path)).toMatch(/^kneewise-backup-\d{4}-\d{2}-\d{2}-encrypted\.json$/);
  const text = readFileSync(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ app: 'kneewise', format: 'encrypted-1' });
  // Nothing readable is left in the file: no routine name, no exercise id, no pain score field.
  expect(text).not.toMatch(/routineName|painChecks|score/);

  await deleteEverything(page);
  const empty = await storedTables(page);
  expect(empty.sessions).toEqual([]);

  await page.getByLabel('Choose a backup file').setInputFiles(path);
  await expect(page.getByRole('heading', { name: 'locked.json is locked with a passphrase' })).toBeVisible();
  await expect(page.getByLabel('Backup passphrase')).toBeFocused();

  await unlockWith(page, 'blue kettle on a hil');
  await expect(page.getByRole('alert')).toContainText('That passphrase doesn’t open this backup');
  await expect(page.getByRole('alert')).toContainText('nothing was changed');
  await expect(page.getByRole('button', { name: 'Merge' })).toHaveCount(0);
  expect(await storedTables(page)).toEqual(empty);

  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'locked.json is a good backup' })).toBeVisible();
  expect(await storedTables(page)).toEqual(empty);
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText(/Restored 3 sessions and 7 pain checks/)).toBeVisible();

  expect(await storedTables(page)).toEqual(before);
});

test('cancelling the passphrase leaves everything as it was', async ({ page }, info) => {
  await seedHistory(page);
  const path = info.outputPath('locked.json');
  await exportLocked(page, path);
  // The export itself notes when the last backup was made; the snapshot starts after it.
  const before = await storedTables(page);

  await page.getByLabel('Choose a backup file').setInputFiles(path);
  await expect(page.getByLabel('Backup passphrase')).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Backup passphrase')).toHaveCount(0);
  expect(await storedTables(page)).toEqual(before);
});
