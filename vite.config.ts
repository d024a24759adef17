import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Cross-origin isolation lets tfjs-wasm use threads (SharedArrayBuffer). The same headers are sent by
 * the dev server and the preview server; static hosts must send them too (see README).
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react()],
  server: { headers: isolationHeaders, port: 5173 },
  preview: { headers: isolationHeaders, port: 4173 },
  worker: {
    format: 'es',
    // tfjs-wasm starts its threads from the source text of a bundled factory (`fn.toString()`);
    // minifying would leave that text pointing at variables the thread cannot see, so the worker
    // bundle is not minified (it is loaded once, lazily, and cached).
    rolldownOptions: { output: { minify: false } },
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
