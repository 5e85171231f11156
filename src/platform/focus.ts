import { useEffect, useRef, type RefObject } from 'react';

/**
 * Focus `el` for a keyboard or screen-reader user who just lost their place (the control they pressed
 * went away or was disabled). Non-focusable targets (a heading, a result line) get tabindex -1 so they
 * take focus without entering the tab order.
 */
export function focusTarget(el: HTMLElement | null | undefined): boolean {
  if (!el) return false;
  if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
  el.focus();
  return document.activeElement === el;
}

/** True when focus is nowhere useful: on the body, on an element that left the page, or on one just disabled. */
export function isFocusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected || active.matches(':disabled');
}

/**
 * Move focus to the first `selector` match in `container` whenever `key` changes (a new step, a new
 * page), so focus never drops to the body. The heading may come a moment later (a lazy page, a live
 * query), so it is watched for. While a dialog is open the dialog owns focus: wait for it to close.
 * `skipFirst` leaves the first render alone (a page load keeps the browser's own start). If the
 * user moves focus themselves before the heading comes, it is left where they put it.
 */
export function useFocusOnChange(container: RefObject<HTMLElement | null>, key: string, selector = 'h1', skipFirst = false): void {
  const firstKey = useRef<string | null>(skipFirst ? key : null);
  useEffect(() => {
    const root = container.current;
    if (!root || key === firstKey.current) return;
    firstKey.current = null;
    // If the user moves on before the heading comes (tabs, clicks), their choice wins.
    const before = document.activeElement;
    const hasMovedOn = () => document.activeElement !== before && document.activeElement !== root && !isFocusLost();
    const tryFocus = (): boolean => {
      if (document.querySelector('dialog[open]')) return false;
      if (hasMovedOn()) return true;
      return focusTarget(root.querySelector<HTMLElement>(selector));
    };
    if (tryFocus()) return;
    // Meanwhile (a lazy page still loading) a focusable container holds focus, so it is not on the body.
    if (root.hasAttribute('tabindex') && isFocusLost()) root.focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      if (tryFocus()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
    // A dialog closing changes no node inside `root` when it lives elsewhere: listen for its close too.
    const onClose = () => tryFocus() && observer.disconnect();
    document.addEventListener('close', onClose, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('close', onClose, true);
    };
  }, [container, key, selector, skipFirst]);
}
