import { test, expect } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { download, waitForTrainingEnd } from './support/app';

/**
 * Issue 7 in the browser: the bundle is packed and checked in the worker (tfjs reloaded from the zip,
 * model.onnx run by onnxruntime-web from our own origin), downloaded whole, and the check is shown.
 */
test('the downloaded bundle holds every file and the app shows that it verified it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/?seed=7&epochs=3');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);

  const bundle = await download(page, page.getByTestId('download-bundle-button'));
  expect(bundle.name).toBe('layerlab-churn-model.zip');
  const files = unzipSync(new Uint8Array(bundle.bytes));
  expect(Object.keys(files).sort()).toEqual(['README.md', 'keras_model.py', 'model.json', 'model.onnx', 'package.json', 'predict.mjs', 'predict.py', 'preprocessing.json', 'requirements.txt', 'weights.bin']);
  expect(JSON.parse(strFromU8(files['preprocessing.json']!)).target).toMatchObject({ task: 'binary', positiveClass: 'yes' });
  expect(strFromU8(files['README.md']!)).toContain('## Test-set metrics');

  const verification = page.getByTestId('bundle-verification');
  await expect(verification).toHaveAttribute('data-state', 'verified');
  await expect(verification).toContainText(/verified: largest difference (0|\de-\d+) over 100 test rows/);
  expect(Number(await verification.getAttribute('data-largest-difference'))).toBeLessThanOrEqual(1e-4);
  // onnxruntime-web and its wasm came from the app's own origin.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => /\.wasm(\?|$)/.test(url) && url.includes('ort'))).not.toHaveLength(0);
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
});
