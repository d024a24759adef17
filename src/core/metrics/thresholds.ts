/**
 * The test split in the compact form the live threshold slider needs: for each threshold on a fixed
 * grid (0, 0.001, …, 1), how many positives and negatives score at or above it. A few kilobytes replace
 * the per-row probabilities, and every count is exact at the grid's thresholds, with the same
 * `prob >= threshold` rule as `confusionAtThreshold`.
 */
import type { Confusion } from './binary';
import { assertBinaryLabels, assertSameLength } from './checks';
import { operatingPoint, type OperatingPoint } from './operatingPoint';

/** Grid steps: thresholds k / 1000 for k = 0…1000. */
export const THRESHOLD_STEPS = 1000;

export interface ThresholdTable {
  steps: number;
  positives: number;
  negatives: number;
  /** `truePositives[k]`: positives with `prob >= k / steps`; one entry per grid step, steps + 1 in all. */
  truePositives: number[];
  falsePositives: number[];
}

/** The threshold at grid step `k`, computed the one way every caller must use so counts match exactly. */
export function thresholdAtStep(table: Pick<ThresholdTable, 'steps'>, k: number): number {
  return k / table.steps;
}

/** The grid step nearest to a threshold, clamped to the grid. */
export function stepOfThreshold(table: Pick<ThresholdTable, 'steps'>, threshold: number): number {
  return Math.min(table.steps, Math.max(0, Math.round(threshold * table.steps)));
}

/**
 * Counts at every grid threshold in one pass over the rows and one suffix sum. A NaN probability is
 * never `>=` a threshold, so it counts as a negative prediction everywhere, as in `confusionAtThreshold`.
 */
export function thresholdTable(labels: ArrayLike<number>, probs: ArrayLike<number>, steps = THRESHOLD_STEPS): ThresholdTable {
  assertSameLength(labels, probs, 'thresholdTable');
  assertBinaryLabels(labels, 'thresholdTable');
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`thresholdTable: steps must be a positive integer, got ${steps}.`);
  const table = { steps };
  // reached[k]: rows whose highest grid threshold at or below their probability is step k.
  const reachedPositive = new Float64Array(steps + 1);
  const reachedNegative = new Float64Array(steps + 1);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = probs[i] as number;
    if (labels[i] === 1) positives++;
    if (!(p >= 0)) continue;
    let k = Math.min(steps, Math.floor(p * steps));
    // Floating-point rounding in p * steps can land one step off; settle on the exact comparison.
    while (k < steps && thresholdAtStep(table, k + 1) <= p) k++;
    while (k > 0 && thresholdAtStep(table, k) > p) k--;
    if (labels[i] === 1) reachedPositive[k]! += 1;
    else reachedNegative[k]! += 1;
  }
  const truePositives = new Array<number>(steps + 1);
  const falsePositives = new Array<number>(steps + 1);
  let tp = 0;
  let fp = 0;
  for (let k = steps; k >= 0; k--) {
    tp += reachedPositive[k] as number;
    fp += reachedNegative[k] as number;
    truePositives[k] = tp;
    falsePositives[k] = fp;
  }
  return { steps, positives, negatives: labels.length - positives, truePositives, falsePositives };
}

/** The confusion counts at grid step `k`. */
export function confusionAtStep(table: ThresholdTable, k: number): Confusion {
  const tp = table.truePositives[k] ?? 0;
  const fp = table.falsePositives[k] ?? 0;
  return { tp, fp, fn: table.positives - tp, tn: table.negatives - fp };
}

export interface ThresholdFigures extends OperatingPoint {
  threshold: number;
  confusion: Confusion;
  /** Share of all rows predicted positive: the share of customers one would contact. */
  flaggedShare: number;
}

/** Every threshold-dependent figure at grid step `k`. */
export function figuresAtStep(table: ThresholdTable, k: number): ThresholdFigures {
  const confusion = confusionAtStep(table, k);
  return {
    threshold: thresholdAtStep(table, k),
    confusion,
    flaggedShare: (confusion.tp + confusion.fp) / (table.positives + table.negatives),
    ...operatingPoint(confusion),
  };
}
