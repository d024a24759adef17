/**
 * Ratios of counts with scikit-learn's `zero_division=0` convention: a precision with no predicted
 * positives or a recall with no actual positives is reported as 0 rather than NaN, so that tables and
 * macro averages stay numeric and a model that never predicts a class is scored as bad, not unknown.
 */

/** `numerator / denominator`, or 0 when the denominator is 0. */
export function ratioOrZero(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 of one class from its counts. F1 is computed from the counts
 * (2·tp / (2·tp + fp + fn)) rather than from the rounded ratios, which is what scikit-learn does and
 * keeps it 0 (not NaN) when both precision and recall are 0.
 */
export function precisionRecallF1(tp: number, fp: number, fn: number): PrecisionRecallF1 {
  return {
    precision: ratioOrZero(tp, tp + fp),
    recall: ratioOrZero(tp, tp + fn),
    f1: ratioOrZero(2 * tp, 2 * tp + fp + fn),
  };
}

/** Arithmetic mean; NaN for an empty list, because an average of nothing is undefined, not 0. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
