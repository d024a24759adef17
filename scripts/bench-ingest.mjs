#!/usr/bin/env node
/**
 * Ingest throughput, as a person meets it: a generated CSV of 1,000,000 rows × 12 columns (about 64 MB)
 * is chosen in the app's file input (the built app, in Chromium), and the clock runs from the input's
 * change event to the moment the page shows the table's row count: reading in the worker, type
 * inference and the column profiles included. Writes bench/ingest.json and bench/ingest.md (a section
 * for bench/report.md); scripts/bench.mjs can call `runIngestBench` and `ingestSection` instead.
 *
 *   node scripts/bench-ingest.mjs [--rows=1000000] [--runs=3] [--port=4189] [--dist=dist-ingest]
 *
 * Reference: pandas.read_csv reads about 40 MB/s on this machine (the issue's figure); when Python has
 * pandas, the same file is timed with it too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { writeIngestCsv } from './ingestData.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const PANDAS_REFERENCE_MB_PER_S = 40;

function option(name, fallback) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

/** Waits for our own server: if it exits first (the port is taken), another one may answer, so stop. */
async function waitForServer(url, server, timeoutMs = 60_000) {
  let exited = false;
  server.once('exit', () => (exited = true));
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (exited) throw new Error(`the preview server could not start at ${url}; is the port taken? Pass --port=`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the preview server did not start at ${url}`);
}

function chromiumPath() {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found; set CHROMIUM_PATH.');
  return found;
}

/** One timed load through the UI: seconds on the page's clock, the worker's own seconds, the longest main-thread task. */
async function timeOneLoad(page, file, rows) {
  await page.goto('/');
  await page.waitForSelector('[data-testid="dataset-summary"][data-rows="5000"]', { timeout: 60_000 });
  await page.evaluate(() => {
    window.__ingest = { start: 0, longest: 0 };
    document.addEventListener('change', (event) => { if (event.target.dataset?.testid === 'csv-file-input') window.__ingest.start = performance.now(); }, true);
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (window.__ingest.start > 0) window.__ingest.longest = Math.max(window.__ingest.longest, e.duration); }).observe({ type: 'longtask' });
  });
  await page.getByTestId('csv-file-input').setInputFiles(file);
  const handle = await page.waitForFunction((expected) => {
    const summary = document.querySelector('[data-testid="dataset-summary"]');
    return summary?.getAttribute('data-rows') === String(expected) ? { seconds: (performance.now() - window.__ingest.start) / 1000, worker: Number(summary.getAttribute('data-read-seconds')), longest: window.__ingest.longest } : null;
  }, rows, { polling: 'raf', timeout: 600_000 });
  return handle.jsonValue();
}

function pandasSeconds(file) {
  const script = `import time, pandas\nt = time.perf_counter()\npandas.read_csv(${JSON.stringify(file)})\nprint(time.perf_counter() - t)`;
  const run = spawnSync('python3', ['-c', script], { encoding: 'utf8' });
  return run.status === 0 ? Number(run.stdout.trim()) : null;
}

export async function runIngestBench({ rows = 1_000_000, runs = 3, port = 4189, dist = 'dist-ingest' } = {}) {
  const data = join(ROOT, 'bench/out', `ingest-${rows}.csv`);
  mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
  if (!existsSync(data)) await writeIngestCsv(data, rows);
  const bytes = statSync(data).size;
  // Always a fresh build: the figure must describe the code as it is.
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dist], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('vite build failed');
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], { cwd: ROOT, stdio: 'ignore', detached: true });
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(baseURL, server);
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage({ baseURL });
      const timings = [];
      for (let run = 0; run < runs; run++) timings.push(await timeOneLoad(page, data, rows));
      const seconds = timings.map((t) => t.seconds).sort((a, b) => a - b);
      const median = seconds[Math.floor(seconds.length / 2)];
      const pandas = pandasSeconds(data);
      return {
        date: new Date().toISOString(),
        machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', browser: `Chromium ${browser.version()}` },
        file: { rows, columns: 12, bytes },
        runs: timings,
        medianSeconds: median,
        mbPerSecond: bytes / 1e6 / median,
        rowsPerSecond: rows / median,
        bestMbPerSecond: bytes / 1e6 / seconds[0],
        pandas: pandas === null ? { measured: false, mbPerSecond: PANDAS_REFERENCE_MB_PER_S } : { measured: true, seconds: pandas, mbPerSecond: bytes / 1e6 / pandas },
      };
    } finally {
      await browser.close();
    }
  } finally {
    if (server.exitCode === null) process.kill(-server.pid);
  }
}

/** The Markdown section for bench/report.md. */
export function ingestSection(result) {
  const f = (value, digits = 1) => value.toFixed(digits);
  const longest = Math.max(...result.runs.map((r) => r.longest));
  const pandas = result.pandas.measured ? `${f(result.pandas.mbPerSecond)} MB/s (pandas.read_csv, measured on the same file)` : `about ${result.pandas.mbPerSecond} MB/s (pandas.read_csv on this machine, the issue's reference; pandas is not installed here)`;
  return `## Ingest throughput

A generated CSV of ${result.file.rows.toLocaleString('en')} rows × ${result.file.columns} columns (${f(result.file.bytes / 1e6)} MB: ids, ISO dates,
integers, amounts, categories, yes/no) is chosen in the app's file input; timed from the input's change event
to the row count on the page (streaming read in the worker, type inference and column profiles included).

| measure | value |
| --- | --- |
| median of ${result.runs.length} runs | ${f(result.medianSeconds, 2)} s |
| throughput | **${f(result.mbPerSecond)} MB/s**, ${Math.round(result.rowsPerSecond).toLocaleString('en')} rows/s (best run ${f(result.bestMbPerSecond)} MB/s) |
| worker time (read + infer + profile) | ${result.runs.map((r) => f(r.worker, 2)).join(', ')} s |
| longest main-thread task while loading | ${longest > 0 ? `${Math.round(longest)} ms` : 'none over 50 ms'} |
| peer | ${pandas} |

${result.machine.browser}, ${result.machine.cpus} cores (${result.machine.cpu}), ${result.date.slice(0, 10)}.
`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const result = await runIngestBench({ rows: Number(option('rows', 1_000_000)), runs: Number(option('runs', 3)), port: Number(option('port', 4189)), dist: option('dist', 'dist-ingest') });
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/ingest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench/ingest.md'), ingestSection(result));
  console.log(ingestSection(result));
}
