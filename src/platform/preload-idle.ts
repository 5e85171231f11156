/**
 * Background work that must never stand between a tap and its paint: one task per idle period of
 * the main thread, the next asked for only once the last one's promise has settled (a dynamic
 * import's parse and evaluation come after its promise is made, not inside the idle callback).
 */

/** Asks for `run` at the next idle moment; returns a cancel. */
export type IdleScheduler = (run: () => void) => () => void;

/**
 * requestIdleCallback with a deadline (a busy page still gets its turn), or a plain timer where the
 * browser has none (Safari before 18.x).
 */
export function browserIdle(timeoutMs: number): IdleScheduler {
  return (run) => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(run, { timeout: timeoutMs });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(run, Math.min(timeoutMs, 200));
    return () => window.clearTimeout(id);
  };
}

/**
 * Runs `tasks` in order, one per idle period. A failed task (a chunk that can't load offline) is
 * skipped: the screen it was for loads, or says it can't, when it is opened. Returns a stop.
 */
export function runWhenIdle(tasks: readonly (() => Promise<unknown>)[], idle: IdleScheduler): () => void {
  let next = 0;
  let isStopped = false;
  let cancel: () => void = () => undefined;
  const step = () => {
    if (isStopped || next >= tasks.length) return;
    cancel = idle(() => {
      const task = tasks[next++];
      if (isStopped || !task) return;
      task().then(step, step);
    });
  };
  step();
  return () => {
    isStopped = true;
    cancel();
  };
}
