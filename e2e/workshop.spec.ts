import { expect, test, type Page } from '@playwright/test';
import { status, waitForTrainingEnd } from './support/app';

/** Workshop tools (issue 8): the Step button, the presenter view, and a workshop link that locks or hides training settings. */

const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('Step trains exactly one batch or one epoch, from rest and from a pause, and the view follows each step', async ({ page }) => {
  // 344 penguins, a few hundred training rows in batches of 16: more than ten batches an epoch.
  await page.goto('/?presenter=1&sample=penguins&backend=cpu&batch=16&epochs=4&patience=0');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  const position = page.getByTestId('step-position');
  const figures = page.getByTestId('presenter-figures');

  await page.getByTestId('step-unit').selectOption('batch');
  await page.getByTestId('step-button').click();
  await expect(position).toHaveAttribute('data-batch', '1');
  await expect(status(page)).toHaveAttribute('data-state', 'paused');
  await expect(position).toHaveAttribute('data-epoch', '0');
  await expect(page.getByTestId('loss-chart')).toBeVisible();
  // Held: nothing more trains until the next step.
  await page.waitForTimeout(600);
  await expect(position).toHaveAttribute('data-batch', '1');

  await page.getByTestId('step-button').click();
  await expect(position).toHaveAttribute('data-batch', '2');
  await expect(status(page)).toHaveAttribute('data-epoch', '0');
  await expect(position).toContainText(/Epoch 1: 2 of 1\d batches trained/);

  // An epoch step from mid-epoch finishes that epoch; the next one trains a whole epoch.
  await page.getByTestId('step-unit').selectOption('epoch');
  await page.getByTestId('step-button').click();
  await expect(status(page)).toHaveAttribute('data-epoch', '1');
  await expect(position).toHaveAttribute('data-batch', '0');
  await expect(figures).toHaveAttribute('data-epoch', '1');
  await expect(page.getByTestId('metric-chart')).toBeVisible();
  const lossAfterOne = await page.getByTestId('presenter-loss').textContent();
  expect(Number(lossAfterOne)).toBeGreaterThan(0);

  await page.getByTestId('step-button').click();
  await expect(status(page)).toHaveAttribute('data-epoch', '2');
  await expect(status(page)).toHaveAttribute('data-state', 'paused');
  // Read once held, without retrying: a step that ran on would show a later epoch here.
  expect(await status(page).getAttribute('data-epoch')).toBe('2');
  await expect(position).toHaveAttribute('data-batch', '0');
  await expect(figures).toHaveAttribute('data-epoch', '2');
  await expect(page.getByTestId('presenter-loss')).not.toHaveText(lossAfterOne ?? '');

  // Resume runs the rest as usual.
  await page.getByTestId('resume-button').click();
  await waitForTrainingEnd(page, ['done']);
  await expect(status(page)).toHaveAttribute('data-epoch', '4');
  await expect(page.getByTestId('metric-accuracy')).toBeVisible();
});

test('the presenter view enlarges type and key figures, switches from the keyboard, and is remembered', async ({ page }) => {
  await page.goto('/?sample=penguins');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  const toggle = page.getByTestId('presenter-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const normal = await rootFontSize(page);
  await expect(page.getByTestId('presenter-figures')).toHaveCount(0);

  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
  expect(await rootFontSize(page)).toBeGreaterThanOrEqual(normal * 1.4);
  const epoch = page.getByTestId('presenter-figures').locator('dd').first();
  expect(await epoch.evaluate((dd) => parseFloat(getComputedStyle(dd).fontSize))).toBeGreaterThanOrEqual(normal * 4);
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await rootFontSize(page)).toBe(normal);
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  // The address wins over what the device remembers, and follows the switch so that a reload keeps it.
  await page.goto('/?presenter=1&sample=penguins');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(page).toHaveURL(/presenter=0/);
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('a workshop link can lock the training settings and hide chosen ones, with or without the lock', async ({ page, browser }) => {
  await page.goto('/?sample=penguins&epochs=7&batch=24');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  await page.getByText('Workshop link').click();
  const makeLink = async (lockTraining: boolean, hide: string[]) => {
    await page.getByTestId('lock-training').setChecked(lockTraining);
    for (const name of ['learningRate', 'epochs', 'backend']) await page.getByTestId(`hide-${name}`).setChecked(hide.includes(name));
    await page.getByTestId('workshop-link-button').click();
    const participant = await (await browser.newContext()).newPage();
    await participant.goto(await page.getByTestId('share-link').inputValue());
    await expect(participant.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
    return participant;
  };

  const locked = await makeLink(true, ['learningRate', 'backend']);
  await expect(locked.getByTestId('training-lock')).toHaveAttribute('data-locked', 'true');
  await expect(locked.getByTestId('setting-epochs')).toHaveValue('7');
  await expect(locked.getByTestId('setting-epochs')).toBeDisabled();
  await expect(locked.getByTestId('setting-optimizer')).toBeDisabled();
  await expect(locked.getByTestId('setting-learningRate')).toHaveCount(0);
  await expect(locked.getByTestId('backend-select')).toHaveCount(0);
  await expect(locked.getByTestId('hidden-settings')).toHaveAttribute('data-hidden', 'learningRate,backend');
  await expect(locked.getByTestId('train-button')).toBeEnabled();
  await expect(locked.getByTestId('step-button')).toBeEnabled();

  const hiddenOnly = await makeLink(false, ['epochs']);
  await expect(hiddenOnly.getByTestId('training-lock')).toHaveAttribute('data-locked', 'false');
  await expect(hiddenOnly.getByTestId('setting-epochs')).toHaveCount(0);
  await expect(hiddenOnly.getByTestId('setting-batchSize')).toHaveValue('24');
  await expect(hiddenOnly.getByTestId('setting-batchSize')).toBeEnabled();
  await expect(hiddenOnly.getByTestId('backend-select')).toBeEnabled();
  await expect(hiddenOnly.getByTestId('hidden-settings')).toHaveAttribute('data-hidden', 'epochs');
});
