import { test, expect } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { download, waitForTrainingEnd } from './support/app';

/** A small table whose names and values are HTML and script: all of it must stay text. */
function hostileCsv(rows = 60): string {
  const header = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>', 'spend', 'bought'];
  const lines = [header.map((h) => `"${h.replaceAll('"', '""')}"`).join(',')];
  for (let i = 0; i < rows; i++) {
    const segment = i % 2 === 0 ? '<b onmouseover="window.__pwned=3">gold</b>' : '<svg onload="window.__pwned=4">';
    lines.push([`"${segment.replaceAll('"', '""')}"`, `"=cmd|' /C calc'!A0"`, String(10 + (i % 7) * 3), i % 3 === 0 ? 'yes' : 'no'].join(','));
  }
  return lines.join('\n') + '\n';
}

test('privacy: a whole session sends no request to another origin and no request with a body', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: { url: string; method: string; body: string | null }[] = [];
  page.context().on('request', (request) => requests.push({ url: request.url(), method: request.method(), body: request.postData() }));
  await page.goto('/?seed=2&epochs=5');
  await expect(page.getByText(/never leaves this device/)).toBeVisible();
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  await page.getByTestId('csv-file-input').setInputFiles('public/samples/penguins.csv');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);
  await page.getByTestId('predict-file-input').setInputFiles('public/samples/penguins.csv');
  await download(page, page.getByTestId('download-predictions-button'));
  await download(page, page.getByTestId('download-bundle-button'));

  expect(requests.length).toBeGreaterThan(3);
  const foreign = requests.filter((r) => !r.url.startsWith(`${origin}/`) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
  expect(foreign).toEqual([]);
  const withBody = requests.filter((r) => r.method !== 'GET' || (r.body !== null && r.body !== ''));
  expect(withBody).toEqual([]);
});

test('hostile column names and values are shown and exported as text, and no script runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/?seed=4&epochs=3');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  const csv = hostileCsv();
  await page.getByTestId('csv-file-input').setInputFiles({ name: '<i>hostile</i>.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '60');
  await expect(page.getByTestId('data-preview').locator('th').first()).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(page.getByTestId('data-preview').locator('td').first()).toContainText('<b onmouseover=');
  await page.getByTestId('target-select').selectOption('bought');
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);
  await page.getByTestId('predict-file-input').setInputFiles({ name: 'score.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const scored = (await download(page, page.getByTestId('download-predictions-button'))).bytes.toString('utf8');
  // Formula-looking text is neutralised for spreadsheets; HTML stays literal text.
  expect(scored).toContain(`'=cmd|' /C calc'!A0`);
  expect(scored).toContain('<img src=x onerror=');
  const bundle = unzipSync(new Uint8Array((await download(page, page.getByTestId('download-bundle-button'))).bytes));
  expect(strFromU8(bundle['preprocessing.json']!)).toContain('<img src=x onerror=');
  // Hover everything that could carry an event handler, then check nothing ran.
  await page.getByTestId('data-preview').locator('td').first().hover();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('img[src="x"], svg[onload], b[onmouseover]').count()).toBe(0);
});
