import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS, previewWebServer } from './scripts/browser.mjs';

const PORT = Number(process.env.SHOTS_PORT ?? 4390);

/** `npm run shots`: screenshots of every screen and player state for people to look at; not part of `npm test`. */
export default defineConfig({
  testDir: 'tests/shots',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: previewWebServer(PORT),
});
