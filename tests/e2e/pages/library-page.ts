import { expect, type Page } from '@playwright/test';

/** The exercise library as a user sees it: a search box, filter chips, grouped results. */
export class LibraryPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/exercises');
    await expect(this.heading).toBeVisible();
  }
  get heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Exercise library' });
  }
  get search() {
    return this.page.getByRole('searchbox', { name: 'Search exercises' });
  }
  get resultCount() {
    return this.page.getByRole('status').filter({ hasText: /exercises/ });
  }
  kindChip(name: string) {
    return this.page.getByRole('group', { name: 'Kind of exercise' }).getByRole('button', { name });
  }
  get kneeFriendlyOnly() {
    return this.page.getByRole('checkbox', { name: 'Knee-friendly only' });
  }
  exerciseLink(name: string | RegExp) {
    return this.page.getByRole('link', { name });
  }
  /** Names of the exercise cards shown, in order. */
  async shownNames(): Promise<string[]> {
    return this.page.locator('.exercise-card-name').allTextContents();
  }
}
