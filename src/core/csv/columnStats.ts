/**
 * Summaries of typed columns, in passes over their arrays: counts, moments, quantiles from a sample,
 * and histograms. All of them skip NaN (missing or unreadable) and take an optional row subset, so the
 * same code profiles the whole table for the person and fits preprocessing on the training rows only.
 */

export interface NumericSummary {
  count: number;
  min: number;
  max: number;
  mean: number;
  std: number;
  /** Sample skewness (third standardised moment); 0 when the spread is 0. */
  skew: number;
  integer: boolean;
}

/** Equal-width bins from `start`, each `width` wide. */
export interface Histogram {
  start: number;
  width: number;
  counts: number[];
}

export const HISTOGRAM_BINS = 20;
/** Quantiles are read from at most this many values, taken at an even stride. */
const QUANTILE_SAMPLE = 20_000;

/** The values of the given rows (all rows when none are given): loops below stay free of callbacks. */
function valuesOf(values: Float64Array, rows: ArrayLike<number> | undefined): Float64Array {
  if (rows === undefined) return values;
  const picked = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) picked[i] = values[rows[i] as number] as number;
  return picked;
}

/** Beyond this magnitude a sum, a square or a cube of the values could overflow to infinity. */
const OVERFLOW_RISK = 2 ** 300;

/**
 * Two passes (mean first) keep the variance accurate for large values with a small spread. Values near
 * the largest double (`1e308` in a file) are summed divided by a power of two, which is exact, so that
 * the mean and spread stay finite and true; other columns are summarised unscaled, bit for bit.
 */
export function summarise(all: Float64Array, rows?: ArrayLike<number>): NumericSummary | null {
  const values = valuesOf(all, rows);
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  let integer = true;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value !== value) continue;
    count++;
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
    if (integer && value !== Math.floor(value)) integer = false;
  }
  if (count === 0) return null;
  const largest = Math.max(Math.abs(min), Math.abs(max));
  // log2 of the largest double rounds up to 1024, and 2 ** 1024 is infinite: 1023 is the top exponent.
  const scale = largest > OVERFLOW_RISK ? 2 ** Math.min(1023, Math.floor(Math.log2(largest))) : 1;
  let mean = sum / count;
  if (scale !== 1) {
    let scaledSum = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as number;
      if (value === value) scaledSum += value / scale;
    }
    mean = (scaledSum / count) * scale;
  }
  let squares = 0;
  let cubes = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value !== value) continue;
    const deviation = value / scale - mean / scale;
    const square = deviation * deviation;
    squares += square;
    cubes += square * deviation;
  }
  const variance = squares / count;
  const std = Math.sqrt(variance) * scale;
  const skew = variance > 0 && Number.isFinite(cubes) ? cubes / count / (variance * Math.sqrt(variance)) : 0;
  return { count, min, max, mean: Number.isFinite(mean) ? mean : 0, std: Number.isFinite(std) ? std : 0, skew: Number.isFinite(skew) ? skew : 0, integer };
}

/** The present values (of the given rows), sorted; every value when `limit` is Infinity, else an even-stride sample. */
export function sortedValues(values: Float64Array, rows?: ArrayLike<number>, limit = Infinity): Float64Array {
  const total = rows === undefined ? values.length : rows.length;
  const stride = Math.max(1, Math.ceil(total / limit));
  const picked = new Float64Array(Math.ceil(total / stride));
  let count = 0;
  for (let i = 0; i < total; i += stride) {
    const value = values[rows === undefined ? i : (rows[i] as number)] as number;
    if (!Number.isNaN(value)) picked[count++] = value;
  }
  return picked.subarray(0, count).sort();
}

/**
 * Linear interpolation between order statistics (numpy's default), on sorted values; NaN when empty.
 * Between values so far apart that their difference overflows (-1e308 and 1e308), the weighted sum is used.
 */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  const fraction = position - below;
  const low = sorted[below] as number;
  const high = sorted[above] as number;
  const step = (high - low) * fraction;
  return Number.isFinite(step) ? low + step : low * (1 - fraction) + high * fraction;
}

export function sampleQuantiles(values: Float64Array): { q1: number; median: number; q3: number } {
  const sorted = sortedValues(values, undefined, QUANTILE_SAMPLE);
  return { q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5), q3: quantile(sorted, 0.75) };
}

/**
 * Whether all present values are different. Whole numbers in a range not much wider than their count
 * (customer numbers) are checked with a bitmap in one pass; anything else by sorting a copy.
 */
export function allDistinct(values: Float64Array, summary: NumericSummary): boolean {
  const range = summary.max - summary.min + 1;
  if (summary.integer && range <= summary.count * 8 && range < 2 ** 31) {
    const seen = new Uint8Array(range);
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as number;
      if (value !== value) continue;
      const slot = value - summary.min;
      if (seen[slot] === 1) return false;
      seen[slot] = 1;
    }
    return true;
  }
  const sorted = sortedValues(values);
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return false;
  return true;
}

export function histogram(values: Float64Array, min: number, max: number, bins = HISTOGRAM_BINS): Histogram {
  const spread = max - min;
  const binned = spread > 0 && Number.isFinite(spread);
  const width = binned ? spread / bins : 1;
  const counts = new Float64Array(binned ? bins : 1);
  const last = counts.length - 1;
  for (let row = 0; row < values.length; row++) {
    const value = values[row] as number;
    if (Number.isNaN(value)) continue;
    const bin = Math.floor((value - min) / width);
    const index = bin >= 0 ? Math.min(last, bin) : 0;
    counts[index] = (counts[index] as number) + 1;
  }
  return { start: min, width, counts: Array.from(counts) };
}

/** How many rows hold each label code (missing and dropped codes are not counted). */
export function labelCounts(codes: Int32Array | null, labelCount: number, rows?: ArrayLike<number>): Int32Array {
  const counts = new Int32Array(labelCount);
  if (codes === null) return counts;
  const total = rows === undefined ? codes.length : rows.length;
  for (let i = 0; i < total; i++) {
    const code = codes[rows === undefined ? i : (rows[i] as number)] as number;
    if (code >= 0) counts[code] = (counts[code] as number) + 1;
  }
  return counts;
}
