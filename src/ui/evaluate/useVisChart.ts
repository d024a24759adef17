import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';

/** tfjs-vis (with vega) is large: it loads on first use, and the training charts have usually warmed it up. */
const loadVis = () => import('@tensorflow/tfjs-vis');
export type Vis = Awaited<ReturnType<typeof loadVis>>;
export type DrawChart = (vis: Vis, container: HTMLElement) => Promise<unknown>;

/**
 * Every chart draw waits for the one before it and lets the browser run other tasks in between, so
 * the dozen charts of the Evaluate step arrive as a dozen short tasks instead of one long freeze.
 */
let queue: Promise<void> = Promise.resolve();
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Vega marks the element it draws into as a "visualization" labelled "Vega visualization", in English.
 * It draws into an element of its own inside the container, whose marks are taken off after each draw,
 * so that the container's own role and label, or its figure's caption, speak for the chart.
 */
const VEGA_ARIA = ['role', 'aria-label', 'aria-roledescription'];

function drawAreaIn(container: HTMLElement): HTMLElement {
  const existing = container.querySelector<HTMLElement>(':scope > .vis-area');
  if (existing) return existing;
  const area = document.createElement('div');
  area.className = 'vis-area';
  return container.appendChild(area);
}

/**
 * Draws a tfjs-vis chart into the returned element whenever `draw` changes (memoise it). A draw that
 * is superseded before its turn is skipped, so dragging a slider never piles up work. The container
 * carries `data-drawn` ("false" while waiting, "true" once drawn) for tests.
 */
export function useVisChart<T extends HTMLElement = HTMLDivElement>(draw: DrawChart) {
  const ref = useRef<T>(null);
  const failed = useT().t('evaluate.chartFailed');
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let superseded = false;
    container.dataset.drawn = 'false';
    queue = queue.then(async () => {
      if (superseded) return;
      const area = drawAreaIn(container);
      try {
        await draw(await loadVis(), area);
        for (const name of VEGA_ARIA) area.removeAttribute(name);
      } catch (error) {
        container.textContent = failed;
        console.error('Layerlab could not draw a chart:', error);
      }
      container.dataset.drawn = 'true';
      await nextTask();
    });
    return () => {
      superseded = true;
    };
  }, [draw, failed]);
  return ref;
}

type BarDatum = Parameters<Vis['render']['barchart']>[1][number];

/**
 * Bars labelled by text. tfjs-vis types the label as a number, but it hands it to vega-lite as an
 * ordinal field, which draws text labels as well (sorted as text, hence the ranks callers prefix).
 */
export function labelledBars(bars: readonly { label: string; value: number }[]): BarDatum[] {
  return bars.map((bar) => ({ index: bar.label, value: bar.value }) as unknown as BarDatum);
}
