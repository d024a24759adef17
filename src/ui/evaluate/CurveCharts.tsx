import { useCallback } from 'react';
import type { BinaryFigures } from '../../core/metrics/evaluation';
import { pointsOf, referenceLine } from './points';
import { useVisChart, type Vis } from './useVisChart';
import { useWording } from './useWording';

const SIZE = { width: 360, height: 260 };

/** ROC and precision–recall curves of a binary model on the test split. */
export function CurveCharts({ figures }: { figures: BinaryFigures }) {
  const { t, percent, fixed } = useWording();
  const { roc, precisionRecall, report, thresholds } = figures;
  const baseRate = thresholds.positives / Math.max(1, thresholds.positives + thresholds.negatives);
  const drawRoc = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.scatterplot(
        container,
        { values: [pointsOf(roc.fpr, roc.tpr), referenceLine({ x: 0, y: 0 }, { x: 1, y: 1 })], series: [t('evaluate.series.model'), t('evaluate.series.chance')] },
        { ...SIZE, xLabel: t('evaluate.axis.fpr'), yLabel: t('evaluate.axis.tpr'), xAxisDomain: [0, 1], yAxisDomain: [0, 1] },
      ),
    [roc, t],
  );
  const drawPr = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.scatterplot(
        container,
        {
          values: [pointsOf(precisionRecall.recall, precisionRecall.precision), referenceLine({ x: 0, y: baseRate }, { x: 1, y: baseRate })],
          series: [t('evaluate.series.model'), t('evaluate.series.chance')],
        },
        { ...SIZE, xLabel: t('evaluate.axis.recall'), yLabel: t('evaluate.axis.precision'), xAxisDomain: [0, 1], yAxisDomain: [0, 1] },
      ),
    [precisionRecall, baseRate, t],
  );
  const rocRef = useVisChart(drawRoc);
  const prRef = useVisChart(drawPr);
  if (roc.fpr.length === 0) return <p className="muted">{t('evaluate.curves.oneClass')}</p>;
  const positive = figures.positiveClass;
  return (
    <div className="charts">
      <figure>
        <div ref={rocRef} className="chart" data-testid="roc-chart" data-points={roc.fpr.length} />
        <figcaption>{t('evaluate.curves.roc', { positive, auc: fixed(report.auc, 3) })}</figcaption>
      </figure>
      <figure>
        <div ref={prRef} className="chart" data-testid="pr-chart" data-points={precisionRecall.recall.length} />
        <figcaption>{t('evaluate.curves.pr', { positive, share: percent(baseRate, 1) })}</figcaption>
      </figure>
    </div>
  );
}
