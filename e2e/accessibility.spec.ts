import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { status, waitForTrainingEnd } from './support/app';

/**
 * Accessibility acceptance (issue 8): axe finds no serious or critical WCAG 2 A/AA violation on any
 * step in either language, charts have text equivalents, and the whole flow works with the keyboard
 * alone with the focus always visible.
 */

async function severeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Charts (drawn SVG, tfjs-vis containers, canvases) that neither carry a label nor sit in a captioned figure. */
async function chartsWithoutText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const charts = document.querySelectorAll('.chart, svg[role="img"], svg.line-chart, canvas');
    const missing: string[] = [];
    for (const chart of Array.from(charts)) {
      if (chart instanceof HTMLCanvasElement && chart.closest('.chart')) continue; // the container speaks for it
      const labelledBy = chart.getAttribute('aria-labelledby');
      const label = chart.getAttribute('aria-label') ?? (labelledBy ? document.getElementById(labelledBy)?.textContent : '') ?? '';
      const caption = chart.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
      if (label.trim() === '' && caption.trim() === '') missing.push(chart.outerHTML.slice(0, 120));
    }
    return missing;
  });
}

// English on the binary churn sample (ROC, profit and gains panels), Chinese on the three penguin species (per-class panels).
for (const { lang, sample, rows } of [
  { lang: 'en', sample: 'mlc_churn', rows: '5000' },
  { lang: 'zh', sample: 'penguins', rows: '344' },
]) {
  test(`axe finds no serious or critical problem on any step in ${lang}, and every chart has a text equivalent`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&sample=${sample}&backend=wasm&epochs=3&patience=0`);
    await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', rows);
    await expect(page.getByTestId('data-check')).toBeVisible();
    await expect(page.getByTestId('network-diagram')).toBeVisible();

    // Before training: every step, with the parts that open on demand opened (column options, the
    // projects list, the workshop-link panel, a share link).
    await page.getByTestId('column-options-button').first().click();
    await expect(page.getByTestId('column-choices')).toBeVisible();
    await page.getByTestId('projects-toggle').click();
    await expect(page.getByTestId('project-list')).toBeVisible();
    await page.locator('.share-links details > summary').click();
    await page.getByTestId('share-link-button').click();
    await expect(page.getByTestId('share-link')).toBeVisible();
    expect(await severeViolations(page), 'before training').toEqual([]);

    // After training, with the charts drawn, the presenter figures, a scored what-if row and a checked bundle.
    await page.getByTestId('train-button').click();
    await waitForTrainingEnd(page, ['done']);
    await page.locator('.vis-charts > summary').click();
    await page.getByTestId('presenter-toggle').click();
    await expect(page.getByTestId('presenter-figures')).toBeVisible();
    await expect(page.getByTestId('epoch-table')).toBeVisible();
    await expect(page.locator('[data-drawn="false"]')).toHaveCount(0, { timeout: 60_000 });
    await expect(page.getByTestId('whatif-result')).toHaveAttribute('data-state', 'ready');
    await page.getByTestId('download-bundle-button').click();
    await expect(page.getByTestId('bundle-verification')).toHaveAttribute('data-state', 'verified', { timeout: 60_000 });
    expect(await chartsWithoutText(page)).toEqual([]);
    expect(await severeViolations(page), 'after training').toEqual([]);
  });
}

/** What the focused element shows: its hook, and whether a focus ring (outline or shadow) is drawn around it or its label. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { testId: null, type: '', visible: false, what: 'nothing focused' };
    const ring = (el: Element) => {
      const style = getComputedStyle(el);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    };
    const box = element.getBoundingClientRect();
    // A hidden file input shows its focus on the label that wraps it.
    const shown = ring(element) || (element instanceof HTMLInputElement && element.type === 'file' && element.closest('label') !== null && ring(element.closest('label') as Element));
    return { testId: element.getAttribute('data-testid'), type: element.getAttribute('type') ?? element.tagName.toLowerCase(), visible: shown && (box.width > 0 || element instanceof HTMLInputElement), what: element.outerHTML.slice(0, 100) };
  });
}

/** Presses Tab until the element with this hook has the focus, checking at every stop that the focus can be seen. */
async function tabTo(page: Page, testId: string, options: { match?: (state: { testId: string | null; type: string }) => boolean; limit?: number } = {}) {
  const matches = options.match ?? ((state) => state.testId === testId);
  for (let presses = 0; presses < (options.limit ?? 250); presses++) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    expect(state.visible, `focus ring on ${state.what}`).toBe(true);
    if (matches(state)) return;
  }
  throw new Error(`Tab never reached ${testId}`);
}

/** Moves a focused native select to `value` with the arrow keys, as a keyboard user does. */
async function arrowTo(page: Page, value: string) {
  const { from, to } = await page.evaluate((wanted) => {
    const select = document.activeElement as HTMLSelectElement;
    return { from: select.selectedIndex, to: Array.from(select.options).findIndex((option) => option.value === wanted) };
  }, value);
  expect(to, `option ${value}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
}

test('the whole flow works with the keyboard alone, and the focus is always visible', async ({ page }) => {
  await page.goto('/?backend=wasm&epochs=3&patience=0');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');

  await tabTo(page, 'sample-select');
  await arrowTo(page, 'penguins');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');

  await tabTo(page, 'target-select');
  await arrowTo(page, 'island');
  await expect(page.getByTestId('target-select')).toHaveValue('island');
  await expect(page.getByTestId('task-type')).toHaveAttribute('data-task', 'multiclass');

  const layers = await page.getByTestId('layer').count();
  await tabTo(page, 'add-layer-button');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('layer')).toHaveCount(layers + 1);

  await tabTo(page, 'train-button');
  await page.keyboard.press('Enter');
  await waitForTrainingEnd(page, ['done']);
  await expect(status(page)).toHaveAttribute('data-epoch', '3');
  const accuracy = Number(await page.getByTestId('metric-accuracy').getAttribute('data-value'));
  expect(accuracy).toBeGreaterThan(0.3);
  await expect(page.getByTestId('metric-accuracy')).toBeVisible();

  // A what-if row: the first number box, typed over from the keyboard.
  const result = page.getByTestId('whatif-result');
  await expect(result).toHaveAttribute('data-state', 'ready');
  const before = await result.textContent();
  await tabTo(page, 'whatif-input', { match: (state) => state.testId === 'whatif-input' && state.type === 'number' });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('6000');
  await expect(result).not.toHaveText(before ?? '');
  await expect(result).toHaveAttribute('data-state', 'ready');

  await tabTo(page, 'download-bundle-button');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  await expect(page.getByTestId('bundle-verification')).toHaveAttribute('data-state', 'verified', { timeout: 60_000 });
});
