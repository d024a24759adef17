import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** Records main-thread long tasks from page start (PerformanceObserver `longtask`). */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Long tasks that started inside [from, to] (page clock, ms). */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<number[]> {
  return page.evaluate(
    ([a, b]) => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start >= a && t.start <= b).map((t) => t.duration),
    [from, to] as const,
  );
}

export const status = (page: Page): Locator => page.getByTestId('training-status');

/** Waits until training ends in one of the given states. */
export async function waitForTrainingEnd(page: Page, states: string[] = ['done', 'stopped'], timeout = 150_000): Promise<string> {
  await expect(status(page)).toHaveAttribute('data-state', new RegExp(`^(${[...states, 'error'].join('|')})$`), { timeout });
  const state = (await status(page).getAttribute('data-state')) ?? '';
  if (state === 'error' && !states.includes('error')) {
    throw new Error(`Training failed: ${await page.getByTestId('error-message').textContent().catch(() => '(no message)')}`);
  }
  return state;
}

export async function metricValue(page: Page, key: string): Promise<number> {
  const value = await page.getByTestId(`metric-${key}`).getAttribute('data-value');
  return Number(value);
}

/** Clicks a control that triggers a download and returns the downloaded bytes and file name. */
export async function download(page: Page, control: Locator): Promise<{ bytes: Buffer; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), control.click()]);
  const path = await file.path();
  return { bytes: await readFile(path), name: file.suggestedFilename() };
}
