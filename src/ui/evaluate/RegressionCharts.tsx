import { useCallback } from 'react';
import type { RegressionFigures } from '../../core/metrics/evaluation';
import { referenceLine } from './points';
import { labelledBars, useVisChart, type Vis } from './useVisChart';
import { amount, quoted, shortAmount } from './wording';

const SIZE = { width: 380, height: 280 };

/** Predicted against actual values, and the spread of the errors, for a numeric target. */
export function RegressionCharts({ figures }: { figures: RegressionFigures }) {
  const { scatter, residuals, targetName } = figures;
  const drawScatter = useCallback(
    (vis: Vis, container: HTMLElement) => {
      const values = scatter.actual.map((x, i) => ({ x, y: scatter.predicted[i] as number }));
      const low = Math.min(...scatter.actual, ...scatter.predicted);
      const high = Math.max(...scatter.actual, ...scatter.predicted);
      return vis.render.scatterplot(
        container,
        { values: [values, referenceLine({ x: low, y: low }, { x: high, y: high })], series: ['test rows', 'perfect'] },
        { ...SIZE, xLabel: `actual ${targetName}`, yLabel: `predicted ${targetName}`, zoomToFit: true },
      );
    },
    [scatter, targetName],
  );
  const drawResiduals = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.barchart(
        container,
        labelledBars(residuals.counts.map((count, i) => ({ label: binLabel(residuals.edges, i), value: count }))),
        { ...SIZE, xLabel: `actual − predicted ${targetName}`, yLabel: 'test rows' },
      ),
    [residuals, targetName],
  );
  const scatterRef = useVisChart(drawScatter);
  const residualRef = useVisChart(drawResiduals);
  const target = quoted(targetName);
  return (
    <div className="charts">
      <figure>
        <div ref={scatterRef} className="chart" data-testid="scatter-chart" data-points={scatter.actual.length} />
        <figcaption>
          Each dot is a test row: its real {target} (across) and the model’s prediction (up). Dots on the “perfect” diagonal are exact; the further off, the bigger the miss.
        </figcaption>
      </figure>
      <figure>
        <div ref={residualRef} className="chart" data-testid="residual-chart" data-bins={residuals.counts.length} />
        <figcaption>
          Errors of the test rows (real minus predicted {target}), from {amount(residuals.edges[0] ?? NaN)} to {amount(residuals.edges.at(-1) ?? NaN)}. Bars right of zero are
          under-predictions; a lopsided chart means the model is biased one way.
        </figcaption>
      </figure>
    </div>
  );
}

/** Bin labels start with their rank so the chart keeps them in order (it sorts labels as text). */
function binLabel(edges: readonly number[], i: number): string {
  return `${String(i + 1).padStart(2, '0')}: ${shortAmount(edges[i] as number)} to ${shortAmount(edges[i + 1] as number)}`;
}
