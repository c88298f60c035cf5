/** What a computation whose inputs are checked first gave: its value, the problem found, or `unexpected`. */
export type Attempt<T, P> = { ok: true; value: T } | { ok: false; error: P | { code: 'unexpected' } };

/**
 * Runs a computation once its inputs have passed their check (`problem` is what the check found,
 * null when none): its value, else that problem. Should it throw all the same, that is
 * `unexpected`, never the thrown text, which is a developer's and not the reader's.
 */
export function attempt<T, P>(problem: P | null, run: () => T): Attempt<T, P> {
  if (problem !== null) return { ok: false, error: problem };
  try {
    return { ok: true, value: run() };
  } catch {
    return { ok: false, error: { code: 'unexpected' } };
  }
}
