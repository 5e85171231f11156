import { chromium } from '@playwright/test';
import { launchOptions } from '../scripts/browser.mjs';

const STEP_MS = 5_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Put a session straight into the app's real IndexedDB (Dexie v3 = IDB version 30). */
async function injectSession(page, stepCount, stepMs) {
  return page.evaluate(
    ({ stepCount, stepMs }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kneewise');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const base = { exerciseId: 'glute-bridge', exerciseName: 'Glute bridge', kind: 'strengthen' };
          const steps = Array.from({ length: stepCount }, () => ({
            ...base,
            type: 'work',
            mode: 'hold',
            side: 'both',
            set: 1,
            sets: 1,
            durationMs: stepMs,
          }));
          const now = Date.now();
          const record = {
            id: `bench-${now}`,
            routineId: 'bench',
            routineName: 'Bench session',
            plan: { routineId: 'bench', routineName: 'Bench session', steps },
            events: [{ type: 'start', at: now, seq: 0, step: 0 }],
            status: 'active',
            startedAt: now,
            lastSeenAt: now,
            endedAt: null,
            outcomes: null,
          };
          const tx = db.transaction('sessions', 'readwrite');
          tx.objectStore('sessions').put(record);
          tx.oncomplete = () => resolve(record.id);
          tx.onerror = () => reject(tx.error);
        };
      }),
    { stepCount, stepMs },
  );
}

async function readSession(page, id) {
  return page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const open = indexedDB.open('kneewise');
        open.onsuccess = () => {
          const req = open.result.transaction('sessions').objectStore('sessions').get(id);
          req.onsuccess = () => resolve(req.result);
        };
      }),
    id,
  );
}

/** Wall-clock times at which the page showed each step, recorded in the page itself. */
const WATCH_STEPS = () => {
  window.__steps = [];
  new MutationObserver(() => {
    const counter = document.querySelector('.player-count');
    const text = counter ? counter.textContent : document.querySelector('.finish') ? 'finish' : null;
    if (text && window.__steps.at(-1)?.text !== text) window.__steps.push({ text, at: Date.now() });
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

/**
 * A 60-second session in a real Chromium tab, 30 s of it frozen (page lifecycle "frozen": no
 * timers at all, stricter than a hidden tab). Reports how far the engine's finish is from the
 * wall clock, and how late the screen showed each step change while visible.
 */
export async function realTabDrift(url) {
  const browser = await chromium.launch(launchOptions());
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${url}/session`);
  await page.getByRole('heading', { name: 'No session in progress' }).waitFor();
  const id = await injectSession(page, 60_000 / STEP_MS, STEP_MS);
  await page.addInitScript(WATCH_STEPS);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${url}/session`);
  await page.getByText(/^Step \d+ of 12$/).waitFor();
  await page.waitForTimeout(15_000);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await new Promise((r) => setTimeout(r, 30_000));
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await page.locator('.finish').waitFor({ timeout: 60_000 });
  const shown = await page.evaluate(() => window.__steps);
  const record = await readSession(page, id);
  await browser.close();

  // Expected boundaries from the stored events alone: start + steps + paused time (the reopen pause).
  let pausedMs = 0;
  let pausedAt = null;
  for (const e of record.events) {
    if (e.type === 'pause') pausedAt = e.at;
    if (e.type === 'resume' && pausedAt !== null) {
      pausedMs += e.at - pausedAt;
      pausedAt = null;
    }
  }
  const start = record.events[0].at;
  const expectedEnd = start + 60_000 + pausedMs;
  const lateness = shown
    .filter((s) => /^Step (\d+)/.test(s.text) && s.text !== shown[0].text)
    .map((s) => s.at - (start + pausedMs + (Number(/Step (\d+)/.exec(s.text)[1]) - 1) * STEP_MS));
  const visibleLateness = lateness.filter((l) => l < 2_000);
  return {
    finishDriftMs: Math.abs(record.endedAt - expectedEnd),
    visibleStepLatencyMedianMs: median(visibleLateness),
    visibleStepLatencyMaxMs: Math.max(...visibleLateness),
    stepsShown: shown.length,
  };
}

/** JS heap (after GC) at the start and end of a 30-minute session, driven by Playwright's clock. */
export async function sessionHeap(url) {
  const browser = await chromium.launch(launchOptions());
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(`${url}/session`);
  await page.getByRole('heading', { name: 'No session in progress' }).waitFor();
  await injectSession(page, 72, 25_000);
  await page.goto(`${url}/session`);
  await page.getByText(/^Step \d+ of 72$/).waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1024 / 1024;
  };
  const startMb = await heap();
  let peakMb = startMb;
  for (let minute = 0; minute < 30; minute++) {
    for (let s = 0; s < 6; s++) {
      await page.clock.runFor(10_000);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    }
    peakMb = Math.max(peakMb, await heap());
  }
  await page.locator('.finish').waitFor();
  const endMb = await heap();
  await browser.close();
  const r = (n) => Math.round(n * 10) / 10;
  return { startMb: r(startMb), peakMb: r(peakMb), endMb: r(endMb), growthMb: r(endMb - startMb) };
}
