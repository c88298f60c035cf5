// The one place that says which Chromium the e2e tests and the benchmark start, and how.

/** Debian's Chromium (apt-get install -y chromium) unless CHROME_PATH names another; Playwright never downloads one. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Launch flags for a quiet, headless Chromium in a container: no sandbox (it needs user namespaces
 * a container seldom has), no GPU, and none of the background traffic (QUIC, updates, sync,
 * first-run pages) that would add requests and work the tests and measurements do not expect.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
