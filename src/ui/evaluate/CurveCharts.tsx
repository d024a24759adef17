import { useCallback } from 'react';
import type { BinaryFigures } from '../../core/metrics/evaluation';
import { pointsOf, referenceLine } from './points';
import { useVisChart, type Vis } from './useVisChart';
import { quoted } from './wording';

const SIZE = { width: 360, height: 260 };

/** ROC and precision–recall curves of a binary model on the test split. */
export function CurveCharts({ figures }: { figures: BinaryFigures }) {
  const { roc, precisionRecall, report, thresholds } = figures;
  const baseRate = thresholds.positives / Math.max(1, thresholds.positives + thresholds.negatives);
  const drawRoc = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.scatterplot(
        container,
        { values: [pointsOf(roc.fpr, roc.tpr), referenceLine({ x: 0, y: 0 }, { x: 1, y: 1 })], series: ['this model', 'chance'] },
        { ...SIZE, xLabel: 'false-positive rate', yLabel: 'true-positive rate (recall)', xAxisDomain: [0, 1], yAxisDomain: [0, 1] },
      ),
    [roc],
  );
  const drawPr = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.scatterplot(
        container,
        { values: [pointsOf(precisionRecall.recall, precisionRecall.precision), referenceLine({ x: 0, y: baseRate }, { x: 1, y: baseRate })], series: ['this model', 'chance'] },
        { ...SIZE, xLabel: 'recall', yLabel: 'precision', xAxisDomain: [0, 1], yAxisDomain: [0, 1] },
      ),
    [precisionRecall, baseRate],
  );
  const rocRef = useVisChart(drawRoc);
  const prRef = useVisChart(drawPr);
  if (roc.fpr.length === 0) return <p className="muted">The test rows hold only one class, so ROC and precision–recall curves cannot be drawn.</p>;
  const positive = quoted(figures.positiveClass);
  return (
    <div className="charts">
      <figure>
        <div ref={rocRef} className="chart" data-testid="roc-chart" data-points={roc.fpr.length} />
        <figcaption>
          ROC curve: how many {positive} cases the model finds (up) for each false alarm it raises (right). The more it bows to the top left, the better; the area under it is the ROC AUC, {report.auc.toFixed(3)}.
        </figcaption>
      </figure>
      <figure>
        <div ref={prRef} className="chart" data-testid="pr-chart" data-points={precisionRecall.recall.length} />
        <figcaption>
          Precision–recall: as the model flags more rows to find more {positive} cases (right), how many of those flagged are right (up). Chance sits at the share of {positive} cases, {(baseRate * 100).toFixed(1)}%.
        </figcaption>
      </figure>
    </div>
  );
}
