import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import * as tf from '@tensorflow/tfjs';
import { strFromU8, unzipSync } from 'fflate';
import { download, metricValue, waitForTrainingEnd } from './support/app';

/** The stack as the live summary shows it: `name:width` per hidden layer (input and output left out). */
async function stackOf(page: Page): Promise<string[]> {
  // This project's e2e code compiles without DOM types, so the element is described by the one method used.
  const rows = await page.getByTestId('summary-row').evaluateAll((els) =>
    els.map((el) => {
      const row = el as unknown as { getAttribute: (name: string) => string | null };
      return `${row.getAttribute('data-name')}:${row.getAttribute('data-width')}`;
    }),
  );
  return rows.slice(1, -1);
}
const expectStack = (page: Page, expected: string[]) => expect.poll(() => stackOf(page)).toEqual(expected);

async function focusedTestId(page: Page): Promise<string | null> {
  const focused = page.locator(':focus');
  return (await focused.count()) ? focused.first().getAttribute('data-testid') : null;
}

/** Moves the focus with Tab (or Shift+Tab) alone until it reaches the control with this test id. */
async function tabTo(page: Page, testId: string, backwards = false): Promise<void> {
  for (let presses = 0; presses < 150; presses++) {
    if ((await focusedTestId(page)) === testId) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`The keyboard never reached ${testId}.`);
}

async function openPenguins(page: Page, query = '') {
  await page.goto(`/?sample=penguins${query}`);
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  await expect(page.getByTestId('output-layer')).toHaveAttribute('data-units', '3');
}

test.beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

test('a stack is built, edited, reordered and undone with the keyboard alone', async ({ page }) => {
  await openPenguins(page, '&hidden=');
  await expect(page.getByTestId('layer')).toHaveCount(0);
  await tabTo(page, 'add-layer-button');
  await page.keyboard.press('Enter');
  await tabTo(page, 'add-layer-dropout');
  await page.keyboard.press('Enter');
  await tabTo(page, 'add-layer-button', true);
  await page.keyboard.press('Enter');
  await expectStack(page, ['l1_dense:32', 'l2_dropout:32', 'l3_dense:16']);
  await expect(page.getByTestId('builder-announcement')).toHaveText('Dense added as layer 3.');

  await tabTo(page, 'layer-units-0');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('24');
  await tabTo(page, 'layer-activation-2');
  await page.keyboard.press('t'); // a closed select jumps to the first option starting with the key: tanh
  await expect(page.getByTestId('layer-activation-2')).toHaveValue('tanh');
  await expectStack(page, ['l1_dense:24', 'l2_dropout:24', 'l3_dense:16']);

  // Move the last Dense up with its button, then once more with Alt+Arrow; the focus follows the layer.
  await tabTo(page, 'move-up-2', true);
  await page.keyboard.press('Enter');
  await expectStack(page, ['l1_dense:24', 'l2_dense:16', 'l3_dropout:16']);
  expect(await focusedTestId(page)).toBe('move-up-1');
  await page.keyboard.press('Alt+ArrowUp');
  await expectStack(page, ['l1_dense:16', 'l2_dense:24', 'l3_dropout:24']);
  await expect(page.getByTestId('layer-activation-0')).toHaveValue('tanh');

  // Ctrl+Z takes back one edit at a time (the typed "24" was one edit); Ctrl+Shift+Z redoes.
  await page.keyboard.press('Control+Z');
  await expectStack(page, ['l1_dense:24', 'l2_dense:16', 'l3_dropout:16']);
  await page.keyboard.press('Control+Z');
  await expectStack(page, ['l1_dense:24', 'l2_dropout:24', 'l3_dense:16']);
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+Z');
  await expectStack(page, ['l1_dense:32', 'l2_dropout:32', 'l3_dense:16']);
  await page.keyboard.press('Control+Shift+Z');
  await expectStack(page, ['l1_dense:24', 'l2_dropout:24', 'l3_dense:16']);

  // Duplicate and remove; after a removal the focus stays in the list, so Ctrl+Z still reaches the builder.
  await tabTo(page, 'duplicate-layer-0');
  await page.keyboard.press('Enter');
  await expectStack(page, ['l1_dense:24', 'l2_dense:24', 'l3_dropout:24', 'l4_dense:16']);
  await tabTo(page, 'remove-layer-2');
  await page.keyboard.press('Enter');
  await expectStack(page, ['l1_dense:24', 'l2_dense:24', 'l3_dense:16']);
  await page.keyboard.press('Control+Z');
  await expectStack(page, ['l1_dense:24', 'l2_dense:24', 'l3_dropout:24', 'l4_dense:16']);
});

test('layers reorder by drag and drop, palette items drop in place, and undo and redo take it back', async ({ page }) => {
  await openPenguins(page, '&hidden=16,8,4');
  const cards = page.getByTestId('layer');
  await page.getByTestId('drag-handle-2').dragTo(cards.nth(0), { targetPosition: { x: 40, y: 4 } });
  await expectStack(page, ['l1_dense:4', 'l2_dense:16', 'l3_dense:8']);
  await page.getByTestId('add-layer-dropout').dragTo(cards.nth(1), { targetPosition: { x: 40, y: 4 } });
  await expectStack(page, ['l1_dense:4', 'l2_dropout:4', 'l3_dense:16', 'l4_dense:8']);
  await page.getByTestId('drag-handle-0').dragTo(page.getByTestId('layer-list'), { targetPosition: { x: 40, y: (await page.getByTestId('layer-list').boundingBox())!.height - 4 } });
  await expectStack(page, ['l1_dropout:9', 'l2_dense:16', 'l3_dense:8', 'l4_dense:4']);

  await page.getByTestId('undo-button').click();
  await page.getByTestId('undo-button').click();
  await page.getByTestId('undo-button').click();
  await expectStack(page, ['l1_dense:16', 'l2_dense:8', 'l3_dense:4']);
  await expect(page.getByTestId('undo-button')).toBeDisabled();
  await page.getByTestId('redo-button').click();
  await expectStack(page, ['l1_dense:4', 'l2_dense:16', 'l3_dense:8']);
});

