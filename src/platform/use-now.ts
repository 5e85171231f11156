import { useEffect, useState } from 'react';

/**
 * Re-render every `intervalMs` with the current time. Only asks React to repaint: the session's
 * truth comes from timestamps, so a throttled or hidden tab can be late to paint but never drifts.
 */
export function useNow(intervalMs: number, isActive = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isActive) return;
    const tick = () => setNow(Date.now());
    const first = window.setTimeout(tick, 0);
    const id = window.setInterval(tick, intervalMs);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(id);
    };
  }, [intervalMs, isActive]);
  return now;
}
