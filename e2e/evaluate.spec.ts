import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { download, longTasksBetween, metricValue, now, recordLongTasks, waitForTrainingEnd } from './support/app';

/**
 * Issue 6: evaluation in the person's terms and prediction on new rows, through the real UI with the
 * default settings (seeded): quality bars on the three samples, the threshold / profit / gains panels,
 * baselines and importance, and batch scoring of 100,000 rows that keeps the page responsive and agrees
 * with the what-if form.
 */

type Row = Record<string, string>;
const parseCsv = (text: string): Row[] => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;

async function trainSample(page: Page, sample: string, rows: number, seed = 42): Promise<void> {
  await page.goto(`/?sample=${sample}&seed=${seed}`);
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', String(rows));
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done'], 240_000);
}

/** Every chart has been drawn, so what a test measures next is not chart drawing. */
async function chartsDrawn(page: Page): Promise<void> {
  await expect(page.locator('[data-drawn]').first()).toBeAttached();
  await expect(page.locator('[data-drawn="false"]')).toHaveCount(0, { timeout: 60_000 });
}

const attribute = async (page: Page, testId: string, name: string) => (await page.getByTestId(testId).getAttribute(name)) ?? '';
const sum = (matrix: number[][]) => matrix.flat().reduce((a, b) => a + b, 0);

/** Types a row into the what-if form; false when one of its categories is not offered (not seen in training). */
async function typeIntoWhatIf(page: Page, row: Row): Promise<boolean> {
  const inputs = page.getByTestId('whatif-input');
  for (const input of await inputs.all()) {
    const column = (await input.getAttribute('data-column')) ?? '';
    const value = row[column] ?? '';
    const options = input.locator('option');
    if ((await options.count()) > 0) {
      if (!(await options.evaluateAll((list, v) => list.some((o) => (o as unknown as { value: string }).value === v), value))) return false;
      await input.selectOption(value);
    } else {
      await input.fill(value);
    }
  }
  return true;
}

