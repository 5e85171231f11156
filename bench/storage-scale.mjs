import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from '../scripts/browser.mjs';
import { withTsModules } from './load-ts.mjs';
import { putRows } from './idb-put.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const DAY = 86_400_000;

async function generate(sessions, painChecks) {
  return withTsModules(async (load) => {
    const { makeHistory } = await load('/tests/fixtures/make-history.ts');
    return makeHistory({ sessions, painChecks, days: 3 * 365, endAt: Date.now() - DAY, seed: 7 });
  });
}

/** Write straight into the app's real IndexedDB, one transaction. */
const inject = (page, data) => putRows(page, { sessions: data.sessions, painChecks: data.painChecks });

/** Choose the file → its preview (validate); Replace → "Restored" (write). */
async function timeRestore(page, file) {
  let t = Date.now();
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await page.getByRole('heading', { name: 'backup.json is a good backup' }).waitFor({ timeout: 60_000 });
  const validateMs = Date.now() - t;
  await page.getByRole('button', { name: 'Replace…' }).click();
  t = Date.now();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Replace/ })
    .click();
  await page.getByText(/^Restored /).waitFor({ timeout: 120_000 });
  return { validateMs, importMs: Date.now() - t };
}

/** Time from tapping the History tab to the session list and both charts on screen. */
function timeHistory(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const isDone = () => document.querySelector('.session-card') && document.querySelectorAll('.uplot canvas').length >= 2;
        const t0 = performance.now();
        new MutationObserver((_, observer) => {
          if (isDone()) {
            observer.disconnect();
            resolve(Math.round(performance.now() - t0));
          }
        }).observe(document.body, { subtree: true, childList: true });
        document.querySelector('a[href="/history"]').click();
      }),
  );
}

/** Tap → "Saved" (shown only after IndexedDB committed), measured inside the page. */
function timeTap(page, score) {
  return page.evaluate(
    (score) =>
      new Promise((resolve) => {
        const button = document.querySelector(`button[aria-label^="left knee ${score},"]`);
        const t0 = performance.now();
        new MutationObserver((_, observer) => {
          const status = [...document.querySelectorAll('.save-status')].find((e) => e.textContent === 'Saved');
          if (status && button.getAttribute('aria-pressed') === 'true') {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        button.click();
      }),
    score,
  );
}

export async function storageAtScale(url) {
  const data = await generate(1100, 20_000);
  const browser = await chromium.launch(launchOptions());
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${url}/session`);
  await page.getByRole('heading', { name: 'No session in progress' }).waitFor();
  await inject(page, data);

  const history = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${url}/`);
    // The app has mounted once home asks IndexedDB for its status (it loads that code on mount);
    // then screens preload on the first interaction (src/app/router.tsx), as after a user's first tap.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('home-status-query')));
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('history-page')), null, {
      timeout: 10_000,
    });
    await page.waitForTimeout(500);
    history.push(await timeHistory(page));
  }

  await page.goto(`${url}/data`);
  await page.getByRole('button', { name: 'Download backup (JSON)' }).waitFor();
  // A user reaches this page by a tap in the app, which has already preloaded every screen's chunk
  // (src/app/router.tsx); after a page.goto the export tap would be the first interaction and pay
  // for that too. A key press does it first, as for the History figure.
  await page.keyboard.press('Shift');
  await page.waitForLoadState('networkidle');
  await page
    .getByText(/sessions?,/)
    .first()
    .waitFor();
  const file = join(mkdtempSync(join(tmpdir(), 'kneewise-bench-')), 'backup.json');
  let t = Date.now();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup (JSON)' }).click();
  await (await download).saveAs(file);
  const exportMs = Date.now() - t;

  const { validateMs, importMs } = await timeRestore(page, file);

  // A new phone: nothing stored, so the restore writes every row (the replace above found them unchanged).
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await page.getByText('All data was deleted from this phone.').waitFor();
  const { validateMs: validateEmptyMs, importMs: importEmptyMs } = await timeRestore(page, file);

  await page.goto(`${url}/session?routine=daily-hip-release`);
  await page.getByRole('button', { name: 'No knee pain' }).waitFor();
  const taps = [];
  for (let i = 0; i < 10; i++) taps.push(await timeTap(page, [3, 5][i % 2]));
  await browser.close();
  const r = (n) => Math.round(n * 10) / 10;
  return {
    sessions: data.sessions.length,
    painChecks: data.painChecks.length,
    historyMedianMs: median(history),
    exportMs,
    validateMs,
    importMs,
    validateEmptyMs,
    importEmptyMs,
    tapMedianMs: r(median(taps)),
    tapMaxMs: r(Math.max(...taps)),
  };
}
