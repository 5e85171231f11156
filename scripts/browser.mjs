// The one place that knows how to find and launch Chromium here: used by playwright.config.ts,
// scripts/ensure-browser.mjs and the bench.
import { existsSync } from 'node:fs';

/** Flags that keep Chromium quiet on a machine without a network beyond the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** CHROMIUM_PATH, else Debian's chromium; undefined lets Playwright use its own browser. */
export function chromiumPath() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => !!p && existsSync(p));
}

export function launchOptions() {
  const executablePath = chromiumPath();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}

/** Playwright's `webServer` for the production build on `port` (e2e and screenshots). */
export function previewWebServer(port) {
  return {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  };
}