test.describe.serial('churn sample, default settings', () => {
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(300_000);
    page = await browser.newPage();
    await recordLongTasks(page);
    await trainSample(page, 'mlc_churn', 5000);
    await chartsDrawn(page);
  });

  test.afterAll(async () => page.close());

  test('test ROC AUC ≥ 0.88, and every evaluation panel speaks in the person’s terms', async () => {
    const auc = await metricValue(page, 'auc');
    console.log(`mlc_churn test ROC AUC ${auc}`);
    expect(auc).toBeGreaterThanOrEqual(0.88);
    for (const key of ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'pr_auc', 'logloss']) expect(Number.isFinite(await metricValue(page, key))).toBe(true);
    for (const chart of ['confusion-chart', 'roc-chart', 'pr-chart', 'gains-chart', 'lift-chart', 'profit-chart', 'importance-chart']) {
      await expect(page.getByTestId(chart).locator('svg, canvas').first()).toBeVisible();
    }
    expect(Number(await attribute(page, 'roc-chart', 'data-points'))).toBeLessThanOrEqual(200);
    const testRows = sum(JSON.parse(await attribute(page, 'confusion-chart', 'data-matrix')) as number[][]);
    expect(testRows).toBe(750);

    // The slider at the model's threshold shows the headline figures exactly; moving it leaves them alone.
    const slider = page.getByTestId('threshold-slider');
    await expect(slider).toHaveAttribute('data-threshold', '0.5');
    const headline: Record<string, string> = {};
    for (const key of ['accuracy', 'precision', 'recall', 'f1']) {
      headline[key] = await attribute(page, `metric-${key}`, 'data-value');
      expect(await attribute(page, `threshold-metric-${key}`, 'data-value')).toBe(headline[key]);
    }
    await slider.fill('200');
    await expect(page.getByTestId('threshold-value')).toHaveText('0.2');
    expect(Number(await attribute(page, 'threshold-metric-recall', 'data-value'))).toBeGreaterThan(Number(headline.recall));
    for (const key of Object.keys(headline)) expect(await attribute(page, `metric-${key}`, 'data-value')).toBe(headline[key]);
    await expect(page.getByTestId('threshold-confusion')).not.toHaveAttribute('data-matrix', await attribute(page, 'confusion-chart', 'data-matrix'));
    expect(sum(JSON.parse(await attribute(page, 'threshold-confusion', 'data-matrix')) as number[][])).toBe(testRows);

    // Profit: the best threshold can be put on the slider; a success worth less than a contact never pays.
    await page.getByTestId('cost-per-contact').fill('2');
    await page.getByTestId('value-per-success').fill('30');
    const best = Number(await attribute(page, 'profit-best', 'data-threshold'));
    expect(best).toBeGreaterThan(0);
    expect(best).toBeLessThan(1);
    expect(Number(await attribute(page, 'profit-best', 'data-profit'))).toBeGreaterThan(0);
    await page.getByTestId('use-best-threshold').click();
    await expect(slider).toHaveAttribute('data-threshold', String(best));
    await expect(page.getByTestId('profit-at-threshold')).toHaveAttribute('data-profit', await attribute(page, 'profit-best', 'data-profit'));
    await page.getByTestId('value-per-success').fill('1.5');
    await expect(page.getByTestId('profit-best')).toContainText('no threshold pays');

    // Gains: the marketer's sentence, and better than contacting at random.
    const gains = page.getByTestId('gains-sentence');
    await expect(gains).toContainText(/Contact the top 20% of rows by the model’s score and you reach \d+% of all “yes” cases/);
    expect(Number(await gains.getAttribute('data-reached'))).toBeGreaterThan(0.4);

    // Baselines on the same split: the majority class ranks nothing (AUC 0.5); logistic regression sits below the network.
    const rows = page.getByTestId('baseline-row');
    await expect(rows).toHaveCount(3);
    const baselineAuc = async (kind: string) => Number(await rows.and(page.locator(`[data-kind="${kind}"]`)).locator('[data-key="auc"]').getAttribute('data-value'));
    expect(await baselineAuc('network')).toBe(auc);
    expect(await baselineAuc('constant')).toBe(0.5);
    const logistic = await baselineAuc('linear');
    console.log(`mlc_churn logistic regression ROC AUC ${logistic}`);
    expect(logistic).toBeGreaterThan(0.75);
    await expect(page.getByTestId('baseline-verdict')).toContainText(/network/i);

    // Importance by original column: the known churn drivers lead.
    const top = (JSON.parse(await attribute(page, 'importance-chart', 'data-columns')) as string[]).slice(0, 3);
    console.log(`mlc_churn top drivers ${top.join(', ')}`);
    expect(top.some((name) => ['total_day_minutes', 'total_day_charge', 'number_customer_service_calls', 'international_plan'].includes(name))).toBe(true);
    await expect(page.getByTestId('importance-sentence')).toContainText(`The model leans most on “${top[0]}”`);
  });

  test('batch-scores 100,000 rows without a main-thread task over 50 ms, matching the what-if form', async () => {
    test.setTimeout(300_000);
    const source = parseCsv(readFileSync('public/samples/mlc_churn.csv', 'utf8'));
    const columns = Object.keys(source[0]!).filter((name) => name !== 'churn');
    const rows: Row[] = Array.from({ length: 100_000 }, (_, i) => {
      const row: Row = { ...source[(i * 7919) % source.length]! };
      row.account_length = String((i % 240) + 1);
      return row;
    });
    rows[10]!.state = 'ZZ';
    rows[11]!.total_day_minutes = 'lots';
    rows[12]!.state = '=HYPERLINK("http://example.com")';
    // From a file on disk, as a person would pick it: a buffer would be decoded on the page's main
    // thread by the test harness itself, which is not the app's work.
    const upload = test.info().outputPath('customers-100k.csv');
    writeFileSync(upload, Papa.unparse({ fields: columns, data: rows.map((row) => columns.map((c) => row[c] ?? '')) }, { newline: '\n' }));

    await expect(page.getByTestId('whatif-result')).toHaveAttribute('data-state', 'ready');
    await chartsDrawn(page);
    // The observer is live: an 80 ms busy task is recorded, so "no long task" below is a real measurement.
    const calibration = await now(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            const end = performance.now() + 80;
            while (performance.now() < end);
            resolve();
          }),
        ),
    );
    await expect.poll(async () => Math.max(0, ...(await longTasksBetween(page, calibration, await now(page))))).toBeGreaterThanOrEqual(80);
    const started = await now(page);
    await page.getByTestId('predict-file-input').setInputFiles(upload);
    await expect(page.getByTestId('scoring-progress')).toBeVisible();
    await expect(page.getByTestId('download-predictions-button')).toBeEnabled({ timeout: 240_000 });
    const file = await download(page, page.getByTestId('download-predictions-button'));
    const ended = await now(page);
    const longTasks = await longTasksBetween(page, started, ended);
    console.log(`100,000 rows scored and downloaded in ${Math.round(ended - started)} ms; longest main-thread task ${Math.max(0, ...longTasks)} ms`);
    expect(Math.max(0, ...longTasks)).toBeLessThanOrEqual(50);

    expect(file.name).toBe('customers-100k-scored.csv');
    await expect(page.getByTestId('scoring-summary')).toHaveAttribute('data-rows', '100000');
    const scored = parseCsv(file.bytes.toString('utf8'));
    expect(scored).toHaveLength(100_000);
    expect(Object.keys(scored[0]!)).toEqual([...columns, 'predicted_churn', 'probability_no', 'probability_yes', 'layerlab_notes']);
    const rowsNoting = (text: string) => scored.flatMap((row, i) => (row.layerlab_notes!.includes(text) ? [i] : []));
    expect(rowsNoting('"ZZ"')).toEqual([10]);
    expect(rowsNoting('total_day_minutes')).toEqual([11]);
    expect(scored[12]!.state).toBe(`'=HYPERLINK("http://example.com")`);

    // The same rows typed into the what-if form get the downloaded prediction and probabilities.
    // Both go through the same encoding, model and output columns, so they agree to the last digit.
    let compared = 0;
    for (const index of [0, 1, 54_321, 99_999, 2, 3, 4, 5]) {
      if (compared === 3) break;
      if (!(await typeIntoWhatIf(page, rows[index]!))) continue;
      const result = page.getByTestId('whatif-result');
      await expect(result).toHaveAttribute('data-state', 'ready');
      expect(await result.getAttribute('data-prediction')).toBe(scored[index]!.predicted_churn);
      for (const label of ['no', 'yes']) {
        const shown = await page.getByTestId('whatif-probability').and(page.locator(`[data-class="${label}"]`)).getAttribute('data-value');
        expect(shown).toBe(scored[index]![`probability_${label}`]);
      }
      compared++;
    }
    expect(compared).toBe(3);
  });
});

