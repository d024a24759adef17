/**
 * The one pass that every ranking metric shares: walk the rows from the highest score down and, at each
 * distinct score, count the positives and negatives at or above it. This is scikit-learn's
 * `_binary_clf_curve` (now `confusion_matrix_at_thresholds`); ROC, precision–recall, AUC, average
 * precision and the gains curve are all read off these cumulative counts.
 */
import { assertBinaryLabels, assertSameLength } from './checks';

export interface ThresholdCounts {
  /** Distinct scores, highest first; row `i` is predicted positive at `thresholds[j]` when `score >= it`. */
  thresholds: Float64Array;
  /** True positives with `score >= thresholds[j]`. */
  tps: Float64Array;
  /** False positives with `score >= thresholds[j]`. */
  fps: Float64Array;
  positives: number;
  negatives: number;
}

/** True when any score is NaN: a diverged model's scores cannot be ranked. */
export function hasNaN(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) return true;
  return false;
}

/**
 * Cumulative counts at each distinct score. Tied scores form one threshold, so ties are never broken by
 * row order (a sort-order artefact would make the same model score differently on shuffled data).
 *
 * Implementation: the positive and the negative scores are copied into two `Float64Array`s and sorted
 * with the native numeric sort (no comparator callback, so a million rows take tens of milliseconds),
 * then merged from the top.
 */
export function countsAtThresholds(
  labels: ArrayLike<number>,
  scores: ArrayLike<number>,
  what: string,
): ThresholdCounts {
  assertSameLength(labels, scores, what);
  assertBinaryLabels(labels, what);
  if (hasNaN(scores)) throw new RangeError(`${what}: scores must not be NaN.`);

  const n = labels.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += labels[i] as number;
  const negatives = n - positives;

  const pos = new Float64Array(positives);
  const neg = new Float64Array(negatives);
  for (let i = 0, p = 0, q = 0; i < n; i++) {
    if (labels[i] === 1) pos[p++] = scores[i] as number;
    else neg[q++] = scores[i] as number;
  }
  pos.sort();
  neg.sort();

  const thresholds = new Float64Array(n);
  const tps = new Float64Array(n);
  const fps = new Float64Array(n);
  let i = positives - 1;
  let j = negatives - 1;
  let tp = 0;
  let fp = 0;
  let groups = 0;
  while (i >= 0 || j >= 0) {
    const top = Math.max(i >= 0 ? (pos[i] as number) : -Infinity, j >= 0 ? (neg[j] as number) : -Infinity);
    // `===` also merges -0 with +0, which the typed-array sort keeps apart.
    while (i >= 0 && pos[i] === top) {
      tp++;
      i--;
    }
    while (j >= 0 && neg[j] === top) {
      fp++;
      j--;
    }
    thresholds[groups] = top;
    tps[groups] = tp;
    fps[groups] = fp;
    groups++;
  }
  return {
    thresholds: thresholds.subarray(0, groups),
    tps: tps.subarray(0, groups),
    fps: fps.subarray(0, groups),
    positives,
    negatives,
  };
}
