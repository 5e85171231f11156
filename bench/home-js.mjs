import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from '../scripts/browser.mjs';

const kb = (bytes) => Math.round(bytes / 102.4) / 10;
// One of Dexie's error names: survives minification, so it tells which chunk holds Dexie.
const DEXIE_MARK = /DatabaseClosedError/;
// "Network idle": no request of the page in flight for this long. Longer than Playwright's 500 ms, so
// a busy machine parsing the entry script does not end the count before the lazy storage chunk loads.
const QUIET_MS = 2_000;
const MAX_WAIT_MS = 30_000;

/**
 * The JS a first visit to home really fetches, as the browser sees it: a fresh context (no cache, no
 * service worker), every script response of the page until the network is idle, no interaction.
 * Each body is gzipped here at level 9 (vite preview serves it uncompressed), the same way as the
 * entry figure, so the two compare. Scripts the service worker precaches in the background are the
 * precache figure, not this one.
 */
export async function firstVisitHomeJs(url, { hasStoredData = false } = {}) {
  const browser = await chromium.launch(launchOptions());
  try {
    const storageState = hasStoredData ? await storedDataState(browser, url) : undefined;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState });
    const page = await context.newPage();
    const pending = new Map();
    const inFlight = new Set();
    let lastActivityAt = Date.now();
    page.on('request', (request) => {
      inFlight.add(request);
      lastActivityAt = Date.now();
    });
    for (const event of ['requestfinished', 'requestfailed']) {
      page.on(event, (request) => {
        inFlight.delete(request);
        lastActivityAt = Date.now();
      });
    }
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script' || pending.has(response.url())) return;
      pending.set(
        response.url(),
        response.body().then((body) => ({
          url: response.url(),
          gzipBytes: gzipSync(body, { level: 9 }).length,
          isDexie: DEXIE_MARK.test(body.toString('utf8')),
        })),
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    const deadline = Date.now() + MAX_WAIT_MS;
    while (inFlight.size > 0 || Date.now() - lastActivityAt < QUIET_MS) {
      if (Date.now() > deadline) throw new Error('bench: the home page never went quiet');
      await new Promise((r) => setTimeout(r, 100));
    }
    const scripts = await Promise.all(pending.values());
    const bytes = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
    const files = scripts.map((s) => ({ path: new URL(s.url).pathname, gzipKb: kb(s.gzipBytes) }));
    return { files, gzipKb: kb(bytes), hasDexie: scripts.some((s) => s.isDexie) };
  } finally {
    await browser.close();
  }
}

/**
 * The site's storage after one real use (the welcome screen finished: the database exists), carried
 * into a fresh context with no cache and no service worker: a returning visit on a cold cache.
 */
async function storedDataState(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(new URL('/settings', url).href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The settings page reads the database, which creates it; wait until the browser lists it.
    const deadline = Date.now() + MAX_WAIT_MS;
    while (!(await page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'kneewise')))) {
      if (Date.now() > deadline) throw new Error('bench: the settings page never opened the database');
      await new Promise((r) => setTimeout(r, 100));
    }
    return await context.storageState({ indexedDB: true });
  } finally {
    await context.close();
  }
}