test('penguins: accuracy ≥ 0.97 with per-class figures; scoring notes missing columns, unknown categories and unreadable values', async ({ page }) => {
  test.setTimeout(300_000);
  await trainSample(page, 'penguins', 344);
  const accuracy = await metricValue(page, 'accuracy');
  console.log(`penguins test accuracy ${accuracy}`);
  expect(accuracy).toBeGreaterThanOrEqual(0.97);
  await expect(page.getByTestId('metric-auc')).toHaveCount(0);
  await expect(page.getByTestId('per-class-row')).toHaveCount(3);
  const matrix = JSON.parse(await attribute(page, 'confusion-chart', 'data-matrix')) as number[][];
  expect(matrix).toHaveLength(3);
  await expect(page.getByTestId('baseline-row')).toHaveCount(3);
  await expect(page.getByTestId('whatif-input').and(page.locator('select[data-column="island"]'))).toHaveCount(1);

  const penguins = parseCsv(readFileSync('public/samples/penguins.csv', 'utf8')).slice(0, 4);
  penguins[0]!.island = 'Atlantis';
  penguins[1]!.bill_length_mm = 'long';
  penguins[2]!.island = '=1+2';
  const withoutSex = Papa.unparse(penguins.map(({ sex: _sex, ...rest }) => rest));
  await page.getByTestId('predict-file-input').setInputFiles({ name: 'new-penguins.csv', mimeType: 'text/csv', buffer: Buffer.from(withoutSex) });
  await expect(page.getByTestId('scoring-summary')).toHaveAttribute('data-rows-with-notes', '4');
  const scored = parseCsv((await download(page, page.getByTestId('download-predictions-button'))).bytes.toString('utf8'));
  expect(scored).toHaveLength(4);
  expect(scored[0]!.layerlab_notes).toMatch(/island.*Atlantis/);
  expect(scored[1]!.layerlab_notes).toMatch(/bill_length_mm.*long/);
  expect(scored[2]!.island).toBe(`'=1+2`);
  for (const row of scored) expect(row.layerlab_notes).toMatch(/sex/);
  for (const row of scored) expect(['Adelie', 'Chinstrap', 'Gentoo']).toContain(row.predicted_species);
});

/**
 * Sacramento's test split is 140 homes, so a few luxury homes can decide R². Regression splits are
 * stratified by target quantile (src/core/dataset/split.ts), so each split holds the whole price range;
 * this checks the default seed, as a person would get it.
 */
test('Sacramento: R² ≥ 0.60 with default settings, with MAPE, predicted-versus-actual and residual charts', async ({ page }) => {
  test.setTimeout(300_000);
  await trainSample(page, 'sacramento', 932);
  const r2 = await metricValue(page, 'r2');
  console.log(`Sacramento test R² (seed 42): ${r2}`);
  expect(r2).toBeGreaterThanOrEqual(0.6);
  const mape = await metricValue(page, 'mape');
  expect(mape).toBeGreaterThan(0);
  expect(mape).toBeLessThan(1);
  await chartsDrawn(page);
  await expect(page.getByTestId('scatter-chart').locator('svg, canvas').first()).toBeVisible();
  // Every test row is a dot (140 of the 932 homes; the chart samples only beyond 1,000).
  expect(Number(await attribute(page, 'scatter-chart', 'data-points'))).toBe(140);
  expect(Number(await attribute(page, 'residual-chart', 'data-bins'))).toBe(20);
  await expect(page.locator('[data-testid="baseline-row"][data-kind="linear"] th')).toHaveText('Linear regression');
  await expect(page.getByTestId('whatif-result')).toHaveAttribute('data-state', 'ready');
  expect(Number(await attribute(page, 'whatif-result', 'data-prediction'))).toBeGreaterThan(10_000);
});
