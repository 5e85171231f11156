import { expectNoViolationsLightAndDark } from './axe';
import { expect, test } from './fixtures';
import { ROUTES } from './support';

for (const route of ROUTES) {
  test(`${route.path} has no axe violations, light and dark`, async ({ page }) => {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    await expectNoViolationsLightAndDark(page, route.path);
  });
}
