/**
 * Runs `task` when the browser is idle: at its first idle period, or after `timeout` ms at the
 * latest; where there is no `requestIdleCallback` (Safari), after `fallbackDelay` ms. Returns a
 * function that cancels the task if it has not run yet.
 */
export function whenIdle(task: () => void, timeout = 1000, fallbackDelay = 50): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(task, fallbackDelay);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(() => task(), {timeout});
  return () => window.cancelIdleCallback(handle);
}
