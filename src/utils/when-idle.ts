/**
 * Runs `task` when the browser is idle, or after `timeout` ms if it never is before then; where it
 * cannot tell (Safari), 200 ms later (or after `timeout`, if shorter).
 */
export function whenIdle(task: () => void, timeout?: number) {
  if (window.requestIdleCallback)
    window.requestIdleCallback(task, timeout === undefined ? undefined : { timeout });
  else window.setTimeout(task, Math.min(200, timeout ?? 200));
}
