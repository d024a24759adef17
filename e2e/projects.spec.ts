import { test, expect, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { download, metricValue, waitForTrainingEnd } from './support/app';

/** Autosave writes shortly after a change; the projects list shows what is stored. */
async function waitForAutosave(page: Page, withModel: boolean): Promise<void> {
  await expect(async () => {
    await page.getByTestId('projects-toggle').click();
    const items = page.getByTestId('project-item');
    await expect(items.first()).toContainText(withModel ? /trained model/ : /./, { timeout: 1000 });
    await page.getByTestId('projects-toggle').click();
  }).toPass({ timeout: 20_000 });
}

test('a trained project survives a reload: the same model, metrics and charts', async ({ page }) => {
  await page.goto('/?seed=5&epochs=6');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  await page.getByTestId('project-name').fill('Churn study');
  await page.getByTestId('project-name').blur();
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);
  const auc = await metricValue(page, 'auc');
  const epochs = await page.getByTestId('training-status').getAttribute('data-epoch');
  await waitForAutosave(page, true);

  await page.reload();
  await expect(page.getByTestId('project-name')).toHaveValue('Churn study');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  await expect(page.getByTestId('training-status')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('training-status')).toHaveAttribute('data-epoch', epochs!);
  expect(await metricValue(page, 'auc')).toBe(auc);
  await expect(page.getByTestId('training-charts').locator('svg, canvas').first()).toBeVisible();
  // The restored model works: it downloads, and its self-check passes.
  await download(page, page.getByTestId('download-bundle-button'));
  await expect(page.getByTestId('bundle-verification')).toHaveAttribute('data-state', 'verified');
});

test('a project file round-trips the data, the setup and the model into a fresh browser', async ({ page, browser }) => {
  await page.goto('/?seed=8&epochs=8&hidden=12');
  await page.getByTestId('csv-file-input').setInputFiles('public/samples/penguins.csv');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  await page.getByTestId('target-select').selectOption('species');
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);
  const accuracy = await metricValue(page, 'accuracy');
  const file = await download(page, page.getByTestId('save-project-button'));
  expect(file.name).toMatch(/\.layerlab$/);

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto('/');
  await expect(fresh.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  await fresh.getByTestId('project-file-input').setInputFiles({ name: file.name, mimeType: 'application/zip', buffer: file.bytes });
  await expect(fresh.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  await expect(fresh.getByTestId('target-select')).toHaveValue('species');
  await expect(fresh.getByTestId('layer-units-0')).toHaveValue('12');
  await expect(fresh.getByTestId('training-status')).toHaveAttribute('data-state', 'done');
  expect(await metricValue(fresh, 'accuracy')).toBe(accuracy);
});

test('corrupted, foreign and hostile project files each get a clear message and change nothing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  const hostileProject = '{"__proto__":{"polluted":true},"format":"layerlab.project","version":1,"name":{"x":1},"source":{"kind":"sample","id":"penguins"},"target":"species","spec":{"version":1,"hidden":"all of them"},"settings":{},"backend":"auto","locks":null}';
  const files: [string, Uint8Array, RegExp][] = [
    ['broken.layerlab', strToU8('this is not a zip at all'), /not even a zip/],
    ['damaged.layerlab', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), /damaged/],
    ['foreign.layerlab', zipSync({ 'notes.txt': strToU8('hello') }), /no project\.json/],
    ['hostile.layerlab', zipSync({ 'project.json': strToU8(hostileProject) }), /layers in this project file cannot be used/],
    ['huge.layerlab', zipSync({ 'project.json': new Uint8Array(250 * 1024 ** 2) }, { level: 9 }), /more than Layerlab accepts|too large/],
  ];
  for (const [name, bytes, problem] of files) {
    await page.getByTestId('project-file-input').setInputFiles({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
    await expect(page.getByTestId('error-message')).toContainText(name);
    await expect(page.getByTestId('error-message')).toContainText(problem);
    await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  }
  expect(await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted)).toBeUndefined();
});

test('a share link reproduces the setup in a fresh browser; a workshop link locks what it says', async ({ page, browser }) => {
  await page.goto('/?sample=penguins&hidden=24,6&epochs=33');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  await page.getByTestId('share-link-button').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toContain('#project=');
  expect(link).not.toContain('?');

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(link);
  await expect(visitor.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  await expect(visitor.getByTestId('target-select')).toHaveValue('species');
  await expect(visitor.getByTestId('layer-units-0')).toHaveValue('24');
  await expect(visitor.getByTestId('layer-units-1')).toHaveValue('6');
  await expect(visitor.getByTestId('data-lock')).toHaveAttribute('data-locked', 'false');

  await page.getByText('Workshop link').click();
  await page.getByTestId('lock-data').check();
  await page.getByTestId('lock-layers').check();
  await page.getByTestId('workshop-link-button').click();
  const workshop = await page.getByTestId('share-link').inputValue();
  const participant = await (await browser.newContext()).newPage();
  await participant.goto(workshop);
  await expect(participant.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  await expect(participant.getByTestId('data-lock')).toHaveAttribute('data-locked', 'true');
  await expect(participant.getByTestId('csv-file-input')).toBeDisabled();
  await expect(participant.getByTestId('target-select')).toBeDisabled();
  await expect(participant.getByTestId('layers-lock')).toHaveAttribute('data-locked', 'true');
  await expect(participant.getByTestId('layer-units-0')).toBeDisabled();
  await expect(participant.getByTestId('train-button')).toBeEnabled();
});
