// The screens the build writes into index.html (tooling/vite/prerender.ts), seen before any of the
// app's code has loaded: the start screen, and the two profile forms its links lead to. The small
// script written after the start screen (tooling/vite/prerender-entry.tsx) holds the forms and
// shows one at once when its link is followed, and keeps what is typed and whether the form was
// sent. When the app's code starts, it takes over (hydrates) the screen shown then.

/** The addresses of the screens written beside the start screen. */
export const WRITTEN_SCREENS = ['#/neu', '#/kurzcheck'] as const;

/** The event the app sends the written screens' script when its code starts. */
export const STARTED_EVENT = 'digitalkompass-started';

/** What the written screens' script answers when the app's code starts. */
export interface BeforeStart {
  /** The address of the written screen shown now ('' for the start screen). */
  screen: string;
  /** How often the language switch was clicked. */
  languageClicks: number;
  /** The profile form was sent (and nothing typed since). */
  submitted: boolean;
}

let written = '';
let submitted = false;

/** The address of the screen in the page as written: what React's server snapshot of the hash is. */
export function writtenHash(): string {
  return written;
}

/** Renders (at build time) the screen an address shows, as the written page shows it. */
export function writeScreen<T>(hash: string, render: () => T): T {
  written = hash;
  try {
    return render();
  } finally {
    written = '';
  }
}

/** The addresses of the start screen ('', '#', '#/'); the written script tests the same pattern. */
export const START_HASH = /^#?\/?$/;
const atStart = (hash: string) => START_HASH.test(hash);

/**
 * Asks the written screens' script what happened before the app's code ran, and stops it; called
 * right before React listens, so that no click falls between the two. `hydrate` says whether the
 * screen shown is the one the address asks for: React then takes it over element by element, else
 * it draws the address's screen in its place.
 */
export function takeOverWrittenScreen(): { hydrate: boolean; languageClicks: number } {
  const ask = new CustomEvent<BeforeStart>(STARTED_EVENT, {
    detail: { screen: '', languageClicks: 0, submitted: false },
  });
  document.dispatchEvent(ask);
  const { screen, languageClicks } = ask.detail;
  const hash = window.location.hash;
  const hydrate = screen === '' ? atStart(hash) : screen === hash;
  written = hydrate ? screen : '';
  submitted = hydrate && ask.detail.submitted;
  return { hydrate, languageClicks };
}

/** Whether the written profile form was sent before the app's code ran; says so once. */
export function takeSubmitBeforeStart(): boolean {
  const was = submitted;
  submitted = false;
  return was;
}
