import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { serviceWorkerPlugin } from './scripts/serviceWorkerPlugin';

/**
 * Cross-origin isolation lets tfjs-wasm use threads (SharedArrayBuffer). The same headers are sent by
 * the dev server and the preview server; static hosts must send them too (see README).
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Content-Security-Policy for the built app (sent by `npm run preview`; static hosts should send the
 * same, see SECURITY.md). Everything comes from our own origin:
 * - 'wasm-unsafe-eval': compiling the tfjs (and onnxruntime) WebAssembly modules;
 * - script-src 'unsafe-eval': tfjs-vis draws with vega, which compiles chart expressions with
 *   `new Function`; it runs on our own chart specs, never on text from the data;
 * - script-src and worker-src blob:: tfjs-wasm starts its threads from a blob: worker that
 *   `importScripts` a blob: copy of the wasm module factory, both made by tfjs in this page;
 * - style-src 'unsafe-inline': tfjs-vis styles its charts with injected <style> elements;
 * - connect-src 'self': the samples and the wasm binaries, nothing else; no data leaves the page.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin()],
  server: { headers: isolationHeaders, port: 5173 },
  preview: { headers: { ...isolationHeaders, 'Content-Security-Policy': contentSecurityPolicy }, port: 4173 },
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
    // Prints the number of fast-check cases after the summary, and fails a whole run below the minimum.
    reporters: ['default', './src/test/fastCheckReporter.ts'],
  },
});
