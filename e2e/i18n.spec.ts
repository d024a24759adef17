import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Latin-letter words a Chinese UI keeps as they are: the product's name, file formats and tools by their
 * own names (CSV, JSON, ONNX, Keras, TensorFlow.js, Node.js, Python), the encoding name UTF-8, the Ctrl
 * key, Dropout (as Chinese machine-learning texts call it), None in Keras's shape notation, and
 * "(missing)", the category Layerlab writes into the data for empty cells.
 * Activation and initializer names are Keras identifiers; the test reads them from their selects.
 */
const KEPT = ['Layerlab', 'CSV', 'JSON', 'ONNX', 'Keras', 'TensorFlow', 'Node', 'Python', 'UTF', 'Ctrl', 'Dropout', 'None', 'missing'];

/** The parts of the page this pass translates: the header and steps 1, 2 and 6. */
const COVERED = ['header.app-header', 'section[aria-labelledby="data-title"]', 'section[aria-labelledby="model-title"]', 'section[aria-labelledby="export-title"]'];

/**
 * Every Latin-letter word of three letters or more in the covered parts that is neither kept nor data.
 * All rendered text counts, hidden or not (help texts, collapsed options, the screen-reader announcer),
 * and the texts people meet as attributes (aria-label, title, placeholder, alt). Data is left out: what
 * is marked translate="no" (the preview table, column names, Keras layer names), column names and
 * category values wherever they appear, file names, and the identifiers offered by the layer selects.
 */
async function untranslatedWords(page: Page): Promise<string[]> {
  return page.evaluate(
    ([selectors, kept]) => {
      const tokens = (text: string) => text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [];
      const allowed = new Set(kept);
      const data = [
        ...Array.from(document.querySelectorAll('[data-column]'), (el) => el.getAttribute('data-column') ?? ''),
        ...Array.from(document.querySelectorAll('[data-value]'), (el) => el.getAttribute('data-value') ?? ''),
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
    [COVERED, KEPT] as const,
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
