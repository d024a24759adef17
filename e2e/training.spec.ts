import { expect, test, type Page } from '@playwright/test';
import { longTasksBetween, metricValue, now, recordLongTasks, status, waitForTrainingEnd } from './support/app';

/**
 * Training (issue 5) through the real worker and the real tfjs backends, on the churn sample. Test-only
 * address hook: `?failBackendAtEpoch=N` makes the first backend fail as epoch N starts (see
 * src/store/trainingHooks.ts). A worker crash (`?crashWorkerAtEpoch=N`) is tested in faults.spec.ts.
 */
async function openSample(page: Page, query: string): Promise<void> {
  await page.goto(`/?${query}`);
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  await expect(page.getByTestId('task-type')).toHaveAttribute('data-task', 'binary');
}

async function lastValidationLoss(page: Page): Promise<number> {
  const caption = (await page.getByTestId('training-charts').locator('figcaption').first().textContent()) ?? '';
  return Number(/validation ([\d.]+)/.exec(caption)?.[1]);
}

test.describe('each backend trains the sample to a similar validation loss', () => {
  const losses = new Map<string, number>();
  // Batches of 256 at a rate of 0.005: the GPU backends on SwiftShader (no GPU here) pay per step, so
  // few large steps keep this quick (WebGPU about 35 s), and the sample still learns well in 6 epochs.
  for (const backend of ['wasm', 'cpu', 'webgl', 'webgpu']) {
    test(backend, async ({ page }) => {
      test.setTimeout(180_000);
      await openSample(page, `backend=${backend}&seed=3&epochs=6&patience=0&batch=256`);
      await page.getByTestId('setting-learningRate').fill('0.005');
      await page.getByTestId('train-button').click();
      await waitForTrainingEnd(page, ['done'], 160_000);
      await expect(status(page)).toHaveAttribute('data-backend', backend);
      await expect(status(page)).toHaveAttribute('data-epoch', '6');
      // After training on a GPU backend, evaluation ran on the CPU side (where its many small steps are quick).
      if (backend === 'webgl' || backend === 'webgpu') await expect(page.getByTestId('backend-reason')).toContainText('the trained model then moved to wasm');
      const loss = await lastValidationLoss(page);
      console.log(`${backend}: validation loss ${loss}, test ROC AUC ${await metricValue(page, 'auc')}`);
      expect(loss).toBeGreaterThan(0.05);
      expect(loss).toBeLessThan(0.45);
      expect(await metricValue(page, 'auc')).toBeGreaterThan(0.8);
      losses.set(backend, loss);
      const reference = losses.get('wasm');
      // Same seed, same data, same algorithm: backends differ only in float rounding.
      if (reference !== undefined) expect(Math.abs(loss - reference)).toBeLessThan(0.05);
    });
  }
});

test('the measured backend is shown with why, remembered after a reload, and can be overridden', async ({ page }) => {
  await openSample(page, 'seed=1&epochs=2&patience=0');
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);
  const chosen = (await status(page).getAttribute('data-backend')) ?? '';
  await expect(page.getByTestId('backend-reason')).toContainText(new RegExp(`${chosen}.*(faster than \\w+|the only backend) on this device`));
  await page.reload();
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);
  await expect(status(page)).toHaveAttribute('data-backend', chosen);
  await expect(page.getByTestId('backend-reason')).toContainText('measured earlier');
  await page.getByTestId('backend-select').selectOption('cpu');
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);
  await expect(status(page)).toHaveAttribute('data-backend', 'cpu');
  await expect(page.getByTestId('backend-reason')).toContainText('chosen by you');
});

test('the same seed and backend give the same curve', async ({ page }) => {
  await openSample(page, 'backend=wasm&seed=5&epochs=3&patience=0');
  const curve = async () => {
    await page.getByTestId('train-button').click();
    await waitForTrainingEnd(page, ['done']);
    return page.getByTestId('training-charts').locator('figcaption').allTextContents();
  };
  expect(await curve()).toEqual(await curve());
});

