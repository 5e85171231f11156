/**
 * The voice coach, heard through a recorder: an init script puts a stand-in for speechSynthesis
 * (two voices, utterances that take page time to say) in place of the browser's, so the test reads
 * what would be spoken, with which voice, in what order — and whether two lines ever overlapped.
 * Storage is not stubbed: every setting goes through the app's own screens.
 */
import type { Page } from '@playwright/test';
import { expectNoViolationsLightAndDark } from './axe';
import { expect, test } from './fixtures';
import { PlayerPage } from './pages/player-page';

/** Monday 2 March 2026, 09:00 — time is frozen and only moves when a test moves it. */
const T0 = new Date(2026, 2, 2, 9, 0).getTime();
const SAMPLE = 'Tennis ball on the glutes, left side. Let the ball sink in and breathe out slowly.';

interface Said {
  text: string;
  voice: string | null;
  rate: number;
}
interface Heard {
  said: Said[];
  cancels: number;
  overlaps: string[];
}
declare global {
  interface Window {
    heard: Heard;
  }
}

function installRecorder(): void {
  const heard: Heard = { said: [], cancels: 0, overlaps: [] };
  window.heard = heard;
  const voices = [
    { voiceURI: 'test-local-en', name: 'Test Voice', lang: 'en-GB', localService: true, default: true },
    { voiceURI: 'test-net-en', name: 'Net Voice', lang: 'en-US', localService: false, default: false },
  ];
  class Utterance extends EventTarget {
    voice: { voiceURI: string } | null = null;
    rate = 1;
    lang = '';
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {
      super();
    }
  }
  let current: Utterance | null = null;
  const recorder = Object.assign(new EventTarget(), {
    get speaking() {
      return current !== null;
    },
    getVoices: () => voices,
    speak(u: Utterance) {
      if (current) heard.overlaps.push(`"${u.text}" over "${current.text}"`);
      heard.said.push({ text: u.text, voice: u.voice?.voiceURI ?? null, rate: u.rate });
      current = u;
      // A line takes page time to say: 0.3 s plus 50 ms a character.
      setTimeout(
        () => {
          if (current !== u) return;
          current = null;
          u.onend?.();
        },
        300 + u.text.length * 50,
      );
    },
    cancel() {
      heard.cancels++;
      const u = current;
      current = null;
      u?.onerror?.();
    },
    pause() {},
    resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: recorder, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
}

const heard = (page: Page) => page.evaluate(() => window.heard);
const texts = async (page: Page) => (await heard(page)).said.map((s) => s.text);

test.beforeEach(async ({ page }) => {
  await page.addInitScript(installRecorder);
  await page.clock.install({ time: T0 });
  // A minute's margin: on a loaded machine the page can take seconds to start, and time runs until the pause.
  await page.clock.pauseAt(T0 + 60_000);
  test.slow();
});

// "No knee pain" is tapped at once after "Yes", while the settings query (page time on this frozen clock) still
// says the coach is off: the get-ready line must still be spoken — the tapped answer counts until it is stored.
test('the first session asks once; Yes speaks, then each line in order, one at a time; pause and end silence it', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  const prompt = page.getByRole('region', { name: 'Spoken cues?' });
  await player.screen(); // the knee check and the settings are live queries, which need page time
  await player.settle(prompt);
  expect(await texts(page)).toEqual([]); // nothing is said before the user says yes

  await prompt.getByRole('button', { name: 'Yes' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect.poll(() => texts(page)).toEqual(['How is your knee?']);

  await player.noKneePain.click(); // get ready, 10 s
  await page.clock.runFor(5_000);
  await expect
    .poll(() => texts(page))
    .toEqual(['How is your knee?', 'Get ready. Up next: Ball under the glutes – pin and move, left side.']);
  await page.clock.runFor(2_500); // 2.5 s left
  await expect.poll(async () => (await texts(page)).at(-1)).toBe('3, 2, 1');
  await page.clock.runFor(3_000); // the first side, 45 s
  await expect(player.timer).toHaveText(/^0:4\d$/);
  const leftSide = 'Ball under the glutes – pin and move, left side. Pin the spot, then move the leg.';
  await expect.poll(async () => (await texts(page)).at(-1)).toBe(leftSide);
  await page.clock.runFor(20_000); // 20.5 s of 45
  await page.clock.runFor(3_000); // past the middle
  await expect.poll(async () => (await texts(page)).at(-1)).toBe('Halfway');
  await page.clock.runFor(19_000); // 42.5 s: 2.5 s left
  await expect.poll(async () => (await texts(page)).at(-1)).toBe('3, 2, 1');
  await page.clock.runFor(3_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Switch sides' })).toBeVisible();
  await expect.poll(async () => (await texts(page)).at(-1)).toBe('Switch sides — right leg. Ball to the right glute.');
  await page.clock.runFor(5_000);
  const rightSide = 'Ball under the glutes – pin and move, right side. Pin the spot, then move the leg.';
  await expect.poll(async () => (await texts(page)).at(-1)).toBe(rightSide);

  // Pause stops the voice; Resume says nothing again; ending the session says nothing.
  const before = await heard(page);
  await player.pauseButton.click();
  await expect.poll(async () => (await heard(page)).cancels).toBe(before.cancels + 1);
  await player.resumeButton.click();
  await page.clock.runFor(2_000);
  await page.getByRole('button', { name: 'End session' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /End session/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Session ended/ })).toBeVisible();
  await page.clock.runFor(3_000);

  const end = await heard(page);
  expect(end.said.map((s) => s.text)).toEqual([
    'How is your knee?',
    'Get ready. Up next: Ball under the glutes – pin and move, left side.',
    '3, 2, 1',
    leftSide,
    'Halfway',
    '3, 2, 1',
    'Switch sides — right leg. Ball to the right glute.',
    rightSide,
  ]);
  // (Nothing was being said when the session ended, so there was nothing more to cancel: silence is the list above.)
  expect(end.overlaps).toEqual([]);
  // The device's offline voice, at the normal speed.
  expect(new Set(end.said.map((s) => `${s.voice} ${s.rate}`))).toEqual(new Set(['test-local-en 1']));

  // Asked once: the next session doesn't ask again, and speaks from its first step.
  await player.startFromHome();
  await player.screen(); // the knee check and the settings are read (live queries need page time)
  await expect(page.getByRole('region', { name: 'Spoken cues?' })).toHaveCount(0);
  await expect.poll(async () => (await texts(page)).at(-1)).toBe('How is your knee?');
});

test('the player asking "Spoken cues?" has no axe violations, light and dark', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  const prompt = page.getByRole('region', { name: 'Spoken cues?' });
  await player.settle(prompt);
  // axe times itself with timers: let page time run (the step on screen is a knee check, which waits for the user).
  await page.clock.resume();
  await expectNoViolationsLightAndDark(page, 'player with the voice prompt');
});

test('"Not now" is kept: nothing is said and the player never asks again', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.startFromHome();
  await player.screen();
  await player.settle(page.getByRole('region', { name: 'Spoken cues?' }));
  await page.getByRole('region', { name: 'Spoken cues?' }).getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('region', { name: 'Spoken cues?' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await player.noKneePain.click();
  await page.clock.runFor(12_000);
  await expect(player.timer).toHaveText(/^0:4\d$/);
  await player.reload();
  await expect(player.stepCounter).toBeVisible();
  await expect(page.getByRole('region', { name: 'Spoken cues?' })).toHaveCount(0);
  expect(await texts(page)).toEqual([]);
  await player.goto('/settings');
  // The cue settings are a live query: on the frozen clock they need page time to show.
  await player.settle(page.getByRole('switch', { name: 'Voice coach' }));
  await expect(page.getByRole('switch', { name: 'Voice coach' })).not.toBeChecked();
});

test('Settings with the device’s voices listed has no axe violations, light and dark', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.goto('/settings');
  await player.settle(page.getByRole('combobox', { name: 'Voice' }));
  // axe times itself with timers: on the paused clock it never returns.
  await page.clock.resume();
  await expectNoViolationsLightAndDark(page, 'settings with voices');
});

test('Settings: a sample turns the coach on; the voice and speed chosen are kept and used in a session', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.goto('/settings');
  const coach = page.getByRole('switch', { name: 'Voice coach' });
  await player.settle(coach);
  await expect(coach).not.toBeChecked();
  const voice = page.getByRole('combobox', { name: 'Voice' });
  await expect(voice.getByRole('option')).toHaveText([
    'The device’s default voice',
    'Test Voice (en-GB)',
    'Net Voice (en-US) — needs a connection',
  ]);
  await voice.selectOption({ label: 'Net Voice (en-US) — needs a connection' });
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('1.2');
  await page.getByRole('button', { name: 'Play a sample' }).click();
  await expect.poll(async () => (await heard(page)).said).toEqual([{ text: SAMPLE, voice: 'test-net-en', rate: 1.2 }]);
  await expect(coach).toBeChecked();

  await player.goto('/settings');
  await player.settle(page.getByRole('switch', { name: 'Voice coach' }));
  await expect(page.getByRole('switch', { name: 'Voice coach' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Voice' })).toHaveValue('test-net-en');
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.2');

  await player.startFromHome();
  await player.screen();
  await expect(page.getByRole('region', { name: 'Spoken cues?' })).toHaveCount(0);
  await expect.poll(async () => (await heard(page)).said).toEqual([{ text: 'How is your knee?', voice: 'test-net-en', rate: 1.2 }]);
});

test('Settings switches are styled from the first paint: no small native checkbox first', async ({ page }) => {
  // Read at the moment the first switch enters the page (before the browser can paint it).
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const input = document.querySelector<HTMLInputElement>('input[role="switch"]');
      const row = input?.closest('label');
      if (!input || !row) return;
      observer.disconnect();
      const box = row.getBoundingClientRect();
      const style = getComputedStyle(input);
      document.documentElement.dataset.firstSwitch = JSON.stringify({ opacity: style.opacity, height: box.height, width: box.width });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const player = new PlayerPage(page);
  await player.goto('/settings');
  await player.settle(page.getByRole('switch', { name: 'Sounds' }));
  const first = JSON.parse((await page.locator('html').getAttribute('data-first-switch')) ?? '{}') as Record<string, unknown>;
  expect(first.opacity).toBe('0');
  expect(first.height).toBeGreaterThanOrEqual(44);
  // The whole row is the target, at least 44 px by 44 px, for every switch.
  for (const s of await page.getByRole('switch').all()) {
    const box = await s.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
  }
  // Keyboard: Space flips the focused switch.
  const sounds = page.getByRole('switch', { name: 'Sounds' });
  await sounds.focus();
  await page.keyboard.press('Space');
  await expect(sounds).not.toBeChecked();
});
