import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { REFERENCE, WIDE, workloadCsv, type Workload } from './workloads';

/**
 * Trains each scenario in the app itself: the CSV goes in through the file input, training starts with
 * the Train button, and the figures are read from the `training-status` hooks, so what is measured is
 * what a person gets, main-thread work (charts, status) included.
 */
const BACKENDS = ['auto', 'wasm', 'cpu', 'webgl', 'webgpu'] as const;

interface Scenario {
  workload: Workload;
  batch: number;
  backend: (typeof BACKENDS)[number];
  epochs: number;
}

export interface ScenarioResult {
  workload: string;
  features: number;
  hidden: number[];
  batch: number;
  requested: string;
  backend: string;
  reason: string;
  epochs: { epoch: number; samplesPerSecond: number }[];
  /** Throughput of the epochs after the first (warm-up), harmonic mean: total rows ÷ total time. */
  samplesPerSecond: number;
  firstEpochSeconds: number;
  longTasks: { count: number; maxMs: number; totalMs: number };
  state: string;
}

function scenarios(): Scenario[] {
  const list: Scenario[] = [
    ...REFERENCE.batchSizes.map((batch) => ({ workload: REFERENCE, batch, backend: 'auto' as const, epochs: REFERENCE.epochs })),
    ...BACKENDS.filter((b) => b !== 'auto').map((backend) => ({ workload: REFERENCE, batch: 256, backend, epochs: 2 })),
    ...BACKENDS.map((backend) => ({ workload: WIDE, batch: WIDE.batchSizes[0] as number, backend, epochs: WIDE.epochs })),
  ];
  const only = process.env.BENCH_ONLY?.split(',');
  return only ? list.filter((s) => only.some((o) => `${s.workload.id}-${s.backend}-${s.batch}`.startsWith(o))) : list;
}

async function run(browser: Browser, scenario: Scenario, csv: { csv: string; rows: number }): Promise<ScenarioResult> {
  const { workload, batch, backend, epochs } = scenario;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const state = { longTasks: [] as { start: number; duration: number }[], epochs: [] as { epoch: number; samplesPerSecond: number; at: number }[] };
    (window as unknown as { __bench: typeof state }).__bench = state;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => state.longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      const status = document.querySelector('[data-testid="training-status"]');
      const epoch = Number(status?.getAttribute('data-epoch') ?? 0);
      if (epoch > (state.epochs[state.epochs.length - 1]?.epoch ?? 0)) state.epochs.push({ epoch, samplesPerSecond: Number(status?.getAttribute('data-samples-per-second')), at: performance.now() });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-epoch'] });
  });
  const query = new URLSearchParams({ batch: String(batch), epochs: String(epochs), patience: '0', hidden: workload.hidden.join(','), seed: '1' });
  if (backend !== 'auto') query.set('backend', backend);
  await page.goto(`/?${query}`);
  await expect(page.getByTestId('dataset-summary')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('csv-file-input').setInputFiles({ name: `${workload.id}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv.csv) });
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', String(csv.rows), { timeout: 120_000 });
  await page.getByTestId('target-select').selectOption('y');
  await expect(page.getByTestId('task-type')).toHaveAttribute('data-task', 'binary');
  const started = await page.evaluate(() => performance.now());
  await page.getByTestId('train-button').click();
  const status = page.getByTestId('training-status');
  // Training ends with the last epoch; the evaluation on the test split that follows is not measured.
  await expect(async () => {
    const [epoch, state] = [await status.getAttribute('data-epoch'), await status.getAttribute('data-state')];
    expect(epoch === String(epochs) || state === 'error' || state === 'stopped').toBe(true);
  }).toPass({ timeout: 1_500_000, intervals: [250] });
  const bench = await page.evaluate(() => (window as unknown as { __bench: { longTasks: { start: number; duration: number }[]; epochs: { epoch: number; samplesPerSecond: number; at: number }[] } }).__bench);
  // Training proper: from the click to the last finished epoch (the evaluation that follows is not training).
  const trainingEnd = bench.epochs[bench.epochs.length - 1]?.at ?? started;
  const during = bench.longTasks.filter((t) => t.start >= started && t.start <= trainingEnd).map((t) => t.duration);
  const measured = bench.epochs.slice(1);
  const result: ScenarioResult = {
    workload: workload.id,
    features: workload.features,
    hidden: workload.hidden,
    batch,
    requested: backend,
    backend: (await status.getAttribute('data-backend')) ?? '',
    reason: (await page.getByTestId('backend-reason').textContent({ timeout: 2000 }).catch(() => null)) ?? '',
    epochs: bench.epochs.map(({ epoch, samplesPerSecond }) => ({ epoch, samplesPerSecond })),
    samplesPerSecond: measured.length > 0 ? measured.length / measured.reduce((sum, e) => sum + 1 / e.samplesPerSecond, 0) : (bench.epochs[0]?.samplesPerSecond ?? 0),
    firstEpochSeconds: bench.epochs[0] ? (bench.epochs[0].at - started) / 1000 : NaN,
    longTasks: { count: during.length, maxMs: Math.max(0, ...during), totalMs: during.reduce((a, b) => a + b, 0) },
    state: bench.epochs[bench.epochs.length - 1]?.epoch === epochs ? 'all epochs' : ((await status.getAttribute('data-state')) ?? ''),
  };
  await context.close();
  return result;
}

test('training throughput, time to first epoch and main-thread long tasks', async ({ browser }) => {
  const results: ScenarioResult[] = [];
  const tables = new Map<string, { csv: string; rows: number }>();
  for (const scenario of scenarios()) {
    const csv = tables.get(scenario.workload.id) ?? workloadCsv(scenario.workload);
    tables.set(scenario.workload.id, csv);
    const result = await run(browser, scenario, csv);
    console.log(`${result.workload} batch ${result.batch} ${result.requested} → ${result.backend}: ${Math.round(result.samplesPerSecond)} samples/s, first epoch ${result.firstEpochSeconds.toFixed(1)} s, long tasks ${result.longTasks.count} (max ${Math.round(result.longTasks.maxMs)} ms)`);
    results.push(result);
  }
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/browser.json', JSON.stringify(results, null, 2));
});
