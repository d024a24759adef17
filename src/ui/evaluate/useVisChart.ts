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

function drawAreaIn(container: HTMLElement, spares: HTMLElement[] | null): HTMLElement {
  const existing = container.querySelector<HTMLElement>(':scope > .vis-area');
  if (existing) return existing;
  const area = spares?.pop() ?? document.createElement('div');
  area.className = 'vis-area';
  return container.appendChild(area);
}

/**
 * tfjs-vis's bar chart keeps every element it ever drew into, with its chart, in a module-level Map
 * (to update a chart in place), and never lets go: each new draw area kept a whole detached Evaluate
 * step alive, about 0.3 MB per training (found by `npm run soak`). So bar-chart areas are recycled: an
 * area whose chart leaves the page goes back here, chart and all, and the next bar chart takes it. The
 * Map then holds at most as many areas as bar charts ever shown at once. Other charts keep nothing.
 */
const spareBarAreas: HTMLElement[] = [];

/**
 * Draws a tfjs-vis chart into the returned element whenever `draw` changes (memoise it). A draw that
 * is superseded before its turn is skipped, so dragging a slider never piles up work. The container
 * carries `data-drawn` ("false" while waiting, "true" once drawn) for tests. Pass `kind` 'barchart'
 * when `draw` calls `render.barchart`, so that its draw area is recycled (see `spareBarAreas`).
 */
export function useVisChart<T extends HTMLElement = HTMLDivElement>(draw: DrawChart, kind: 'barchart' | 'other' = 'other') {
  const ref = useRef<T>(null);
  const failed = useT().t('evaluate.chartFailed');
  const spares = kind === 'barchart' ? spareBarAreas : null;
  useEffect(() => {
    const container = ref.current;
    if (!container || !spares) return;
    // On unmount only: queued draws run in order, so a draw still under way finishes before the next takes the area.
    return () => {
      const area = container.querySelector<HTMLElement>(':scope > .vis-area');
      if (!area) return;
      area.remove();
      spares.push(area);
    };
  }, [spares]);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let superseded = false;
    container.dataset.drawn = 'false';
    queue = queue.then(async () => {
      if (superseded) return;
      const area = drawAreaIn(container, spares);
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
  }, [draw, failed, spares]);
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
