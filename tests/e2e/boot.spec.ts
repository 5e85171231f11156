/**
 * The app's code can fail to arrive (a dropped connection on a first visit, before the service
 * worker holds it). The page must not stay an empty shell: it reloads once and starts, and if the
 * code still can't be fetched it says so. The network is cut at the entry script only; storage and
 * the service worker are real.
 */
import { expect, test } from './fixtures';

// The browser logs each failed fetch of the entry script.
test.use({ allowedErrors: [/Failed to load resource|ERR_FAILED|ERR_ABORTED/] });

const ENTRY = /\/assets\/index-[\w-]+\.js$/;

test('a dropped entry script on a first visit: the page reloads once and the app starts', async ({ page, context }) => {
  let isDropped = false;
  await context.route(ENTRY, (route) => {
    if (isDropped) return route.continue();
    isDropped = true;
    return route.abort('connectionreset');
  });
  await page.goto('/exercises');
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Tennis ball on the glutes/ })).toBeVisible();
  expect(isDropped).toBe(true);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an entry script that never arrives: after one retry the page says what happened', async ({ page, context }) => {
  let attempts = 0;
  await context.route(ENTRY, (route) => {
    attempts++;
    return route.abort('connectionreset');
  });
  await page.goto('/exercises');
  await expect(page.getByRole('alert')).toHaveText(
    /Kneewise couldn’t start: part of the app didn’t load\. Check your connection, then reload the page\./,
  );
  expect(attempts).toBeGreaterThanOrEqual(2); // the first load and the one reload
});
