// The progress view with 3 years of self-checks and weekly outcome ratings (DESIGN §5: ≤ 300 ms).
import { chromium } from '@playwright/test';
import { launchOptions } from '../scripts/browser.mjs';
import { putRows } from './idb-put.mjs';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (n) => String(n).padStart(2, '0');
const dayOf = (t) => {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/**
 * The bench data set's progress part: every self-check every 2 weeks for 3 years (more often than
 * the 2–4 weeks advised, to err heavy), 3 outcome activities rated every week. Deterministic.
 */
export function makeProgress(endAt, years = 3) {
  const start = endAt - years * 365 * DAY;
  const assessments = [];
  const ratings = [];
  const activities = ['Climbing stairs', 'Squatting', 'Kneeling'].map((name, i) => ({
    id: `act-${i}`,
    name,
    addedAt: start,
    retiredAt: null,
  }));
  let n = 0;
  for (let t = start; t <= endAt; t += 2 * WEEK, n++) {
    const base = { sessionId: null, note: '' };
    const angle = (side) => ({ degrees: Math.min(45, 20 + ((n * (side === 'left' ? 3 : 2)) % 15)), method: 'picker' });
    assessments.push(
      {
        ...base,
        id: `turn-${n}`,
        at: t,
        exerciseId: 'lying-leg-turn',
        kind: 'leg-turn',
        result: { direction: 'in', left: angle('left'), right: angle('right') },
      },
      {
        ...base,
        id: `out-${n}`,
        at: t + 60_000,
        exerciseId: 'lying-turn-out-check',
        kind: 'leg-turn',
        result: { direction: 'out', left: angle('right'), right: angle('left') },
      },
      {
        ...base,
        id: `stance-${n}`,
        at: t + 120_000,
        exerciseId: 'single-leg-stance-check',
        kind: 'single-leg-stance',
        result: { left: { seconds: 10 + (n % 21), hipDrop: n % 3 === 0 ? 'a-little' : 'no' }, right: { seconds: 30, hipDrop: 'no' } },
      },
      {
        ...base,
        id: `sit-${n}`,
        at: t + 180_000,
        exerciseId: 'sit-to-stand-check',
        kind: 'knees-cave',
        result: { cave: n % 4 === 0 ? 'left' : 'no', felt: ['glutes'] },
      },
      {
        ...base,
        id: `squat-${n}`,
        at: t + 240_000,
        exerciseId: 'squat-check',
        kind: 'knees-cave',
        result: { cave: 'no', felt: ['front-thigh'] },
      },
    );
  }
  for (let t = start, w = 0; t <= endAt; t += WEEK, w++) {
    const weekOf = dayOf(t);
    ratings.push({
      id: `week:${weekOf}`,
      at: t,
      weekOf,
      ratings: activities.map((a, i) => ({ activityId: a.id, score: Math.min(10, 2 + ((w + i) % 9)) })),
    });
  }
  return { assessments, outcomeActivities: activities, outcomeRatings: ratings };
}

const inject = (page, data) =>
  putRows(page, { assessments: data.assessments, outcomeActivities: data.outcomeActivities, outcomeRatings: data.outcomeRatings });

/**
 * Resolves with the page's clock once every check's table, the charts and the outcome table are on
 * screen; `tap` (a selector) is clicked first, and the time is counted from the click.
 */
function timeUntilComplete(page, tap = null) {
  return page.evaluate(
    (tap) =>
      new Promise((resolve) => {
        const isDone = () =>
          document.querySelectorAll('.progress-check').length >= 5 &&
          document.querySelectorAll('.side-chart .uplot canvas').length >= 3 &&
          document.querySelector('.outcome-section table');
        const t0 = tap ? performance.now() : 0;
        const finish = () => resolve(Math.round(performance.now() - t0));
        new MutationObserver((_, observer) => {
          if (isDone()) {
            observer.disconnect();
            finish();
          }
        }).observe(document.body, { subtree: true, childList: true });
        if (tap) document.querySelector(tap).click();
        else if (isDone()) finish();
      }),
    tap,
  );
}

/** A deep link or reload: navigation start → the completed view (the app starts first). */
async function timeProgressLoad(page, url) {
  await page.goto(`${url}/progress`);
  return timeUntilComplete(page);
}

/** As a person gets there, like History's figure: from History, tap "Your progress" → the completed view. */
async function timeProgressTap(page, url) {
  await page.goto(`${url}/history`);
  await page.getByRole('link', { name: 'Your progress' }).waitFor();
  // Screens preload on the first interaction (src/app/router.tsx), as after a user's first tap.
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('progress-page')), null, {
    timeout: 10_000,
  });
  await page.waitForTimeout(500);
  return timeUntilComplete(page, 'a[href="/progress"]');
}

export async function progressAtScale(url) {
  const data = makeProgress(Date.now() - DAY);
  const browser = await chromium.launch(launchOptions());
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${url}/session`);
  await page.getByRole('heading', { name: 'No session in progress' }).waitFor();
  await inject(page, data);
  // A first run warms the service worker cache; each figure is the median of the next 3.
  await timeProgressLoad(page, url);
  const taps = [];
  const loads = [];
  for (let i = 0; i < 3; i++) taps.push(await timeProgressTap(page, url));
  for (let i = 0; i < 3; i++) loads.push(await timeProgressLoad(page, url));
  await browser.close();
  return {
    assessments: data.assessments.length,
    ratings: data.outcomeRatings.length,
    tapMedianMs: median(taps),
    loadMedianMs: median(loads),
  };
}
