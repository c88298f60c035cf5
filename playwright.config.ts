import { defineConfig } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_FLAGS } from './tooling/chromium.ts';

// E2E_PORT lets a second run (say, a clean clone) test beside a running one.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}/`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROME_PATH, args: [...CHROMIUM_FLAGS] },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
