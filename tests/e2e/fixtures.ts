/**
 * The one `test` every spec imports: it fails any test during which a page logged `console.error`
 * or threw an uncaught error (STYLE.md). A spec that provokes an error on purpose lists it with
 * `test.use({ allowedErrors: [/pattern/] })`, so the allowance is visible where it is needed.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface ErrorGuard {
  allowedErrors: RegExp[];
  failOnErrors: undefined;
}

export const test = base.extend<ErrorGuard>({
  allowedErrors: [[], { option: true }],
  failOnErrors: [
    async ({ context, allowedErrors }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(`console.error on ${page.url()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => errors.push(`page error on ${page.url()}: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(undefined);
      const unexpected = errors.filter((e) => !allowedErrors.some((pattern) => pattern.test(e)));
      expect(unexpected, 'no console.error or page error during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
