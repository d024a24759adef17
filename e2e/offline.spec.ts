import { test, expect } from '@playwright/test';
import { metricValue, waitForTrainingEnd } from './support/app';

test('after one visit, the app, a sample and training work with the network off', async ({ page, context }) => {
  await page.goto('/?seed=9&epochs=20');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  // The service worker takes control once everything is cached.
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  }, null, { timeout: 60_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '5000');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await page.getByTestId('sample-select').selectOption('penguins');
  await expect(page.getByTestId('dataset-summary')).toHaveAttribute('data-rows', '344');
  await page.getByTestId('train-button').click();
  await waitForTrainingEnd(page, ['done']);
  expect(await metricValue(page, 'accuracy')).toBeGreaterThan(0.8);
  // Offline for real: a request to the server itself fails.
  expect(await page.evaluate(() => fetch('/not-cached-' + Math.random()).then(() => 'reached', () => 'failed'))).toBe('failed');
});
