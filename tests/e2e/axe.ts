import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** The axe rules whose outcome depends on colours: the only ones a change of colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe violations as one readable line each, prefixed with where they were found. */
async function violations(builder: AxeBuilder, where: string): Promise<string[]> {
  const results = await builder.analyze();
  return results.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Every WCAG 2.1 AA and best-practice rule in the light scheme, then the colour rules again in the dark
 * scheme: the page and its structure are the same in both, only the colours differ, so the dark pass
 * needs only the rules that read colours (and a test costs one page load, not two).
 */
export async function expectNoViolationsLightAndDark(page: Page, where: string): Promise<void> {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const lightBackground = await background();
  const light = await violations(new AxeBuilder({ page }).withTags(WCAG_AA), `${where}, light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  // The dark pass must see dark colours, or it would pass by checking the light ones again.
  await expect.poll(background).not.toBe(lightBackground);
  const dark = await violations(new AxeBuilder({ page }).withRules(COLOUR_RULES), `${where}, dark`);
  await page.emulateMedia({ colorScheme: 'light' });
  expect([...light, ...dark]).toEqual([]);
}

/** Every WCAG 2.1 AA and best-practice rule, in the page's current scheme. */
export async function expectNoViolations(page: Page, where: string): Promise<void> {
  expect(await violations(new AxeBuilder({ page }).withTags(WCAG_AA), where)).toEqual([]);
}
