import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/browser';

/**
 * `npm run soak`: repeated training cycles in the built app, checking that memory and workers stay
 * flat (soak.spec.ts). Kept apart from e2e/ so that `playwright test` does not run it twice; the
 * `npm test` chain runs it once after the end-to-end tests, against the same build.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 150_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}`, launchOptions: chromiumLaunchOptions() },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    // Commands run in the config's folder by default; the app is built and served from the repository root.
    cwd: '..',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
