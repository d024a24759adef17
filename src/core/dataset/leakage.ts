import { quantile, sortedValues } from '../csv/columnStats';
import { labelAt, NO_LABEL, type StoredColumn } from '../csv/store';

/**
 * How well one column alone predicts the target, from 0 (no better than guessing) to 1 (perfectly).
 * A column that scores near 1 is almost always a leak: something recorded after the outcome (a
 * cancellation date for churn, a payment for a sale), which will not be known when the model is used.
 *
 * The column's values are put into buckets (each category, or a quantile bin of numbers and dates,
 * with missing cells in a bucket of their own, since "filled in only for churners" is a leak too).
 * - Classes: the share of rows each bucket's most common class gets right, as a gain over always
 *   answering the most common class overall: (purity - baseline) / (1 - baseline).
 * - Amounts: the share of the target's variance the buckets explain (the correlation ratio η²; for a
 *   number that determines the target linearly it is close to 1, as the squared correlation would be).
 * Null when the rows cannot tell: too few, or as many buckets as rows would fit anything.
 */
export function predictiveStrength(buckets: Int32Array, bucketCount: number, target: TargetValues): number | null {
  const rows = buckets.length;
  if (rows < MIN_ROWS || bucketCount > rows / MIN_ROWS_PER_BUCKET) return null;
  if (target.kind === 'classes') {
    const k = target.classCount;
    const counts = new Int32Array(bucketCount * k);
    const overall = new Int32Array(k);
    for (let i = 0; i < rows; i++) {
      const cls = target.values[i] as number;
      counts[(buckets[i] as number) * k + cls] = (counts[(buckets[i] as number) * k + cls] as number) + 1;
      overall[cls] = (overall[cls] as number) + 1;
    }
    let right = 0;
    for (let b = 0; b < bucketCount; b++) right += Math.max(...counts.subarray(b * k, (b + 1) * k));
    const baseline = Math.max(...overall) / rows;
    return baseline >= 1 ? null : Math.max(0, (right / rows - baseline) / (1 - baseline));
  }
  const sums = new Float64Array(bucketCount);
  const sizes = new Int32Array(bucketCount);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    sums[buckets[i] as number] = (sums[buckets[i] as number] as number) + (target.values[i] as number);
    sizes[buckets[i] as number] = (sizes[buckets[i] as number] as number) + 1;
    total += target.values[i] as number;
  }
  const mean = total / rows;
  let between = 0;
  let within = 0;
  for (let i = 0; i < rows; i++) within += ((target.values[i] as number) - mean) ** 2;
  for (let b = 0; b < bucketCount; b++) if ((sizes[b] as number) > 0) between += (sizes[b] as number) * ((sums[b] as number) / (sizes[b] as number) - mean) ** 2;
  return within > 0 ? between / within : null;
}

export type TargetValues = { kind: 'classes'; values: Int32Array; classCount: number } | { kind: 'amounts'; values: Float64Array };

/** Below this many rows a perfect-looking column proves nothing. */
const MIN_ROWS = 50;
/** Buckets need rows to mean anything: at most one bucket per this many rows. */
const MIN_ROWS_PER_BUCKET = 10;
const NUMBER_BINS = 20;

/** Buckets of categories: one per label, one for missing; null when there are too many labels to judge. */
export function categoryBuckets(column: StoredColumn, rows: ArrayLike<number>): { buckets: Int32Array; count: number } | null {
  if (column.codes === null || column.labels.length + 1 > rows.length / MIN_ROWS_PER_BUCKET) return null;
  const missing = column.labels.length;
  const buckets = Int32Array.from({ length: rows.length }, (_, i) => {
    const code = column.codes?.[rows[i] as number] ?? NO_LABEL;
    return code >= 0 ? code : missing;
  });
  return { buckets, count: missing + 1 };
}

/** Buckets of numbers (or day numbers): quantile bins, plus one for missing. */
export function numberBuckets(values: Float64Array, rows: ArrayLike<number>): { buckets: Int32Array; count: number } {
  const sorted = sortedValues(values, rows, 100_000);
  const bins = Math.max(2, Math.min(NUMBER_BINS, Math.floor(rows.length / (MIN_ROWS_PER_BUCKET * 2))));
  const edges = Array.from({ length: bins - 1 }, (_, b) => quantile(sorted, (b + 1) / bins));
  const buckets = Int32Array.from({ length: rows.length }, (_, i) => {
    const value = values[rows[i] as number] as number;
    if (Number.isNaN(value)) return bins;
    let bin = 0;
    while (bin < edges.length && value > (edges[bin] as number)) bin++;
    return bin;
  });
  return { buckets, count: bins + 1 };
}

/** The target of each row as a class index (classification) or an amount. */
export function targetValues(column: StoredColumn, rows: ArrayLike<number>, classes: readonly string[], numbers: Float64Array | null): TargetValues {
  if (numbers !== null) return { kind: 'amounts', values: Float64Array.from({ length: rows.length }, (_, i) => numbers[rows[i] as number] as number) };
  const index = new Map(classes.map((label, k) => [label, k]));
  return { kind: 'classes', values: Int32Array.from({ length: rows.length }, (_, i) => index.get(labelAt(column, rows[i] as number) ?? '') ?? 0), classCount: classes.length };
}
