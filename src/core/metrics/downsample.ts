/**
 * Charts need the shape of a curve, not every point of it: a test split of 100,000 rows has up to
 * 100,000 ROC points, which would be slow to send and slower to draw.
 */

/** At most `max` indices into a list of `length`, evenly spaced, always keeping the first and the last. */
export function evenlySpacedIndices(length: number, max: number): number[] {
  if (!Number.isInteger(max) || max < 2) throw new RangeError(`evenlySpacedIndices: max must be an integer of at least 2, got ${max}.`);
  if (length <= max) return Array.from({ length }, (_, i) => i);
  return Array.from({ length: max }, (_, i) => Math.round((i * (length - 1)) / (max - 1)));
}

/** Picks the same evenly spaced points from each parallel list (x and y of a curve). */
export function downsampleParallel<K extends string>(lists: Record<K, ArrayLike<number>>, max: number): Record<K, number[]> {
  const keys = Object.keys(lists) as K[];
  const length = keys.length > 0 ? lists[keys[0] as K].length : 0;
  for (const key of keys) {
    if (lists[key].length !== length) throw new RangeError(`downsampleParallel: "${key}" has ${lists[key].length} points, expected ${length}.`);
  }
  const indices = evenlySpacedIndices(length, max);
  const result = {} as Record<K, number[]>;
  for (const key of keys) result[key] = indices.map((i) => lists[key][i] as number);
  return result;
}
