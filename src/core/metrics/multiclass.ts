/**
 * Metrics for a target with k classes. Labels are class indices 0…k−1 (the dataset layer owns the
 * mapping from names to indices); probabilities arrive as one flat row-major n×k array, exactly as a
 * softmax output tensor is read back, so nothing is copied into nested arrays.
 */
import { assertClassCount, assertClassIndices, assertMatrixShape, assertSameLength } from './checks';

/**
 * Mean categorical cross-entropy as `sklearn.metrics.log_loss`: −log of the probability given to the
 * true class, clipped to [eps, 1 − eps] so that one confident mistake costs −log(eps) rather than
 * Infinity. Rows are not renormalised: softmax rows already sum to 1, and renormalising would hide a
 * model that does not. NaN for no rows.
 */
export function multiclassLogLoss(
  labels: ArrayLike<number>,
  probs: ArrayLike<number>,
  k: number,
  eps = 1e-15,
): number {
  assertClassCount(k, 'multiclassLogLoss');
  assertMatrixShape(probs, labels.length, k, 'multiclassLogLoss');
  assertClassIndices(labels, k, 'multiclassLogLoss');
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = probs[i * k + (labels[i] as number)] as number;
    sum -= Math.log(Math.min(Math.max(p, eps), 1 - eps));
  }
  return sum / labels.length;
}

/**
 * Counts of (true class, predicted class) pairs: `matrix[t][p]`, rows are the true class as in
 * `sklearn.metrics.confusion_matrix`. Always k×k, so a class that never occurs still has its row and
 * column and the UI can label them by index.
 */
export function confusionMatrix(labels: ArrayLike<number>, predicted: ArrayLike<number>, k: number): number[][] {
  assertClassCount(k, 'confusionMatrix');
  assertSameLength(labels, predicted, 'confusionMatrix');
  assertClassIndices(labels, k, 'confusionMatrix');
  assertClassIndices(predicted, k, 'confusionMatrix');
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < labels.length; i++) {
    const row = matrix[labels[i] as number] as number[];
    const p = predicted[i] as number;
    row[p] = (row[p] as number) + 1;
  }
  return matrix;
}

/**
 * The index of the largest value in each row, the predicted class. Ties go to the lowest index, as
 * `numpy.argmax`, so the choice does not depend on anything but the values. NaN entries are skipped;
 * a row of NaNs predicts class 0.
 */
export function argmaxRows(probs: ArrayLike<number>, k: number): Int32Array {
  assertClassCount(k, 'argmaxRows');
  if (probs.length % k !== 0) {
    throw new RangeError(`argmaxRows: ${probs.length} values do not split into rows of ${k}.`);
  }
  const rows = probs.length / k;
  const result = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    let bestValue = -Infinity;
    for (let c = 0; c < k; c++) {
      const value = probs[r * k + c] as number;
      if (value > bestValue) {
        best = c;
        bestValue = value;
      }
    }
    result[r] = best;
  }
  return result;
}
