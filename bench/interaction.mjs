// Every tap answers fast on a slow phone (issue 9): a scripted session with the CPU throttled 4×
// (Lighthouse's mobile preset), each interaction's Event Timing duration — input to the next paint,
// what INP is built from — collected by a PerformanceObserver. Budget: the worst ≤ 200 ms.
import { chromium } from '@playwright/test';
import { launchOptions } from '../scripts/browser.mjs';

const RATE = 4;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Installed before any page script: keeps every interaction's longest event with what was tapped. */
function observeInteractions() {
  const seen = new Map();
  window.__interactions = seen;
  // What the script is about to tap, stamped before the tap: a tapped button is often gone by the time its entry comes.
  window.__marks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      const label = window.__marks.findLast(([at]) => at <= e.startTime + 1)?.[1] ?? '?';
      const had = seen.get(e.interactionId);
      if (!had || e.duration > had.duration)
        seen.set(e.interactionId, { duration: e.duration, startTime: e.startTime, name: e.name, label, path: location.pathname });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // What held each slow frame up (Long Animation Frames): says why the worst tap was slow.
  window.__frames = [];
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const f of list.getEntries()) {
        window.__frames.push({
          startTime: f.startTime,
          duration: f.duration,
          renderMs: f.duration - (f.renderStart ? f.renderStart - f.startTime : f.duration),
          scripts: f.scripts.map((s) => ({
            what: `${s.invokerType} ${s.invoker}`.slice(0, 80),
            file: (s.sourceURL.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '.js'),
            ms: s.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
}

function markOnboarded(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kneewise');
        open.onsuccess = () => {
          const tx = open.result.transaction(['settings'], 'readwrite');
          tx.objectStore('settings').put({ key: 'onboarded', value: Date.now() });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/** Entries are delivered after the frame that painted the answer: wait two frames, then read them. */
function readInteractions(page) {
  // Everything the page runs is inside this function: page.evaluate sends only its source, not the
  // helpers around it (a helper named from here was a ReferenceError in a timer, and the promise never settled).
  return page.evaluate(
    () =>
      new Promise((resolve, reject) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              try {
                const framesOf = (i) =>
                  window.__frames.filter((f) => f.startTime < i.startTime + i.duration && f.startTime + f.duration > i.startTime);
                resolve([...window.__interactions.values()].map((i) => ({ ...i, frames: framesOf(i) })));
              } catch (error) {
                reject(error);
              }
            }, 50),
          ),
        ),
      ),
  );
}

/** The slow frames of an interaction in one line: each frame's length, its render part and its longest scripts. */
export function describeFrames(frames) {
  return frames
    .map((f) => {
      const top = [...f.scripts].sort((a, b) => b.ms - a.ms).slice(0, 3);
      const scripts = top.map((s) => `${s.what}${s.file ? ` (${s.file})` : ''} ${Math.round(s.ms)}`).join(', ');
      return `${Math.round(f.duration)} ms [render ${Math.round(f.renderMs)}${scripts ? `; ${scripts}` : ''}]`;
    })
    .join(' + ');
}

/** Click `locator`, first stamping its name for the entry the tap will produce. */
async function tap(page, locator, label) {
  await page.evaluate((l) => window.__marks.push([performance.now(), l]), label);
  await locator.click();
}

/**
 * home → Start → the before-check (one tap) → skip get-ready → pause/resume → Done / Skip / knee
 * checks … → the finish screen. Returns every interaction the page timed.
 */
async function walk(page, url) {
  await page.goto(`${url}/`);
  await page.getByRole('link', { name: 'Start', exact: true }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await tap(page, page.getByRole('link', { name: 'Start', exact: true }), 'Start (home)');
  const counter = page.getByText(/^Step \d+ of \d+$/);
  await counter.waitFor();
  const finish = page.locator('.finish');
  let hasPaused = false;
  for (let i = 0; i < 80 && !(await finish.isVisible()); i++) {
    const before = await counter.textContent().catch(() => null);
    const noPain = page.getByRole('button', { name: 'No knee pain' });
    const done = page.getByRole('button', { name: 'Done', exact: true });
    const pause = page.getByRole('button', { name: 'Pause', exact: true });
    // A knee check reads the profile before its answers show; tap its answer, never the Skip beside it.
    if (
      (await page
        .locator('[data-step-type]')
        .getAttribute('data-step-type')
        .catch(() => null)) === 'painCheck'
    )
      await noPain.waitFor();
    await noPain
      .or(done)
      .or(pause)
      .or(page.getByRole('button', { name: 'Skip this step' }))
      .first()
      .waitFor();
    if (await noPain.isVisible()) await tap(page, noPain, `No knee pain (${before})`);
    else if (await done.isVisible()) await tap(page, done, `Done (${before})`);
    else {
      if (!hasPaused && (await pause.isVisible())) {
        hasPaused = true;
        await tap(page, pause, `Pause (${before})`);
        await tap(page, page.getByRole('button', { name: 'Resume', exact: true }), `Resume (${before})`);
        await pause.waitFor();
      }
      await tap(page, page.getByRole('button', { name: 'Skip this step' }), `Skip (${before})`);
    }
    // The next step (or the finish screen) is on screen before the next tap.
    await page.waitForFunction(
      (was) => document.querySelector('.finish') || document.querySelector('.player-count')?.textContent.trim() !== was,
      before?.trim() ?? '',
    );
  }
  await finish.waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return readInteractions(page);
}

export async function interactionAtScale(url, runs = 3) {
  const browser = await chromium.launch(launchOptions());
  const worst = [];
  let overall = null;
  let counted = 0;
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: false });
      await context.addInitScript(observeInteractions);
      const page = await context.newPage();
      // A first visit installs the service worker and creates the database; the walk is a return visit.
      await page.goto(`${url}/session`);
      await page.getByRole('heading', { name: 'No session in progress' }).waitFor();
      await markOnboarded(page);
      const entries = await walk(page, url);
      await context.close();
      counted += entries.length;
      const top = entries.reduce((a, b) => (b.duration > a.duration ? b : a), { duration: 0, label: '—', name: '—', path: '—' });
      worst.push(top.duration);
      if (!overall || top.duration > overall.duration) overall = top;
    }
  } finally {
    await browser.close();
  }
  return {
    rate: RATE,
    runs,
    interactions: counted,
    medianWorstMs: Math.round(median(worst)),
    worstMs: Math.round(overall.duration),
    worst: overall,
  };
}
