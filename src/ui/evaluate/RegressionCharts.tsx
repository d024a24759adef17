import { useCallback } from 'react';
import type { RegressionFigures } from '../../core/metrics/evaluation';
import { referenceLine } from './points';
import { labelledBars, useVisChart, type Vis } from './useVisChart';
import { useWording } from './useWording';

const SIZE = { width: 380, height: 280 };

/** Predicted against actual values, and the spread of the errors, for a numeric target. */
export function RegressionCharts({ figures }: { figures: RegressionFigures }) {
  const { t, amount, shortAmount } = useWording();
  const { scatter, residuals, targetName: target } = figures;
  const drawScatter = useCallback(
    (vis: Vis, container: HTMLElement) => {
      const values = scatter.actual.map((x, i) => ({ x, y: scatter.predicted[i] as number }));
      const low = Math.min(...scatter.actual, ...scatter.predicted);
      const high = Math.max(...scatter.actual, ...scatter.predicted);
      return vis.render.scatterplot(
        container,
        { values: [values, referenceLine({ x: low, y: low }, { x: high, y: high })], series: [t('evaluate.regression.series'), t('evaluate.regression.perfect')] },
        { ...SIZE, xLabel: t('evaluate.regression.actual', { target }), yLabel: t('evaluate.regression.predicted', { target }), zoomToFit: true },
      );
    },
    [scatter, target, t],
  );
  const drawResiduals = useCallback(
    (vis: Vis, container: HTMLElement) => {
      const edges = residuals.edges;
      // Bin labels start with their rank so the chart keeps them in order (it sorts labels as text).
      const bins = residuals.counts.map((count, i) => ({
        label: t('evaluate.regression.bin', { rank: String(i + 1).padStart(2, '0'), from: shortAmount(edges[i] as number), to: shortAmount(edges[i + 1] as number) }),
        value: count,
      }));
      return vis.render.barchart(container, labelledBars(bins), { ...SIZE, xLabel: t('evaluate.regression.error', { target }), yLabel: t('evaluate.regression.rows') });
    },
    [residuals, target, t, shortAmount],
  );
  const scatterRef = useVisChart(drawScatter);
  const residualRef = useVisChart(drawResiduals, 'barchart');
  return (
    <div className="charts">
      <figure>
        <div ref={scatterRef} className="chart" data-testid="scatter-chart" data-points={scatter.actual.length} />
        <figcaption>{t('evaluate.regression.scatter', { target, perfect: t('evaluate.regression.perfect') })}</figcaption>
      </figure>
      <figure>
        <div ref={residualRef} className="chart" data-testid="residual-chart" data-bins={residuals.counts.length} />
        <figcaption>{t('evaluate.regression.residuals', { target, from: amount(residuals.edges[0] ?? NaN), to: amount(residuals.edges.at(-1) ?? NaN) })}</figcaption>
      </figure>
    </div>
  );
}
