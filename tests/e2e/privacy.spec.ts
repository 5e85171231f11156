import { expect, test } from './fixtures';
import { ROUTES, waitForServiceWorkerControl } from './support';

test('no request ever leaves the app’s own origin', async ({ page, context, baseURL }) => {
  // Visits every route (or walks a session): a ceiling for a loaded machine, not a wait.
  test.slow();
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  // context-level, so requests made by the service worker are seen too.
  context.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
  }
  await page.goto('/exercises');
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('ball');
  await page.getByRole('link', { name: /Tennis ball on the glutes/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(requests.length).toBeGreaterThan(10);
  const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
});
