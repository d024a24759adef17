import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { longTasksBetween, now, recordLongTasks } from './support/app';

interface Fixture {
  file: string;
  decodeError?: string;
  columns?: number;
  rows?: number;
}
const FIXTURES = 'e2e/fixtures';
const MANIFEST = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as Fixture[];
/** Fixtures that are not a table, and the words their message must contain. */
const REFUSED: Record<string, RegExp> = {
  'png_renamed.csv': /PNG image, not a CSV/,
  'excel_workbook.xlsx': /Excel workbook \(\.xlsx\), not a CSV/,
  'customers.csv.gz': /compressed file \(\.gz\)/,
  'header_only.csv': /header row but no data rows/,
  'empty.csv': /This file is empty/,
};

const summary = (page: Page) => page.getByTestId('dataset-summary');

/** The page answers within a frame's budget: it never froze while the worker read the file. */
async function expectResponsive(page: Page, since: number): Promise<void> {
  expect(Math.max(0, ...(await longTasksBetween(page, since, await now(page))))).toBeLessThan(250);
}

test.describe('every fixture loads through the file input, or is refused in plain words', () => {
  test.beforeEach(async ({ page }) => {
    await recordLongTasks(page);
    await page.goto('/');
    await expect(summary(page)).toHaveAttribute('data-rows', '5000');
  });

  for (const fixture of MANIFEST) {
    test(fixture.file, async ({ page }) => {
      const started = await now(page);
      await page.getByTestId('csv-file-input').setInputFiles(join(FIXTURES, fixture.file));
      const refusal = REFUSED[fixture.file];
      if (refusal) {
        await expect(page.getByTestId('error-message')).toContainText(refusal);
        await expect(page.getByTestId('error-message')).toContainText(fixture.file);
        await expect(summary(page)).toHaveAttribute('data-rows', '5000');
      } else {
        await expect(summary(page)).toHaveAttribute('data-rows', String(fixture.rows ?? 30));
        await expect(summary(page)).toContainText(fixture.file);
        if (fixture.columns !== undefined) await expect(summary(page)).toHaveAttribute('data-columns', String(fixture.columns));
        await expect(page.getByTestId('error-message')).toHaveCount(0);
        await expect(page.getByTestId('column-row').first()).toBeVisible();
      }
      await expectResponsive(page, started);
    });
  }
});

test('hostile names and cells are shown as text', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('csv-file-input').setInputFiles(join(FIXTURES, 'hostile_headers.csv'));
  await expect(summary(page)).toHaveAttribute('data-columns', '7');
  await expect(page.getByTestId('column-panel')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.getByTestId('data-preview')).toContainText('<script>alert(1)</script>');
  await expect(page.locator('main img, main script')).toHaveCount(0);
  await expect(page.getByTestId('target-select').locator('option', { hasText: '__proto__' })).toHaveCount(1);
});

test('a wide file shows its columns a page at a time', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('csv-file-input').setInputFiles(join(FIXTURES, 'wide_5000_columns.csv'));
  await expect(summary(page)).toHaveAttribute('data-columns', '5000');
  await expect(page.getByTestId('column-row')).toHaveCount(25);
  await page.getByTestId('column-search').fill('f4999');
  await expect(page.getByTestId('column-row')).toHaveCount(1);
});

test('the data check finds the leak in the lead sample, and one click excludes the column', async ({ page }) => {
  await page.goto('/?sample=lead_scoring');
  await expect(summary(page)).toHaveAttribute('data-rows', '4000');
  await expect(page.getByTestId('target-select')).toHaveValue('converted');
  const leak = page.locator('[data-testid="data-finding"][data-id="leak:contract_signed"]');
  await expect(leak).toContainText('nearly determines');
  await leak.getByTestId('fix-button').click();
  await expect(leak).toHaveCount(0);
  await expect(page.locator('[data-testid="column-row"][data-column="contract_signed"]')).toHaveAttribute('data-role', 'excluded');
});

test('an imbalanced target shows its class balance and gets class weights automatically, which can be turned off', async ({ page }) => {
  await page.goto('/?sample=campaign_response');
  await expect(summary(page)).toHaveAttribute('data-rows', '8000');
  await expect(page.getByTestId('class-balance-bars').locator('li[data-value="yes"]')).toHaveCount(1);
  const imbalance = page.locator('[data-testid="data-finding"][data-id="imbalance"]');
  const toggle = page.getByTestId('class-weights-toggle');
  await expect(imbalance).toHaveAttribute('data-severity', 'info');
  await expect(imbalance).toContainText('class weights are on automatically');
  await expect(toggle).toBeChecked();
  await imbalance.getByTestId('fix-button').click();
  await expect(toggle).not.toBeChecked();
  await expect(imbalance).toHaveAttribute('data-severity', 'warning');
  await imbalance.getByTestId('fix-button').click();
  await expect(toggle).toBeChecked();
  await expect(imbalance).toHaveAttribute('data-severity', 'info');
});

test('a column type can be overridden, and the choice reaches training', async ({ page }) => {
  await page.goto('/?sample=penguins&epochs=2');
  await expect(summary(page)).toHaveAttribute('data-rows', '344');
  const mass = page.locator('[data-testid="column-row"][data-column="body_mass_g"]');
  await mass.getByTestId('column-type-select').selectOption('categorical');
  await expect(mass).toHaveAttribute('data-role', 'categorical');
  await mass.getByTestId('column-options-button').click();
  await expect(page.getByTestId('choice-encoding')).toBeVisible();
  await page.getByTestId('split-test').fill('20');
  await expect(page.getByTestId('split-test')).toHaveValue('20');
});

test('reading a large file shows progress and can be cancelled; the page stays responsive', async ({ page }) => {
  await recordLongTasks(page);
  await page.goto('/');
  await expect(summary(page)).toHaveAttribute('data-rows', '5000');
  // On disk, so that the browser reads it as it would a person's file (a buffer would be copied through the page).
  const path = join(mkdtempSync(join(tmpdir(), 'layerlab-large-')), 'large.csv');
  const rows = Array.from({ length: 1_500_000 }, (_, i) => `${i},${(i * 7) % 1000}.5,${i % 3 === 0 ? 'yes' : 'no'}`);
  writeFileSync(path, `id,amount,bought\n${rows.join('\n')}\n`);
  const started = await now(page);
  await page.getByTestId('csv-file-input').setInputFiles(path);
  await expect(page.getByTestId('load-progress')).toBeVisible();
  await page.getByTestId('cancel-load-button').click();
  await expect(page.getByTestId('load-progress')).toHaveCount(0);
  await expect(summary(page)).toHaveAttribute('data-rows', '5000');
  await expect(page.getByTestId('error-message')).toHaveCount(0);
  await expectResponsive(page, started);
});
