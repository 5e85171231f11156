import type { Locator } from '@playwright/test';
import { THUMBNAIL } from '../../src/ui/figure/thumbnail-frame';
import { expect, test } from './fixtures';

/** Limb paints are stroked in ink, the highlight or the muted far colour (body-shapes, decision 005). */
const LIMB_STROKES = ['--figure-ink', '--figure-work', '--figure-muted'];

/**
 * Every limb stroke's width on screen, in CSS px: its stroke width times the scale its drawing is shown at
 * (the viewBox's, or a still's own inside a two-still thumbnail).
 */
function limbWidthsOf(figure: Locator) {
  return figure.evaluate((svg, strokes) => {
    return (
      [...svg.querySelectorAll('path')]
        // Unfilled strokes in the body's colours; the tennis ball's seam (ink, 1.2 units) is a prop's line, not a limb.
        .filter((p) => strokes.some((s) => p.style.stroke.includes(s)) && !p.style.fill && Number.parseFloat(p.style.strokeWidth) > 2)
        .map((p) => Number.parseFloat(p.style.strokeWidth) * Math.abs(p.getScreenCTM()?.a ?? 0))
    );
  }, LIMB_STROKES);
}

test.describe('library thumbnails (decision 010)', () => {
  test('every thumbnail is drawn at the size its camera frames for, with limbs at least 3 px wide', async ({ page }) => {
    await page.goto('/exercises');
    const figures = page.locator('.exercise-card-figure');
    await expect(figures.first()).toBeVisible();
    const sizes = await figures.evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBeGreaterThanOrEqual(30);
    expect(new Set(sizes.map(([w, h]) => `${w}×${h}`))).toEqual(new Set([`${THUMBNAIL.width}×${THUMBNAIL.height}`]));
    const thinnest: number[] = [];
    for (const figure of await figures.all()) thinnest.push(Math.min(...(await limbWidthsOf(figure))));
    expect(Math.min(...thinnest)).toBeGreaterThanOrEqual(3);
  });

  test('the lying rotation checks and the exercise show the whole body lying on the back; the checks keep big protractors at the feet', async ({
    page,
  }) => {
    await page.goto('/exercises');
    const figureOf = (name: RegExp) => page.getByRole('link', { name }).locator('.exercise-card-figure');
    for (const check of [/^Lying leg turn/, /^Lying turn-out check/]) {
      const figure = figureOf(check);
      await expect(figure).toBeVisible();
      // The protractors: the thin (2-unit) strokes in the prop colour, 17 units in radius, as drawn in the list: at
      // least 20 CSS px tall (21 on the merged build), so their ticks read at list size.
      const heights = await figure.evaluate((svg) =>
        [...svg.querySelectorAll('path')]
          .filter((p) => p.style.stroke.includes('--figure-prop') && Number.parseFloat(p.style.strokeWidth) === 2)
          .map((p) => p.getBoundingClientRect().height),
      );
      expect(heights).toHaveLength(2);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(20);
    }
    // Every camera takes in the head (the head disc, ink fill), so each reads as someone lying on their back.
    for (const name of [/^Lying leg turn/, /^Lying turn-out check/, /^Straight-leg lying turns/]) {
      const figure = figureOf(name);
      await expect(figure).toBeVisible();
      const headInside = await figure.evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        const head = [...svg.querySelectorAll('path')].find((p) => p.style.fill.includes('--figure-ink') && !p.style.stroke);
        const r = head?.getBoundingClientRect();
        return !!r && r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
      });
      expect(headInside, String(name)).toBe(true);
    }
  });
});
