import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/browser';

/**
 * End-to-end tests run the built app (`vite preview`, with the cross-origin isolation headers) in a real
 * Chromium through the real worker. `npm run test:e2e` builds first.
 */
// Parallel work on one machine can use its own port and build folder: E2E_PORT=4180 E2E_DIST=dist-mine.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  // Timing checks (main-thread long tasks) share two cores with the browser's own work; on CI a
  // failing test runs once more, so a real regression fails twice while a scheduling hiccup does not.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    acceptDownloads: true,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
