/**
 * Metrics for a binary target: labels are 0 or 1, scores are any numbers where higher means "more
 * likely positive" (probabilities or logits). Definitions follow scikit-learn so that a figure shown in
 * Layerlab can be checked against the same data in Python.
 */
import { assertBinaryLabels, assertSameLength } from './checks';
import { countsAtThresholds, hasNaN } from './ranking';

/**
 * Area under the ROC curve: the probability that a random positive scores above a random negative,
 * with ties counting one half (the trapezoid rule on the ROC curve, equal to the average-rank
 * Mann–Whitney statistic). NaN when the labels hold one class only or a score is NaN: the figure is
 * undefined then, and 0.5 would wrongly read as "as good as chance".
 */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  if (hasNaN(scores)) {
    assertSameLength(labels, scores, 'rocAuc');
    return NaN;
  }
  const { tps, fps, positives, negatives } = countsAtThresholds(labels, scores, 'rocAuc');
  if (positives === 0 || negatives === 0) return NaN;
  // Sum in integer counts and divide once, so the result is exact up to the final rounding.
  let area = 0;
  let tpBefore = 0;
  let fpBefore = 0;
  for (let g = 0; g < tps.length; g++) {
    const tp = tps[g] as number;
    const fp = fps[g] as number;
    area += (fp - fpBefore) * (tpBefore + tp);
    tpBefore = tp;
    fpBefore = fp;
  }
  return area / (2 * positives * negatives);
}

/**
 * Average precision as `sklearn.metrics.average_precision_score`: the precision at each threshold
 * weighted by the recall gained there, Σ (Rₙ − Rₙ₋₁) Pₙ. It is a step-wise sum, not the trapezoid
 * under the PR curve, because linear interpolation between PR points is optimistic. 0 when there are
 * no positives (as scikit-learn, which warns), NaN when a score is NaN.
 */
export function averagePrecision(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  if (hasNaN(scores)) {
    assertSameLength(labels, scores, 'averagePrecision');
    return NaN;
  }
  const { tps, fps, positives } = countsAtThresholds(labels, scores, 'averagePrecision');
  if (positives === 0) return 0;
  let sum = 0;
  let tpBefore = 0;
  for (let g = 0; g < tps.length; g++) {
    const tp = tps[g] as number;
    if (tp !== tpBefore) sum += (tp - tpBefore) * (tp / (tp + (fps[g] as number)));
    tpBefore = tp;
  }
  return sum / positives;
}

export interface RocCurve {
  fpr: number[];
  tpr: number[];
  /** Decreasing; the first is `Infinity` so that the curve starts at (0, 0). */
  thresholds: number[];
}

/**
 * The ROC curve as `sklearn.metrics.roc_curve`: one point per distinct score plus the origin, and with
 * `dropIntermediate` (the default, as in scikit-learn) the points that lie on a straight segment between
 * their neighbours are dropped, since they never change the drawing or the area. Rates are NaN when
 * their class is absent. Throws on NaN scores.
 */
export function rocCurve(
  labels: ArrayLike<number>,
  scores: ArrayLike<number>,
  options: { dropIntermediate?: boolean } = {},
): RocCurve {
  const { tps, fps, thresholds, positives, negatives } = countsAtThresholds(labels, scores, 'rocCurve');
  const last = tps.length - 1;
  const fpr: number[] = [0];
  const tpr: number[] = [0];
  const cuts: number[] = [Infinity];
  for (let g = 0; g <= last; g++) {
    if ((options.dropIntermediate ?? true) && g > 0 && g < last) {
      const bendFp = (fps[g + 1] as number) - 2 * (fps[g] as number) + (fps[g - 1] as number);
      const bendTp = (tps[g + 1] as number) - 2 * (tps[g] as number) + (tps[g - 1] as number);
      if (bendFp === 0 && bendTp === 0) continue;
    }
    fpr.push(fps[g] as number);
    tpr.push(tps[g] as number);
    cuts.push(thresholds[g] as number);
  }
  return {
    fpr: fpr.map((fp) => (negatives > 0 ? fp / negatives : NaN)),
    tpr: tpr.map((tp) => (positives > 0 ? tp / positives : NaN)),
    thresholds: cuts,
  };
}

export interface PrecisionRecallCurve {
  /** One longer than `thresholds`; the last point is (recall 0, precision 1) by convention. */
  precision: number[];
  recall: number[];
  /** Increasing, as scikit-learn returns them. */
  thresholds: number[];
}

/**
 * The precision–recall curve as `sklearn.metrics.precision_recall_curve`: thresholds increasing, recall
 * decreasing, with a final point at recall 0 and precision 1. With no positives recall is 1 throughout,
 * as in scikit-learn. `dropIntermediate` (off by default, as in scikit-learn) keeps only the first and
 * last threshold of each run with equal recall. Throws on NaN scores.
 */
export function precisionRecallCurve(
  labels: ArrayLike<number>,
  scores: ArrayLike<number>,
  options: { dropIntermediate?: boolean } = {},
): PrecisionRecallCurve {
  const { tps, fps, thresholds, positives } = countsAtThresholds(labels, scores, 'precisionRecallCurve');
  const last = tps.length - 1;
  const precision: number[] = [1];
  const recall: number[] = [0];
  const cuts: number[] = [];
  for (let g = 0; g <= last; g++) {
    const tp = tps[g] as number;
    if (options.dropIntermediate && g > 0 && g < last && tps[g - 1] === tp && tps[g + 1] === tp) continue;
    precision.push(tp / (tp + (fps[g] as number)));
    recall.push(positives > 0 ? tp / positives : 1);
    cuts.push(thresholds[g] as number);
  }
  return { precision: precision.reverse(), recall: recall.reverse(), thresholds: cuts.reverse() };
}

/**
 * Mean binary cross-entropy as `sklearn.metrics.log_loss`, with probabilities clipped to
 * [eps, 1 − eps] so that one confident mistake costs −log(eps) (≈ 34.5 for 1e-15) instead of Infinity.
 * The default eps is scikit-learn's long-standing 1e-15 (recent releases use the float64 machine
 * epsilon; the two differ only for probabilities within 1e-15 of 0 or 1). NaN for no rows.
 */
export function binaryLogLoss(labels: ArrayLike<number>, probs: ArrayLike<number>, eps = 1e-15): number {
  assertSameLength(labels, probs, 'binaryLogLoss');
  assertBinaryLabels(labels, 'binaryLogLoss');
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = probs[i] as number;
    const q = labels[i] === 1 ? p : 1 - p;
    sum -= Math.log(Math.min(Math.max(q, eps), 1 - eps));
  }
  return sum / labels.length;
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/**
 * Counts at one operating point. A row is predicted positive when `prob >= threshold`, the same rule as
 * the curves, so a threshold read off `rocCurve` reproduces that point's rates exactly. A NaN
 * probability is never `>=` anything and so counts as a negative prediction.
 */
export function confusionAtThreshold(labels: ArrayLike<number>, probs: ArrayLike<number>, threshold: number): Confusion {
  assertSameLength(labels, probs, 'confusionAtThreshold');
  assertBinaryLabels(labels, 'confusionAtThreshold');
  const counts: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < labels.length; i++) {
    const predictedPositive = (probs[i] as number) >= threshold;
    if (labels[i] === 1) {
      if (predictedPositive) counts.tp++;
      else counts.fn++;
    } else if (predictedPositive) counts.fp++;
    else counts.tn++;
  }
  return counts;
}
