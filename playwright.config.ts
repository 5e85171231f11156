import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS, previewWebServer } from './scripts/browser.mjs';

/** E2E_PORT lets two checkouts run their suites side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4317);

/**
 * Specs that deploy a new version by rewriting dist/ under the running server: they run alone, after
 * everything else, so no other test ever meets a service worker it did not install.
 */
const REDEPLOYS = /update.*\.spec\.ts$/;

/**
 * E2E runs the production build (`vite preview`) in real Chromium with the real service worker.
 * Two workers: each test has its own browser context (its own IndexedDB and service worker), and
 * every timed assertion runs on a frozen clock, so tests can share the machine without racing.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Pixel 7'],
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'allow',
    // A failure keeps its trace: every action with its DOM snapshot, network and console. No screencast: a frame per
    // paint at the phone's pixel ratio cost every passing test time, and the snapshots are what a diagnosis reads.
    trace: { mode: 'retain-on-failure', screenshots: false },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'app', testIgnore: REDEPLOYS },
    { name: 'redeploy', testMatch: REDEPLOYS, dependencies: ['app'], fullyParallel: false, workers: 1 },
  ],
  webServer: previewWebServer(PORT),
});
