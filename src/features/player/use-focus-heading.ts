import { useEffect, type RefObject } from 'react';

/**
 * Move focus to the first heading in `container` whenever `key` changes (a new step, the finish
 * screen), so a keyboard or screen-reader user is never left on the page body or on a button that
 * just went away. The heading may come a moment later (a knee check waits for the profile), so it
 * is watched for. Not while a dialog is open: the dialog owns focus then.
 */
export function useFocusHeading(container: RefObject<HTMLElement | null>, key: string): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const tryFocus = (): boolean => {
      if (document.querySelector('dialog[open]')) return true;
      const heading = root.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (tryFocus()) return;
    const observer = new MutationObserver(() => {
      if (tryFocus()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [container, key]);
}

/** True when a key press belongs to the focused control (a button, link or field), not to the player. */
export function isOnControl(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('button, a[href], input, select, textarea, summary, dialog, [role="button"], [contenteditable="true"]') !== null
  );
}
