import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { waitForServiceWorkerControl } from './support';

/**
 * The promise of the app: after one visit, everything works with no network — reloads and deep
 * links included. The control test runs the same flow with service workers blocked and must fail.
 */
async function offlineFlow(library: LibraryPage): Promise<void> {
  const { page } = library;
  await page.reload();
  await expect(library.heading).toBeVisible();

  await library.search.fill('glute');
  await expect(library.resultCount).toContainText(/\d+ of \d+ exercises/);
  await library.kindChip('Release').click();
  await expect(library.kindChip('Release')).toHaveAttribute('aria-pressed', 'true');
  const names = await library.shownNames();
  expect(names.length).toBeGreaterThan(0);
  expect(names).toContain('Tennis ball on the glutes');

  await library.exerciseLink(/Tennis ball on the glutes/).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tennis ball on the glutes' })).toBeVisible();
  await expect(page.getByRole('img', { name: /tennis ball/i }).first()).toBeVisible();

  // A deep link, reloaded cold while offline, and one never visited before.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Tennis ball on the glutes' })).toBeVisible();
  await page.goto('/routines/gentle-flare-up-day');
  await expect(page.getByRole('heading', { level: 1, name: /flare-up/i })).toBeVisible();
  await page.goto('/exercises/butterfly-stretch');
  await expect(page.getByRole('note', { name: 'Knee warning' })).toBeVisible();
}

test('after one visit, the library works offline: search, filter, open, deep-link reload', async ({ page, context }) => {
  const library = new LibraryPage(page);
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await library.open();
  await context.setOffline(true);
  await offlineFlow(library);
});

test.describe('control: with service workers blocked', () => {
  test.use({ serviceWorkers: 'block' });
  test('the same offline flow fails', async ({ page, context }) => {
    const library = new LibraryPage(page);
    await library.open();
    await context.setOffline(true);
    await expect(offlineFlow(library)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});

test('ten offline reloads in a row all show the app, deep links included', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  const paths = [
    '/',
    '/exercises',
    '/exercises/glute-bridge',
    '/routines',
    '/routines/hip-self-assessment',
    '/about',
    '/exercises?kind=assess',
    '/',
    '/exercises/lying-leg-turn',
    '/routines/daily-hip-release',
  ];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
  }
});
