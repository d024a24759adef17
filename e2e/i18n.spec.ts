import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForTrainingEnd } from './support/app';

/**
 * Latin-letter words a Chinese UI keeps as they are: the product's name, file formats and tools by their
 * own names (CSV, JSON, ONNX, Keras, TensorFlow.js, Node.js, Python), the encoding name UTF-8, the Ctrl
 * key, Dropout (as Chinese machine-learning texts call it), None in Keras's shape notation, the metrics
 * ROC AUC, MAE, RMSE and MAPE (as Chinese analytics products name them), "(missing)", the category
 * Layerlab writes into the data for empty cells, and layerlab_notes, the column it adds to a scored file.
 * Activation and initializer names are Keras identifiers; the test reads them from their selects.
 */
const KEPT = ['Layerlab', 'CSV', 'JSON', 'ONNX', 'Keras', 'TensorFlow', 'Node', 'Python', 'UTF', 'Ctrl', 'Dropout', 'None', 'ROC', 'AUC', 'MAE', 'RMSE', 'MAPE', 'missing', 'layerlab_notes'];

/** The parts of the page translated so far: the header and steps 1, 2 and 6, then steps 4 and 5 once a model is trained. */
const COVERED = ['header.app-header', 'section[aria-labelledby="data-title"]', 'section[aria-labelledby="model-title"]', 'section[aria-labelledby="export-title"]'];
const RESULTS = ['section[aria-labelledby="evaluate-title"]', 'section[aria-labelledby="use-title"]'];

/**
 * Every Latin-letter word of three letters or more in these parts that is neither kept nor data.
 * All rendered text counts, hidden or not (help texts, collapsed options, the screen-reader announcer),
 * and the texts people meet as attributes (aria-label, title, placeholder, alt). Data is left out: what
 * is marked translate="no" (the preview table, column names, Keras layer names), column names, class
 * labels and category values wherever they appear, file names, and the identifiers offered by the
 * layer selects.
 */
async function untranslatedWords(page: Page, parts = COVERED): Promise<string[]> {
  return page.evaluate(
    ([selectors, kept]) => {
      const tokens = (text: string) => text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [];
      const allowed = new Set(kept);
      const data = [
        ...Array.from(document.querySelectorAll('[data-column]'), (el) => el.getAttribute('data-column') ?? ''),
        ...Array.from(document.querySelectorAll('[data-value]'), (el) => el.getAttribute('data-value') ?? ''),
        ...Array.from(document.querySelectorAll('[data-class]'), (el) => el.getAttribute('data-class') ?? ''),
        ...Array.from(document.querySelectorAll<HTMLOptionElement>('select[data-testid="whatif-input"] option'), (option) => option.value),
        ...Array.from(document.querySelectorAll<HTMLOptionElement>('[data-testid="target-select"] option'), (option) => option.value),
        ...Array.from(document.querySelectorAll<HTMLOptionElement>('select[data-testid^="layer-activation-"] option, select[data-testid^="layer-initializer-"] option'), (option) => option.value),
      ];
      for (const value of data) for (const token of tokens(value)) allowed.add(token);
      // An element's `translate` is inherited; SVG elements answer through the nearest HTML element.
      const translatable = (node: Node) => {
        let element = node instanceof Element ? node : node.parentElement;
        while (element && !(element instanceof HTMLElement)) element = element.parentElement;
        return element?.translate ?? true;
      };
      const texts: string[] = [];
      for (const root of selectors.flatMap((selector) => Array.from(document.querySelectorAll(selector)))) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
          if (!translatable(node)) continue;
          if (node instanceof Element) {
            for (const name of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(node.getAttribute(name) ?? '');
          } else texts.push(node.textContent ?? '');
        }
      }
      const words = texts.flatMap((text) => tokens(text.replace(/[\w-]*\.(csv|json|bin|onnx|mjs|py|zip)\b/g, '')));
      return [...new Set(words.filter((word) => /[A-Za-z]{3}/.test(word) && !allowed.has(word)))];
    },
    [parts, KEPT] as const,
  );
}

async function openInChinese(page: Page) {
  await page.goto('/?lang=zh');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  await expect(page.getByTestId('data-check')).toBeVisible();
  await expect(page.getByTestId('network-diagram')).toBeVisible();
}

