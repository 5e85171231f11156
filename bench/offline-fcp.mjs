import { chromium } from '@playwright/test';
import { launchOptions } from '../scripts/browser.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Offline reloads served by the service worker: first contentful paint of each, and how many worked. */
export async function offlineReloadFcp(url, runs = 10) {
  const browser = await chromium.launch(launchOptions());
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  const paths = ['/', '/exercises', '/exercises/glute-bridge', '/routines/daily-hip-release', '/about'];
  const fcps = [];
  let worked = 0;
  for (let i = 0; i < runs; i++) {
    const path = paths[i % paths.length];
    try {
      await page.goto(url + path, { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 5000 });
      worked++;
      const fcp = await page.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      );
      fcps.push(fcp);
    } catch {
      // counted as a failed offline reload
    }
  }
  await browser.close();
  return { worked, runs, medianFcpMs: fcps.length ? Math.round(median(fcps)) : null };
}

export { median };
