import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { metricValue, waitForTrainingEnd } from './support/app';

/**
 * Teaching views (issue 8): the 2-D samples, the decision map redrawn while training and the hidden
 * neurons' maps, through the real worker and backend.
 */
interface SeenMap {
  epoch: number;
  final: string;
  state: string;
}

test('on the circles, the decision map follows training and a small network learns the circle', async ({ page }) => {
  // Records every map the page shows (its epoch, whether final) with the training state at that moment.
  await page.addInitScript(() => {
    const seen: SeenMap[] = [];
    (window as unknown as { __maps: SeenMap[] }).__maps = seen;
    new MutationObserver(() => {
      const map = document.querySelector('[data-testid="decision-map"]');
      const epoch = Number(map?.getAttribute('data-epoch'));
      const final = map?.getAttribute('data-final') ?? '';
      const last = seen.at(-1);
      if (!map || !epoch || (last?.epoch === epoch && last.final === final)) return;
      seen.push({ epoch, final, state: document.querySelector('[data-testid="training-status"]')?.getAttribute('data-state') ?? '' });
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-epoch', 'data-final'] });
  });
  // Many epochs, stopped by the test once the map has been redrawn a few times and 150 epochs are done:
  // on an idle machine 150 epochs take about two seconds, too short to see the map change twice.
  await page.goto('/?sample=circles&backend=wasm&hidden=8,8&epochs=5000&patience=0&batch=16&seed=1');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '400');
  await expect(page.getByTestId('task-type')).toHaveAttribute('data-task', 'binary');
  await expect(page.getByTestId('decision-map-waiting')).toContainText('x and y');

  await page.getByTestId('train-button').click();
  const mapsWhileTraining = () => page.evaluate(() => (window as unknown as { __maps: SeenMap[] }).__maps.filter((shown) => shown.final === 'false' && shown.state === 'training').length);
  await expect.poll(mapsWhileTraining, { timeout: 120_000 }).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('training-status')).toHaveAttribute('data-epoch', /^(1[5-9]\d|[2-9]\d\d|\d{4})$/, { timeout: 120_000 });
  await page.getByTestId('stop-button').click();
  await waitForTrainingEnd(page, ['stopped']);
  const map = page.getByTestId('decision-map');
  await expect(map).toHaveAttribute('data-final', 'true');

  // Redrawn while training, epoch after epoch, then once for the final model.
  const seen = await page.evaluate(() => (window as unknown as { __maps: SeenMap[] }).__maps);
  const during = seen.filter((shown) => shown.final === 'false');
  expect(during.filter((shown) => shown.state === 'training').length, JSON.stringify(seen)).toBeGreaterThanOrEqual(3);
  expect(during.map((shown) => shown.epoch)).toEqual([...during.map((shown) => shown.epoch)].sort((a, b) => a - b));
  expect(seen.at(-1)?.final).toBe('true');

  // A real model learned the circle: held-out accuracy, and the map's middle is class 1 (blue), its corner class 0 (orange).
  expect(await metricValue(page, 'accuracy')).toBeGreaterThanOrEqual(0.9);
  const [middle, corner] = await map.evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    const pixel = (x: number, y: number) => Array.from(context.getImageData(x, y, 1, 1).data);
    return [pixel(canvas.width / 2, canvas.height / 2), pixel(2, 2)];
  });
  expect(middle![2]).toBeGreaterThan(middle![0]!);
  expect(corner![0]).toBeGreaterThan(corner![2]! + 100);
  const summary = (await page.getByTestId('decision-map-summary').textContent()) ?? '';
  const [, inOwn, points] = /(\d+) of (\d+) training points/.exec(summary) ?? [];
  expect(Number(points)).toBe(280);
  expect(Number(inOwn) / Number(points)).toBeGreaterThanOrEqual(0.9);

  // One tile per hidden neuron, layer by layer.
  await expect(page.getByTestId('neuron-layer')).toHaveCount(2);
  await expect(page.getByTestId('neuron-tile')).toHaveCount(16);

  // The canvases are images with a text equivalent; nothing in the panel is out of reach of a screen reader.
  await expect(map).toHaveAttribute('aria-describedby', 'decision-map-summary');
  const results = await new AxeBuilder({ page }).include('[data-testid="decision-map-panel"]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('a sample without two numeric inputs says why it has no decision map', async ({ page }) => {
  await page.goto('/?sample=penguins');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  const absent = page.getByTestId('decision-map-absent');
  await expect(absent).toHaveAttribute('data-reason', 'input-count');
  await expect(absent).toContainText(/exactly two numeric columns, and this one reads \d+ columns/);
  await expect(page.getByTestId('decision-map')).toHaveCount(0);
});

test('picking a teaching set gives it small layers whose neurons can be shown, unless the person shaped the layers', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  await page.getByTestId('sample-select').selectOption('spiral');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '400');
  await expect(page.getByTestId('layer-units-0')).toHaveValue('8');
  await expect(page.getByTestId('layer-units-2')).toHaveValue('8');
  await expect(page.getByTestId('decision-map-waiting')).toBeVisible();

  // A stack the person changed stays as it is.
  await page.getByTestId('layer-units-0').fill('12');
  await page.getByTestId('sample-select').selectOption('circles');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '400');
  await expect(page.getByTestId('layer-units-0')).toHaveValue('12');
  await expect(page.getByTestId('layer-units-2')).toHaveValue('8');
});