test('checks explain an impossible stack, and training refuses it', async ({ page }) => {
  await openPenguins(page, '&hidden=8&backend=cpu');
  await page.getByTestId('layer-units-0').fill('0');
  await expect(page.getByTestId('model-problems')).toHaveAttribute('data-errors', '1');
  await expect(page.getByTestId('model-problems')).toContainText('a layer with 0 units passes nothing on');
  await expect(page.getByTestId('layer-units-0')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('error-message')).toContainText('0 units');

  await page.getByTestId('layer-units-0').fill('8');
  await page.getByTestId('add-layer-dropout').click();
  await page.getByTestId('layer-rate-1').fill('1');
  await expect(page.getByTestId('model-problems')).toContainText('a dropout rate of 1 switches off every output');
  await page.getByTestId('preset-linear').click();
  await expect(page.getByTestId('model-problems')).toHaveAttribute('data-errors', '0');
  await expect(page.getByTestId('model-problems')).toContainText('this is logistic regression');
});

test('the layers save to a JSON file and open again; a wrong file is explained', async ({ page }) => {
  await openPenguins(page, '&hidden=');
  await page.getByTestId('preset-residual-mlp').click();
  const saved = await download(page, page.getByTestId('save-spec-button'));
  await page.getByTestId('preset-small-mlp').click();
  await page.getByTestId('spec-file-input').setInputFiles({ name: 'layers.json', mimeType: 'application/json', buffer: saved.bytes });
  await expectStack(page, ['l1_dense:64', 'l2_res_a:64', 'l2_res_b:64', 'l2_res_add:64', 'l3_layerNormalization:64', 'l4_res_a:64', 'l4_res_b:64', 'l4_res_add:64', 'l5_layerNormalization:64', 'l6_dropout:64']);
  await page.getByTestId('spec-file-input').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 9, "hidden": []}') });
  await expect(page.getByTestId('error-message')).toContainText('saved by a newer Layerlab');
});

test('a preset with dropout and batch normalisation trains', async ({ page }) => {
  await openPenguins(page, '&backend=cpu&epochs=4&seed=3');
  await page.getByTestId('preset-deep-mlp').click();
  await expect(page.getByTestId('layer')).toHaveCount(7);
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);
  const accuracy = await metricValue(page, 'accuracy');
  expect(accuracy).toBeGreaterThanOrEqual(0);
  expect(accuracy).toBeLessThanOrEqual(1);
});

test('a small network is drawn unit by unit and coloured by its trained weights', async ({ page }) => {
  await openPenguins(page, '&backend=cpu&epochs=2&hidden=6,4');
  const diagram = page.getByTestId('network-diagram');
  await expect(diagram).toHaveAttribute('data-mode', 'neurons');
  await expect(diagram).toHaveAttribute('data-coloured', 'false');
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);
  await expect(diagram).toHaveAttribute('data-coloured', 'true');
  // Another stack has no trained weights to show, until the edit is undone.
  await page.getByTestId('layer-units-1').fill('5');
  await expect(diagram).toHaveAttribute('data-coloured', 'false');
  await page.getByTestId('undo-button').click();
  await expect(diagram).toHaveAttribute('data-coloured', 'true');
  await page.getByTestId('layer-units-0').fill('9');
  await expect(diagram).toHaveAttribute('data-mode', 'blocks');
});

test('a residual network trains, and its exported model loads in TensorFlow.js for Node', async ({ page }) => {
  await openPenguins(page, '&backend=cpu&epochs=3&seed=5');
  await page.getByTestId('preset-residual-mlp').click();
  const params = Number(await page.getByTestId('param-count').getAttribute('data-params'));
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);
  const zip = unzipSync(new Uint8Array((await download(page, page.getByTestId('download-bundle-button'))).bytes));
  const modelJson = JSON.parse(strFromU8(zip['model.json']!)) as { modelTopology: object; weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[] };
  const weights = zip['weights.bin']!;
  const model = await tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs: modelJson.weightsManifest.flatMap((g) => g.weights), weightData: weights.slice().buffer }),
  );
  expect(model.layers.map((l) => l.name)).toEqual(expect.arrayContaining(['l2_res_a', 'l2_res_b', 'l2_res_add', 'l3_layerNormalization', 'output']));
  expect(model.countParams()).toBe(params);
  const inputs = model.inputs[0]!.shape[1]!;
  const probabilities = (model.predict(tf.zeros([2, inputs])) as tf.Tensor).arraySync() as number[][];
  expect(probabilities).toHaveLength(2);
  for (const row of probabilities) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
  model.dispose();
});

test('the builder has no serious or critical accessibility problem', async ({ page }) => {
  await openPenguins(page, '&hidden=8,4');
  for (const kind of ['dropout', 'batchNormalization', 'layerNormalization', 'activation', 'gaussianNoise', 'residual']) {
    await page.getByTestId(`add-layer-${kind}`).click();
  }
  await page.getByTestId('layer-more-0').click();
  await page.getByTestId('layer-units-1').fill('0');
  await page.getByRole('button', { name: 'What does Residual block do?' }).first().click();
  const results = await new AxeBuilder({ page }).include('[data-testid="model-builder"]').analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});
