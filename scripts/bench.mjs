/**
 * `npm run bench`: builds the app, trains the benchmark workloads in it in headless Chromium
 * (bench/training.bench.ts, served by `vite preview` with cross-origin isolation), runs the
 * scikit-learn peer on the same machine when Debian's python3-sklearn is installed, and writes
 * bench/report.json and bench/report.md.
 *
 * Options (environment): BENCH_DIST (build folder, default dist-bench), BENCH_PORT (default 4191),
 * BENCH_ONLY (comma-separated scenario prefixes such as `reference-auto`), BENCH_NO_BUILD=1.
 * Timings on a shared machine are noisy: compare ratios taken within one run, never across runs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { renderReport } from '../bench/report.mjs';

const dist = process.env.BENCH_DIST ?? 'dist-bench';
const python = '/usr/bin/python3';
const peerScript = new URL('../../shared/peers/sklearn_mlp.py', import.meta.url).pathname;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

/** scikit-learn's samples/s per batch size, or null when the peer cannot run here. */
function peer() {
  if (!run(python, ['-c', 'import sklearn']).ok) return null;
  const result = run(python, [peerScript]);
  if (!result.ok) return null;
  const line = result.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line).samples_per_s;
}

if (!process.env.BENCH_NO_BUILD) {
  console.log(`Building into ${dist}…`);
  const built = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--logLevel', 'warn'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// The peer runs before and after the browser half; the mean of both brackets the machine's load.
const peerBefore = peer();
console.log('Training in the browser…');
const browser = spawnSync('npx', ['playwright', 'test', '--config', 'bench/playwright.config.ts'], { stdio: 'inherit', env: { ...process.env, BENCH_DIST: dist } });
const peerAfter = peer();
if (browser.status !== 0) {
  console.error('The browser half of the benchmark failed.');
  process.exit(browser.status ?? 1);
}

const results = JSON.parse(readFileSync('bench/out/browser.json', 'utf8'));
const peerRuns = [peerBefore, peerAfter].filter(Boolean);
const peerMean = peerRuns.length === 0 ? null : Object.fromEntries(Object.keys(peerRuns[0]).map((key) => [key, Math.round(peerRuns.reduce((sum, run) => sum + run[key], 0) / peerRuns.length)]));
const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown' },
  peer: peerMean && { name: 'scikit-learn MLPClassifier', runs: peerRuns, mean: peerMean },
  results,
};
writeFileSync('bench/report.json', JSON.stringify(report, null, 2) + '\n');
const markdown = renderReport(report);
writeFileSync('bench/report.md', markdown);
console.log(`\n${markdown}`);
