import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { contentSecurityPolicy, policyInMeta } from '../../src/app/build/csp';
import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';
import { ROUTES, waitForServiceWorkerControl } from './support';

type Recorded = Window & { cspViolations?: string[] };
const built = () => readFileSync(resolve('dist/index.html'), 'utf8');

/** Record every CSP violation on window, from before the first byte of each document. */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as Recorded).cspViolations = seen;
    window.addEventListener(
      'securitypolicyviolation',
      (e) => seen.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} ${e.sample}`.trim()),
      true,
    );
  });
});

/** The violations this document has seen so far (each navigation starts a new list). */
const violationsOf = (page: Page) => page.evaluate(() => (window as Recorded).cspViolations ?? ['the recorder did not run']);

test('no route breaks the policy', async ({ page }) => {
  // Visits every route (or walks a session): a ceiling for a loaded machine, not a wait.
  test.slow();
  const found: string[] = [];
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    await page.waitForLoadState('load');
    found.push(...(await violationsOf(page)).map((v) => `${route.path}: ${v}`));
  }
  expect(found).toEqual([]);
});

test('a short session, a knee check and the history it leaves break no policy', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  await player.noKneePain.click(); // baseline check
  await expect(player.stepCounter).toHaveText(/^Step 2 of/);
  for (const next of [3, 4, 5, 6]) {
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await expect(player.stepCounter).toHaveText(new RegExp(`^Step ${next} of`));
  }
  await page.getByRole('button', { name: /^left knee 2,/ }).click();
  await page.getByRole('button', { name: /^right knee 0,/ }).click();
  await expect(page.getByText('Saved', { exact: true })).toHaveCount(2);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(player.stepCounter).toHaveText(/^Step 7 of/);
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session ended' })).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);

  // The logged session and check now fill History's lists and charts.
  await page.goto('/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Daily hip release');
  expect(await violationsOf(page)).toEqual([]);
});

test('the built HTML carries the policy, and npm start sends it as headers with frame-ancestors', async ({ page }) => {
  const html = built();
  expect(policyInMeta(html)).toBe(contentSecurityPolicy(html, 'meta'));
  expect(html).toContain('<meta name="referrer" content="no-referrer" />');
  for (const path of ['/', '/exercises/tennis-ball-glutes', '/sw.js']) {
    const response = await page.request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe(contentSecurityPolicy(html, 'header'));
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(response.headers()['referrer-policy'], path).toBe('no-referrer');
  }
});

test('offline, the HTML the service worker serves still carries the policy', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.goto('/routines');
  await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(contentSecurityPolicy(built(), 'meta'));
  expect(await violationsOf(page)).toEqual([]);
});

test.describe('the recorder and the policy work', () => {
  test.use({ allowedErrors: [/Content Security Policy/] });

  test('an injected inline script is refused and recorded', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1, name: 'About & safety' })).toBeVisible();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.head.append(script);
      return (window as Window & { injectedRan?: boolean }).injectedRan === true;
    });
    expect(ran).toBe(false);
    // Twice: the header's policy and the meta's are each enforced, and each reports.
    const refused = expect.stringMatching(/^script-src-elem refused inline/);
    await expect.poll(() => violationsOf(page)).toEqual([refused, refused]);
  });
});
