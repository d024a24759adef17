import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/browser';

/**
 * The benchmark's browser half (`npm run bench` runs it): the built app served with cross-origin
 * isolation by `vite preview`, driven in headless Chromium like the end-to-end tests.
 */
const port = Number(process.env.BENCH_PORT ?? 4191);
const outDir = process.env.BENCH_DIST ?? 'dist-bench';

export default defineConfig({
  testDir: '.',
  testMatch: 'training.bench.ts',
  timeout: 1_800_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}`, launchOptions: chromiumLaunchOptions() },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    // Commands run in the config's folder by default; the app is built and served from the repository root.
    cwd: '..',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
