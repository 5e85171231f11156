import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

const ids = readdirSync(resolve('content/illustrations'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

test.describe('exercise figures', () => {
  test('every exercise page shows its whole figure above the tab bar when it opens (390 × 844)', async ({ page }) => {
    // 38 page loads on a shared 2-core machine: more than the default minute.
    test.setTimeout(240_000);
    const hidden: string[] = [];
    for (const id of ids) {
      await page.goto(`/exercises/${id}`);
      const figure = page.locator('.exercise-figure svg');
      await expect(figure).toBeVisible();
      const box = await figure.boundingBox();
      const tabBar = await page.locator('.tabbar').boundingBox();
      if (!box || !tabBar) throw new Error(`no figure or tab bar on ${id}`);
      if (box.y + box.height > tabBar.y) hidden.push(`${id}: figure bottom ${Math.round(box.y + box.height)} > tab bar ${tabBar.y}`);
    }
    expect(hidden).toEqual([]);
  });

  test('the moving figure can be paused and played again (WCAG 2.2.2)', async ({ page }) => {
    await page.goto('/exercises/glute-bridge');
    const svg = page.locator('.exercise-figure svg');
    const isPaused = () => svg.evaluate((el) => (el as SVGSVGElement).animationsPaused());
    await expect.poll(isPaused).toBe(false);
    await page.getByRole('button', { name: 'Pause animation' }).click();
    await expect.poll(isPaused).toBe(true);
    // Paused, the pose stays put.
    const at = await svg.evaluate((el) => (el as SVGSVGElement).getCurrentTime());
    await page.getByRole('button', { name: 'Play animation' }).click();
    await expect.poll(isPaused).toBe(false);
    expect(at).toBeGreaterThanOrEqual(0);
  });

  test('library thumbnails are at least 64 px tall', async ({ page }) => {
    await page.goto('/exercises');
    const cards = page.locator('.exercise-card-figure');
    await expect(cards.first()).toBeVisible();
    const heights = await cards.evaluateAll((svgs) =>
      svgs.map((svg) => {
        // The drawn figure's height in a frame of width × height CSS px: the viewBox scaled to fit (meet).
        const drawn = (frame: SVGSVGElement, width: number, height: number) => {
          const vb = frame.viewBox.baseVal;
          return Math.min(height, (width * vb.height) / vb.width);
        };
        const outer = svg as SVGSVGElement;
        const { width, height } = outer.getBoundingClientRect();
        // Two stills (decision 014) side by side are each as tall as the figure; stacked, they share its height.
        const stills = [...outer.querySelectorAll('svg')];
        if (stills.length === 0) return { stacked: false, height: drawn(outer, width, height) };
        const scale = height / outer.viewBox.baseVal.height;
        const each = stills.map((still) => drawn(still, still.width.baseVal.value * scale, still.height.baseVal.value * scale));
        const stacked = new Set(stills.map((still) => still.y.baseVal.value)).size > 1;
        return { stacked, height: stacked ? each.reduce((a, b) => a + b, 0) : Math.min(...each) };
      }),
    );
    expect(heights.length).toBeGreaterThanOrEqual(30);
    expect(Math.min(...heights.filter((h) => !h.stacked).map((h) => h.height))).toBeGreaterThanOrEqual(64);
    // Two stills one above the other: together nearly the frame's 104 px.
    for (const { height } of heights.filter((h) => h.stacked)) expect(height).toBeGreaterThanOrEqual(90);
  });
});

test.describe('exercise figures with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('stand still with no pause control', async ({ page }) => {
    await page.goto('/exercises/glute-bridge');
    await expect(page.locator('.exercise-figure svg')).toBeVisible();
    await expect(page.locator('.exercise-figure svg animate')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /animation/ })).toHaveCount(0);
  });
});
