import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The figure's viewBox on an exercise page: the part of the 240 × 160 drawing area it shows. */
async function viewBoxOf(page: Page, id: string) {
  await page.goto(`/exercises/${id}`);
  const svg = page.locator('.exercise-figure svg');
  await expect(svg).toBeVisible();
  const [x = 0, y = 0, width = 0, height = 0] = ((await svg.getAttribute('viewBox')) ?? '').split(' ').map(Number);
  return { x, y, width, height };
}

test.describe('figure framing (decision 007)', () => {
  test('a still figure is framed on its key position, a moving one on its whole loop', async ({ page }) => {
    // The sit-back squat's key frame is the bottom of the squat; standing up needs more height.
    const moving = await viewBoxOf(page, 'knees-out-squat');
    await expect(page.locator('.exercise-figure svg animate').first()).toBeAttached();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const still = await viewBoxOf(page, 'knees-out-squat');
    await expect(page.locator('.exercise-figure svg animate')).toHaveCount(0);
    expect(still.height).toBeLessThan(moving.height);
    // The floor stays at the bottom of both frames.
    expect(still.y + still.height).toBeCloseTo(moving.y + moving.height, 0);
  });

  test('the side-lying ball release shows the ball under the body in the library list', async ({ page }) => {
    await page.goto('/exercises');
    const card = page.getByRole('link', { name: /Ball on the outer hip/ });
    await expect(card).toBeVisible();
    const figure = card.locator('.exercise-card-figure');
    // One solid ball: a circle path in the prop colour, drawn inside the thumbnail.
    const balls = await figure
      .locator('path')
      .evaluateAll((paths) => paths.filter((p) => (p as SVGPathElement).style.fill.includes('--figure-prop')).length);
    expect(balls).toBe(1);
    const box = await figure.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(64);
  });
});
