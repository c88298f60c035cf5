/** Runs `task` when the browser is idle; where it cannot tell (Safari), 200 ms later. */
export function whenIdle(task: () => void) {
  if (window.requestIdleCallback) window.requestIdleCallback(task);
  else window.setTimeout(task, 200);
}
