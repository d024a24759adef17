/**
 * Metrics for a numeric target, defined as in scikit-learn so that figures can be cross-checked in
 * Python. Empty input gives NaN: an average over no rows is undefined, and 0 would read as "perfect".
 */
import { assertSameLength } from './checks';

/** Mean of |y − ŷ|, in the target's own unit. */
export function meanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertSameLength(yTrue, yPred, 'meanAbsoluteError');
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) sum += Math.abs((yTrue[i] as number) - (yPred[i] as number));
  return sum / yTrue.length;
}

/** Square root of the mean squared error: the target's unit, but large misses weigh more than in MAE. */
export function rootMeanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertSameLength(yTrue, yPred, 'rootMeanSquaredError');
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const residual = (yTrue[i] as number) - (yPred[i] as number);
    sum += residual * residual;
  }
  return Math.sqrt(sum / yTrue.length);
}

/**
 * Coefficient of determination, 1 − SSres/SStot, as `sklearn.metrics.r2_score`. It can be negative: a
 * model worse than predicting the mean. When the target is constant (SStot = 0) the ratio is undefined;
 * like scikit-learn's `force_finite=True` it is then 1 for a perfect fit and 0 otherwise, so charts and
 * comparisons never meet ±Infinity. NaN for fewer than two rows, where scikit-learn also gives NaN.
 */
export function r2Score(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertSameLength(yTrue, yPred, 'r2Score');
  const n = yTrue.length;
  if (n < 2) return NaN;
  let total = 0;
  for (let i = 0; i < n; i++) total += yTrue[i] as number;
  const meanTrue = total / n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    const y = yTrue[i] as number;
    const residual = y - (yPred[i] as number);
    const spread = y - meanTrue;
    ssRes += residual * residual;
    ssTot += spread * spread;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

/** The float64 machine epsilon that scikit-learn puts under the MAPE denominator. */
const MAPE_EPSILON = 2.220446049250313e-16;

/**
 * Mean absolute percentage error as `sklearn.metrics.mean_absolute_percentage_error`: the mean of
 * |y − ŷ| / max(|y|, ε), as a fraction (0.25 means 25 %), not multiplied by 100. The ε keeps a zero
 * target finite but huge, which is scikit-learn's choice and a signal that MAPE is the wrong figure for
 * targets near zero.
 */
export function meanAbsolutePercentageError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  assertSameLength(yTrue, yPred, 'meanAbsolutePercentageError');
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const y = yTrue[i] as number;
    sum += Math.abs(y - (yPred[i] as number)) / Math.max(Math.abs(y), MAPE_EPSILON);
  }
  return sum / yTrue.length;
}
