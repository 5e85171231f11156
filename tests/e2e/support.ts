import { expect, type Page } from '@playwright/test';

/** Wait until the service worker is active and controls this page (first visit, clientsClaim). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
}

export const ROUTES = [
  { path: '/', heading: 'Hip mobility that spares the knee' },
  { path: '/exercises', heading: 'Exercise library' },
  { path: '/exercises/tennis-ball-glutes', heading: 'Tennis ball on the glutes' },
  { path: '/exercises/butterfly-stretch', heading: /butterfly/i },
  { path: '/exercises/side-lying-leg-raise', heading: /side-lying leg raise/i },
  { path: '/routines', heading: 'Routines' },
  { path: '/routines/daily-hip-release', heading: /daily hip release/i },
  { path: '/routines/glute-strength-knee-alignment', heading: /hip strength for knee control/i },
  { path: '/about', heading: 'About & safety' },
  { path: '/history', heading: 'History' },
  { path: '/report', heading: /report/i },
  { path: '/check', heading: 'How is your knee right now?' },
  { path: '/welcome', heading: 'Welcome to Kneewise' },
  { path: '/settings', heading: 'Settings' },
  { path: '/data', heading: /data/i },
  { path: '/session', heading: 'No session in progress' },
  { path: '/routines/new', heading: 'New routine' },
  { path: '/routines/daily-hip-release/share', heading: /^Share daily hip release/i },
  { path: '/share', heading: 'This link can’t be opened' },
  { path: '/schedule', heading: 'Schedule' },
  { path: '/programme', heading: 'Steady knees: 8 weeks' },
  { path: '/checks/lying-leg-turn', heading: /^Lying leg turn/ },
  { path: '/progress', heading: 'Your progress' },
  { path: '/no-such-page', heading: 'Page not found' },
] as const;
