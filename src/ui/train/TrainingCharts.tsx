import { useEffect, useRef } from 'react';
import type { EpochRecord } from '../../core/training/fit';
import { useTargetInfo } from '../../store/hooks';
import { useStore } from '../../store/store';

/** Charts redraw at most this often, so a fast epoch rate never floods the main thread. */
const REDRAW_MS = 1000;

/**
 * tfjs-vis (with vega) is large: it loads lazily, but as soon as the page is idle, so that its
 * one-off start-up cost never lands in the middle of training.
 */
const loadVis = () => import('@tensorflow/tfjs-vis');
if (typeof window !== 'undefined') {
  (window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 2000)))(() => void warmUp());
}

/** One throw-away draw off screen: vega's first chart costs several times a later one. */
async function warmUp(): Promise<void> {
  const tfvis = await loadVis();
  const scratch = document.createElement('div');
  scratch.style.cssText = 'position:absolute;left:-10000px;width:420px;height:240px';
  document.body.append(scratch);
  await tfvis.render.linechart(scratch, { values: [[{ x: 1, y: 1 }]], series: ['warm-up'] }, { width: 420, height: 240 });
  scratch.remove();
}

/** Lets the browser run other tasks between two chart draws, so each draw is its own short task. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

type Series = { x: number; y: number }[];

function series(history: readonly EpochRecord[], pick: (r: EpochRecord) => number): Series {
  return history.map((r) => ({ x: r.epoch, y: pick(r) }));
}

/** Live loss and metric curves for training and validation, drawn with tfjs-vis (loaded lazily). */
export function TrainingCharts() {
  const history = useStore((s) => s.history);
  const regression = useTargetInfo()?.task === 'regression';
  const lossRef = useRef<HTMLDivElement>(null);
  const metricRef = useRef<HTMLDivElement>(null);
  const lastDraw = useRef(0);

  useEffect(() => {
    if (history.length === 0) return;
    let cancelled = false;
    const wait = Math.max(0, lastDraw.current + REDRAW_MS - performance.now());
    const timer = setTimeout(async () => {
      const tfvis = await loadVis();
      if (cancelled || !lossRef.current || !metricRef.current) return;
      lastDraw.current = performance.now();
      const options = { xLabel: 'epoch', width: 420, height: 240, zoomToFit: true };
      await tfvis.render.linechart(lossRef.current, { values: [series(history, (r) => r.loss), series(history, (r) => r.valLoss)], series: ['training', 'validation'] }, { ...options, yLabel: 'loss' });
      await nextTask();
      if (cancelled || !metricRef.current) return;
      await tfvis.render.linechart(
        metricRef.current,
        { values: [series(history, (r) => r.metric), series(history, (r) => r.valMetric)], series: ['training', 'validation'] },
        { ...options, yLabel: regression ? 'MAE' : 'accuracy' },
      );
    }, wait);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [history, regression]);

  const last = history[history.length - 1];
  if (!last) return null;
  return (
    <div className="charts" data-testid="training-charts">
      <figure>
        <div ref={lossRef} className="chart" />
        <figcaption>
          Loss: training {last.loss.toFixed(4)}, validation {last.valLoss.toFixed(4)} (lower is better)
        </figcaption>
      </figure>
      <figure>
        <div ref={metricRef} className="chart" />
        <figcaption>
          {regression ? 'Mean absolute error' : 'Accuracy'}: training {last.metric.toFixed(4)}, validation {last.valMetric.toFixed(4)}
        </figcaption>
      </figure>
    </div>
  );
}
