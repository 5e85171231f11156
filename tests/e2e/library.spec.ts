import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';

test.describe('library', () => {
  test('search finds exercises by name, muscle and equipment, instantly', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    const total = (await library.shownNames()).length;
    expect(total).toBeGreaterThanOrEqual(30);

    await library.search.fill('gluteus medius');
    await expect.poll(() => library.shownNames()).toContain('Side-lying leg raise');
    await library.search.fill('foam roller');
    const rollerNames = await library.shownNames();
    expect(rollerNames.length).toBeGreaterThan(0);
    expect(rollerNames.length).toBeLessThan(total);

    await library.search.fill('zzzz');
    await expect(page.getByText(/No exercise matches/)).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(library.search).toHaveValue('');
    await expect.poll(async () => (await library.shownNames()).length).toBe(total);
  });

  test('knee-friendly only hides the stretches that can strain the inner knee', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await expect(library.exerciseLink(/Butterfly/)).toBeVisible();
    await expect(
      page.locator('.exercise-card').filter({ hasText: 'Butterfly' }).getByText('Can strain the inner knee', { exact: true }),
    ).toBeVisible();
    await library.kneeFriendlyOnly.check();
    await expect(library.exerciseLink(/Butterfly/)).toHaveCount(0);
    await expect(page.getByText('Can strain the inner knee', { exact: true })).toHaveCount(0);
    expect(await library.shownNames()).toContain('Tennis ball on the glutes');
  });

  test('filters live in the address: reload keeps them, Back undoes the last one', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.kindChip('Self-check').click();
    await expect(page).toHaveURL(/kind=assess/);
    const assessNames = await library.shownNames();
    expect(assessNames).toContain('Lying leg turn-in check (hip inward rotation)');
    expect(assessNames.length).toBeLessThanOrEqual(6);
    await page.getByRole('combobox', { name: 'Equipment' }).selectOption('chair');
    await expect(page).toHaveURL(/equipment=chair/);
    await page.reload();
    await expect(library.kindChip('Self-check')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('combobox', { name: 'Equipment' })).toHaveValue('chair');
    await page.goBack();
    await expect(page.getByRole('combobox', { name: 'Equipment' })).toHaveValue('');
    await expect(library.kindChip('Self-check')).toHaveAttribute('aria-pressed', 'true');
  });

  test('works from the keyboard alone', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.search.focus();
    await page.keyboard.type('hip flexor');
    await page.keyboard.press('Tab');
    await expect(library.kindChip('All')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(library.kindChip('Release')).toHaveAttribute('aria-pressed', 'true');
    const first = page.locator('.exercise-card').first();
    await first.focus();
    const name = await first.locator('.exercise-card-name').textContent();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: name ?? '' })).toBeVisible();
  });

  test('an exercise page has the dose, steps, cautions, knee note, source and a way to the alternative', async ({ page }) => {
    await page.goto('/exercises/leg-on-table-stretch');
    const warning = page.getByRole('note', { name: 'Knee warning' });
    await expect(warning).toContainText('inner knee');
    await expect(page.getByRole('heading', { name: 'How to do it' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cautions' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Source' })).toBeVisible();
    await expect(page.getByText('Medial Knee Pain')).toBeVisible();
    await warning.getByRole('link').click();
    await expect(page).toHaveURL(/\/exercises\/supine-knee-to-opposite-shoulder$/);
    await expect(page.getByText('Knee-friendly').first()).toBeVisible();
  });

  test('an unknown exercise id says so and links back', async ({ page }) => {
    await page.goto('/exercises/no-such-thing');
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Browse the library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
  });
});

test.describe('illustrations', () => {
  test('move on the exercise page', async ({ page }) => {
    await page.goto('/exercises/glute-bridge');
    await expect(page.locator('.exercise-figure svg animate').first()).toBeAttached();
  });
  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });
    test('stand still', async ({ page }) => {
      await page.goto('/exercises/glute-bridge');
      await expect(page.locator('.exercise-figure svg')).toBeVisible();
      await expect(page.locator('.exercise-figure svg animate')).toHaveCount(0);
    });
  });
});

test.describe('routines', () => {
  test('a routine page lists each exercise with its dose, sides and the total time', async ({ page }) => {
    await page.goto('/routines');
    await page.getByRole('link', { name: /Daily hip release/i }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Daily hip release/i })).toBeVisible();
    await expect(page.getByText(/^About \d+ min$/)).toBeVisible();
    await expect(page.getByText('(left, then right)').first()).toBeVisible();
    await expect(page.getByText('Then: how is your knee?').first()).toBeVisible();
    const steps = page.locator('.routine-step');
    expect(await steps.count()).toBeGreaterThanOrEqual(4);
    await steps.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/exercises\//);
  });
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('follows the system colour scheme', async ({ page }) => {
    await page.goto('/exercises');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(16, 20, 18)');
  });
});