test('pause holds training, resume continues it, stop keeps a usable model', async ({ page }) => {
  await openSample(page, 'backend=wasm&seed=11&epochs=2000&patience=0');
  await page.getByTestId('train-button').click();
  await expect(status(page)).toHaveAttribute('data-epoch', /^([2-9]|\d\d+)$/, { timeout: 60_000 });
  await page.getByTestId('pause-button').click();
  await expect(status(page)).toHaveAttribute('data-state', 'paused');
  const pausedAt = await status(page).getAttribute('data-epoch');
  await page.waitForTimeout(1500);
  await expect(status(page)).toHaveAttribute('data-epoch', pausedAt ?? '');
  await page.getByTestId('resume-button').click();
  await expect(status(page)).toHaveAttribute('data-state', 'training');
  await expect(status(page)).not.toHaveAttribute('data-epoch', pausedAt ?? '', { timeout: 30_000 });
  await page.getByTestId('stop-button').click();
  expect(await waitForTrainingEnd(page, ['stopped'])).toBe('stopped');
  expect(await metricValue(page, 'auc')).toBeGreaterThan(0.6);
});

test('stop works while paused', async ({ page }) => {
  await openSample(page, 'backend=wasm&seed=2&epochs=2000&patience=0');
  await page.getByTestId('train-button').click();
  await expect(status(page)).toHaveAttribute('data-epoch', /^[1-9]\d*$/, { timeout: 60_000 });
  await page.getByTestId('pause-button').click();
  await expect(status(page)).toHaveAttribute('data-state', 'paused');
  await page.getByTestId('stop-button').click();
  expect(await waitForTrainingEnd(page, ['stopped'])).toBe('stopped');
});

test('a learning rate of 10 stops training with the divergence explanation', async ({ page }) => {
  await openSample(page, 'backend=wasm&seed=4&epochs=50&patience=0');
  await page.getByTestId('setting-learningRate').fill('10');
  await page.getByTestId('train-button').click();
  expect(await waitForTrainingEnd(page, ['stopped'])).toBe('stopped');
  const alert = page.getByTestId('error-message');
  await expect(alert).toContainText(/diverged/i);
  await expect(alert).toContainText(/learning rate/i);
  // Training stopped within the first epochs and the kept model is evaluated, so it is usable.
  expect(Number(await status(page).getAttribute('data-epoch'))).toBeLessThan(3);
  expect(Number.isFinite(await metricValue(page, 'accuracy'))).toBe(true);
});

test('a backend that fails mid-training hands over to the next one, which finishes', async ({ page }) => {
  test.setTimeout(300_000);
  await openSample(page, 'backend=webgl&seed=8&epochs=6&patience=0&failBackendAtEpoch=3');
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done'], 280_000);
  await expect(page.getByTestId('training-notice')).toContainText(/webgl backend failed.*continues on \w+ from the end of epoch 2/);
  await expect(status(page)).not.toHaveAttribute('data-backend', 'webgl');
  await expect(status(page)).toHaveAttribute('data-epoch', '6');
  expect(await metricValue(page, 'auc')).toBeGreaterThan(0.8);
});

/**
 * Issue 5: no main-thread task over 50 ms while training. The page does little per update (progress is
 * batched to two updates a second, the live charts are plain SVG, steps out of view are not painted).
 * On two shared cores a busy neighbour can still stretch a task; CI runs a failing test once more.
 */
test('no main-thread task over 50 ms during 20 s of training', async ({ page }) => {
  test.setTimeout(120_000);
  await recordLongTasks(page);
  await openSample(page, 'seed=9&epochs=5000&patience=0');
  await page.getByTestId('train-button').click();
  await expect(status(page)).toHaveAttribute('data-epoch', /^[1-9]\d*$/, { timeout: 60_000 });
  const from = await now(page);
  await page.waitForTimeout(20_000);
  const to = await now(page);
  await expect(status(page)).toHaveAttribute('data-state', 'training');
  const longTasks = await longTasksBetween(page, from, to);
  console.log(`long tasks during 20 s of training: ${longTasks.map(Math.round).join(', ') || 'none'} (ms)`);
  expect(Math.max(0, ...longTasks), `long tasks: ${longTasks.map(Math.round).join(', ')} ms`).toBeLessThanOrEqual(50);
  await page.getByTestId('stop-button').click();
  await waitForTrainingEnd(page, ['stopped']);
});