test('the Chinese UI leaves no English in the header, the data step, the layer builder and the download', async ({ page }) => {
  await openInChinese(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('language-select')).toHaveValue('zh');
  await expect(page.getByTestId('dataset-summary')).toContainText('电信客户流失');
  await expect(page.getByTestId('task-type')).toContainText('二分类');

  // Reach the texts that appear only after an action: a column's options, an announcement, the checks.
  await page.getByTestId('column-options-button').first().click();
  await expect(page.getByTestId('column-choices')).toBeVisible();
  await page.getByTestId('add-layer-dropout').click();
  await expect(page.getByTestId('builder-announcement')).toContainText('已添加');
  await page.getByTestId('layer-units-0').fill('0');
  await expect(page.getByTestId('model-problems')).toContainText('神经元数为 0');

  expect(await untranslatedWords(page)).toEqual([]);
});

test('after training, the Chinese evaluation and prediction steps leave no English, whatever the person does there', async ({ page }) => {
  test.setTimeout(300_000);
  await openInChinese(page);
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done'], 240_000);
  await expect(page.locator('[data-drawn="false"]')).toHaveCount(0, { timeout: 60_000 });
  const whatIf = page.getByTestId('whatif-result');
  await expect(whatIf).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('gains-sentence')).toContainText(/按模型得分联系前 20% 的行，可覆盖全部“yes”中的 \d+%/);
  expect.soft(await untranslatedWords(page, RESULTS), 'once trained').toEqual([]);

  // The threshold slider, and figures at which no threshold pays.
  await page.getByTestId('threshold-slider').fill('200');
  await expect(page.getByTestId('threshold-value')).toHaveText('0.2');
  await expect(page.getByTestId('threshold-sentence')).toContainText('阈值为 0.2 时');
  await page.getByTestId('cost-per-contact').fill('2');
  await page.getByTestId('value-per-success').fill('1.5');
  await expect(page.getByTestId('profit-best')).toContainText('没有哪个阈值能盈利');
  expect.soft(await untranslatedWords(page, RESULTS), 'after the slider and the campaign figures').toEqual([]);

  // The what-if form, then a file of new rows with a state the model never saw.
  await page.locator('input[type="number"][data-testid="whatif-input"]').first().fill('3');
  await page.locator('select[data-testid="whatif-input"][data-column="international_plan"]').selectOption('yes');
  await expect(whatIf).toHaveAttribute('data-state', 'ready');
  await expect(whatIf).toContainText('预测结果：');
  const rows = readFileSync('public/samples/mlc_churn.csv', 'utf8').split('\n').slice(0, 4);
  rows[1] = rows[1]!.replace(/^"KS"/, '"ZZ"');
  await page.getByTestId('predict-file-input').setInputFiles({ name: 'new-customers.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await expect(page.getByTestId('scoring-summary')).toHaveAttribute('data-rows-with-notes', '1');
  await expect(page.getByTestId('scoring-summary')).toContainText('其中 1 行在 layerlab_notes 列中附有说明');
  expect.soft(await untranslatedWords(page, RESULTS), 'after the what-if form and batch scoring').toEqual([]);

  const axe = RESULTS.reduce((builder, selector) => builder.include(selector), new AxeBuilder({ page }));
  const severe = (await axe.analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect.soft(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

for (const { sample, rows, task } of [
  { sample: 'penguins', rows: 344, task: '多分类' },
  { sample: 'sacramento', rows: 932, task: '回归' },
]) {
  test(`the Chinese evaluation and prediction steps leave no English for the ${sample} sample either`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto(`/?lang=zh&sample=${sample}`);
    await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', String(rows));
    await expect(page.getByTestId('task-type')).toContainText(task);
    await page.getByTestId('train-button').click();
    await waitForTrainingEnd(page, ['done'], 240_000);
    await expect(page.locator('[data-drawn="false"]')).toHaveCount(0, { timeout: 60_000 });
    await expect(page.getByTestId('whatif-result')).toHaveAttribute('data-state', 'ready');
    expect(await untranslatedWords(page, RESULTS)).toEqual([]);
  });
}

test('the Chinese UI has no serious or critical accessibility problem in the translated steps', async ({ page }) => {
  await openInChinese(page);
  const axe = COVERED.reduce((builder, selector) => builder.include(selector), new AxeBuilder({ page }));
  const results = await axe.analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('the language switches both ways and is remembered after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();

  await page.getByTestId('language-select').selectOption('zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '你的数据' })).toBeVisible();
  await expect(page).toHaveTitle(/浏览器/);
  await page.reload();
  await expect(page.getByRole('heading', { name: '你的数据' })).toBeVisible();

  await page.getByTestId('language-select').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('language-select')).toHaveValue('en');
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
});

test('a link with ?lang=zh follows the switch back to English, so a reload keeps English', async ({ page }) => {
  await openInChinese(page);
  await page.getByTestId('language-select').selectOption('en');
  await expect(page).toHaveURL(/lang=en/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('data-check')).toContainText('Data check');
});
