import { useCallback } from 'react';
import { useT } from '../../i18n/useT';
import type { Vis } from './useVisChart';
import { useVisChart } from './useVisChart';

interface Props {
  /** `matrix[actual][predicted]` counts. */
  matrix: number[][];
  labels: string[];
  testId: string;
}

/** A confusion matrix drawn by tfjs-vis; the counts also sit in `data-matrix` and the accessible label. */
export function ConfusionChart({ matrix, labels, testId }: Props) {
  const { t } = useT();
  const draw = useCallback(
    (vis: Vis, container: HTMLElement) =>
      vis.render.confusionMatrix(container, { values: matrix, tickLabels: labels }, { width: 320, height: 280, shadeDiagonal: true, showTextOverlay: true, xLabel: t('evaluate.axis.predicted'), yLabel: t('evaluate.axis.actual') }),
    [matrix, labels, t],
  );
  const ref = useVisChart(draw);
  const cells = matrix
    .map((row, a) => row.map((count, p) => t('evaluate.confusion.cell', { count, actual: labels[a] ?? '', predicted: labels[p] ?? '' })).join(t('evaluate.confusion.cellSeparator')))
    .join(t('evaluate.confusion.rowSeparator'));
  return <div ref={ref} className="chart chart-square" role="img" aria-label={t('evaluate.confusion.label', { cells })} data-testid={testId} data-matrix={JSON.stringify(matrix)} />;
}

/** The 2×2 matrix of a binary model, negatives first as in scikit-learn. */
export function binaryMatrix(confusion: { tp: number; fp: number; tn: number; fn: number }): number[][] {
  return [
    [confusion.tn, confusion.fp],
    [confusion.fn, confusion.tp],
  ];
}
