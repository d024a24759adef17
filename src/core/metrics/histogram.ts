/** Equal-width bins over the range of the values, for the residual chart. */
export interface Histogram {
  /** `bins + 1` edges, increasing; bin i holds values in [edges[i], edges[i+1]), the last bin is closed. */
  edges: number[];
  counts: number[];
}

/**
 * Counts of finite values in `bins` equal-width bins from the smallest to the largest value (NaN and
 * infinities are left out: they have no place on the axis). All values equal give one bin; none give
 * no bins.
 */
export function histogram(values: ArrayLike<number>, bins: number): Histogram {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`histogram: bins must be a positive integer, got ${bins}.`);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return { edges: [], counts: [] };
  const count = min === max ? 1 : bins;
  const width = (max - min) / count;
  const edges = Array.from({ length: count + 1 }, (_, i) => (i === count ? max : min + i * width));
  const counts = new Array<number>(count).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) continue;
    const bin = width === 0 ? 0 : Math.min(count - 1, Math.floor((v - min) / width));
    counts[bin]! += 1;
  }
  return { edges, counts };
}
