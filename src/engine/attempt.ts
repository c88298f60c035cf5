/** What a computation that may refuse its input gave: its value, or the message it threw. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs a computation that throws readable errors (such as compareRounds) and returns its value or its message. */
export function attempt<T>(run: () => T): Attempt<T> {
  try {
    return { ok: true, value: run() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
