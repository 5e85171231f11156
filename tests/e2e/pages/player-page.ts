import { expect, type Locator, type Page } from '@playwright/test';

export type Screen =
  | { kind: 'check'; title: string }
  | { kind: 'reps'; name: string; side: string }
  | { kind: 'timed'; name: string; side: string; remainingS: number }
  | { kind: 'finish'; title: string };

/** The session player as a user sees it, driven with Playwright's fake clock. */
export class PlayerPage {
  constructor(readonly page: Page) {}

  get stepCounter() {
    return this.page.getByText(/^Step \d+ of \d+$/);
  }
  get timer() {
    return this.page.getByRole('timer', { name: 'Time left' });
  }
  get noKneePain() {
    return this.page.getByRole('button', { name: 'No knee pain' });
  }
  get pauseButton() {
    return this.page.getByRole('button', { name: 'Pause', exact: true });
  }
  get resumeButton() {
    return this.page.getByRole('button', { name: 'Resume', exact: true });
  }

  async stepNumber(): Promise<number> {
    const text = (await this.stepCounter.textContent()) ?? '';
    return Number(/Step (\d+)/.exec(text)?.[1]);
  }
  /** The step number shown right now, without waiting (null once the finish screen is up). */
  async stepNumberNow(): Promise<number | null> {
    const [text] = await this.stepCounter.allTextContents();
    return text === undefined ? null : Number(/Step (\d+)/.exec(text)?.[1]);
  }
  async remainingSeconds(): Promise<number> {
    const [m, s] = ((await this.timer.textContent()) ?? '0:00').split(':').map(Number);
    return (m ?? 0) * 60 + (s ?? 0);
  }

  /**
   * Wait for `locator` with time frozen (`page.clock.pauseAt`). A route that loads its code keeps
   * React's Suspense fallback up for 300 ms of page time, so if it doesn't show on its own, time
   * is let run in 100 ms steps until it does. Only used while nothing times the session (loading a
   * page, a reopened session that restores from its log).
   */
  /** Waits for `locator`, running frozen page time only if it must; returns the milliseconds it ran. */
  async settle(locator: Locator): Promise<number> {
    try {
      await expect(locator.first()).toBeVisible({ timeout: 300 });
      return 0;
    } catch {
      // Frozen time is holding a Suspense boundary or a live query: let it run, a little at a time.
    }
    let ranMs = 0;
    for (; ranMs < 10_000 && !(await locator.first().isVisible()); ranMs += 100) await this.page.clock.runFor(100);
    await expect(locator.first()).toBeVisible();
    return ranMs;
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.settle(this.page.getByRole('heading', { level: 1 }));
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.settle(this.stepCounter.or(this.page.locator('.finish')));
  }

  /** Starts today's routine from home with one tap. */
  async startFromHome(): Promise<void> {
    await this.goto('/');
    await this.page.getByRole('link', { name: 'Start', exact: true }).click();
    await this.settle(this.stepCounter);
    await expect(this.stepCounter).toHaveText(/^Step 1 of \d+$/);
  }

  async screen(): Promise<Screen> {
    return (await this.snapshot()).screen;
  }

  /**
   * What the screen shows — its step number, kind, title, side and time left — read in one go: with
   * the page's time running, separate reads could see two different steps (a 5 s switch ending in between).
   */
  async snapshot(): Promise<{ step: number | null; screen: Screen }> {
    const done = this.page.getByRole('button', { name: 'Done', exact: true });
    // A pain check shows its buttons once the knee profile is read (a live query, which needs page time).
    await this.settle(this.page.locator('.finish').or(this.noKneePain).or(done).or(this.timer));
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    return this.page.evaluate(() => {
      const text = (selector: string) => document.querySelector(selector)?.textContent.trim() ?? null;
      const step = /Step (\d+) of \d+/.exec(text('.player-count') ?? '')?.[1];
      const title = text('h1') ?? '';
      const buttons = [...document.querySelectorAll('button')].map((b) => b.textContent.trim());
      const [m = 0, s = 0] = (text('[role="timer"]') ?? '0:00').split(':').map(Number);
      const side = text('.side-badge') ?? 'both';
      const screen: Screen = document.querySelector('.finish')
        ? { kind: 'finish', title }
        : buttons.includes('No knee pain')
          ? { kind: 'check', title }
          : buttons.includes('Done')
            ? { kind: 'reps', name: title, side }
            : { kind: 'timed', name: title, side, remainingS: m * 60 + s };
      return { step: step === undefined ? null : Number(step), screen };
    });
  }

  /**
   * Do what the step on screen asks (no pain / Done / let the time run out) and wait for the next
   * step. If time running on has already moved past it, there is nothing left to do. With `from`, only
   * step `from` is acted on: a step the caller has not read yet (time ran the last one out) is left alone.
   */
  async advance(from?: number | null): Promise<Screen> {
    const { step, screen } = await this.snapshot();
    if (screen.kind === 'finish') return screen;
    if (from !== undefined && step !== from) return screen;
    if ((await this.stepNumberNow()) !== step) return screen;
    if (screen.kind === 'check') await this.noKneePain.click();
    else if (screen.kind === 'reps') await this.page.getByRole('button', { name: 'Done', exact: true }).click();
    else await this.page.clock.fastForward(screen.remainingS * 1000 + 250);
    await expect.poll(async () => (await this.page.locator('.finish').count()) > 0 || (await this.stepNumberNow()) !== step).toBe(true);
    return screen;
  }
}
