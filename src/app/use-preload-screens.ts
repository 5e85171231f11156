import { useEffect } from 'react';
import { browserIdle, runWhenIdle } from '@/platform/preload-idle';
import { pageForPath, preloadOrder } from './route-table';
import { pages, type PageKey } from './routes';

/** How long a busy main thread may hold back one idle preload. */
const IDLE_TIMEOUT_MS = 2_000;
/** With no interaction at all, the other screens load after this long anyway. */
const UNTOUCHED_MS = 60_000;
/**
 * A mouse resting on a link (or focus staying on one) this long is an intent to open it. A tap is
 * over sooner: its own navigation loads the screen, so a preload would only add work to the tap.
 */
const INTENT_DWELL_MS = 80;
/** After the first interaction, the queue waits this long, so its first chunk never lands inside that tap. */
const QUEUE_DELAY_MS = 1_000;

/** What counts as the first interaction, which queues the other screens. */
const FIRSTS = ['pointerdown', 'keydown', 'focusin'] as const;
const LISTENER_OPTIONS = { capture: true, passive: true };

/** The lazy screen an in-app link under `target` opens, if any. */
function pageOfTarget(target: EventTarget | null): PageKey | null {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return null;
  return pageForPath(link.pathname);
}

const preload = (key: PageKey) => pages[key].preload().catch(() => undefined);

/**
 * Screens load before they are opened, without standing in the way of a tap. Loading a screen
 * costs a long task (its styles are added and the page's style is recalculated), so it never runs
 * inside a tap: a mouse resting on a link, or focus resting on one, loads that screen after a short
 * dwell, cancelled the moment a press starts; the first interaction queues every other screen, one
 * chunk per idle period, starting a second later — never during start-up, where parsing them would
 * compete with the first screen. A screen opened before its turn loads as it renders (lazyPage), so
 * nothing here is needed for correctness.
 */
export function usePreloadScreens(): void {
  useEffect(() => {
    let stopQueue: (() => void) | null = null;
    let intent: number | undefined;
    let queued: number | undefined;
    let isPressing = false;
    const cancelIntent = () => window.clearTimeout(intent);
    const startQueue = (first: PageKey | null) => {
      stopQueue ??= runWhenIdle(
        preloadOrder(first).map((key) => () => preload(key)),
        browserIdle(IDLE_TIMEOUT_MS),
      );
    };
    const untouched = window.setTimeout(() => startQueue(null), UNTOUCHED_MS);
    const onFirst = (e: Event) => {
      FIRSTS.forEach((name) => window.removeEventListener(name, onFirst, LISTENER_OPTIONS));
      window.clearTimeout(untouched);
      const first = pageOfTarget(e.target);
      queued = window.setTimeout(() => startQueue(first), QUEUE_DELAY_MS);
    };
    const onIntent = (e: Event) => {
      if (isPressing || ('pointerType' in e && e.pointerType !== 'mouse')) return;
      const key = pageOfTarget(e.target);
      cancelIntent();
      if (key) intent = window.setTimeout(() => void preload(key), INTENT_DWELL_MS);
    };
    const onPress = () => {
      isPressing = true;
      cancelIntent();
    };
    const onRelease = () => {
      isPressing = false;
    };
    const listeners: [string, (e: Event) => void][] = [
      ['pointerover', onIntent],
      ['focusin', onIntent],
      ['pointerout', cancelIntent],
      ['focusout', cancelIntent],
      ['pointerdown', onPress],
      ['pointerup', onRelease],
      ['pointercancel', onRelease],
    ];
    listeners.forEach(([name, listener]) => window.addEventListener(name, listener, LISTENER_OPTIONS));
    FIRSTS.forEach((name) => window.addEventListener(name, onFirst, LISTENER_OPTIONS));
    return () => {
      window.clearTimeout(untouched);
      window.clearTimeout(queued);
      cancelIntent();
      stopQueue?.();
      listeners.forEach(([name, listener]) => window.removeEventListener(name, listener, LISTENER_OPTIONS));
      FIRSTS.forEach((name) => window.removeEventListener(name, onFirst, LISTENER_OPTIONS));
    };
  }, []);
}
