import { useEffect } from 'react';

/**
 * While `isActive`: the browser asks before a reload or closing the tab, and a click on an in-app
 * link is handed to `onLink(path)` instead of navigating (the caller asks, then navigates).
 * A data router's useBlocker would do the second, but would put react-router's data-router code
 * into home's first bundle; this covers links and the tab bar. Back is not held: the draft is kept anyway.
 */
export function useLeaveGuard(isActive: boolean, onLink: (path: string) => void): void {
  useEffect(() => {
    if (!isActive) return;
    const beforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const click = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!(a instanceof HTMLAnchorElement) || a.target === '_blank' || a.origin !== window.location.origin) return;
      const path = a.pathname + a.search + a.hash;
      if (path === window.location.pathname + window.location.search) return;
      e.preventDefault();
      e.stopPropagation();
      onLink(path);
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [isActive, onLink]);
}
