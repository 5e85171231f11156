import { useEffect } from 'react';
import { browserIdle, runWhenIdle } from '@/platform/preload-idle';
import { pageForPath, preloadOrder } from './route-table';
import { pages, type PageKey } from './routes';

/** How long a busy main thread may hold back one idle preload. */
const IDLE_TIMEOUT_MS = 2_000;
/** With no interaction at all, the other screens load after this long anyway. */
const UNTOUCHED_MS = 60_000;

/** The lazy screen an in-app link under `target` opens, if any. */
function pageOfTarget(target: EventTarget | null): PageKey | null {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return null;
  return pageForPath(link.pathname);
}

const preload = (key: PageKey) => pages[key].preload().catch(() => undefined);

/**
 * Screens load before they are opened, without standing in the way of a tap: a pointer over, a
 * press on or focus on a link loads its screen at once; the first interaction then queues every
 * other screen, one chunk per idle period — never all at once in the tapped frame, and never during
 * start-up, where parsing them would compete with the first screen. A screen opened before its turn
 * loads as it renders (lazyPage), so nothing here is needed for correctness.
 */
export function usePreloadScreens(): void {
  useEffect(() => {
    let stopQueue: (() => void) | null = null;
    const startQueue = (first: PageKey | null) => {
      stopFirst();
      stopQueue ??= runWhenIdle(
        preloadOrder(first).map((key) => () => preload(key)),
        browserIdle(IDLE_TIMEOUT_MS),
      );
    };
    const onIntent = (e: Event) => {
      const key = pageOfTarget(e.target);
      if (key) void preload(key);
    };
    const onFirst = (e: Event) => startQueue(pageOfTarget(e.target));
    const timer = window.setTimeout(() => startQueue(null), UNTOUCHED_MS);
    const intents = ['pointerover', 'pointerdown', 'focusin'] as const;
    const firsts = ['pointerdown', 'keydown', 'focusin'] as const;
    const options = { capture: true, passive: true };
    const stopFirst = () => {
      window.clearTimeout(timer);
      firsts.forEach((e) => window.removeEventListener(e, onFirst, options));
    };
    intents.forEach((e) => window.addEventListener(e, onIntent, options));
    firsts.forEach((e) => window.addEventListener(e, onFirst, options));
    return () => {
      stopFirst();
      stopQueue?.();
      intents.forEach((e) => window.removeEventListener(e, onIntent, options));
    };
  }, []);
}
