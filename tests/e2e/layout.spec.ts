import { expect, test } from './fixtures';
import { ROUTES } from './support';

test('no screen scrolls sideways on a 390 px phone, with data in the log', async ({ page }) => {
  // Visits every route (or walks a session): a ceiling for a loaded machine, not a wait.
  test.slow();
  // Some data, so history, the report and the chart tables have something to lay out.
  await page.goto('/');
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: /^left knee 4,/ }).click();
  await expect(page.getByText('Saved').first()).toBeVisible();

  const wide: string[] = [];
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${route.path}: ${width}px`);
  }
  expect(wide).toEqual([]);
});
