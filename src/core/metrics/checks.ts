/**
 * Input checks shared by the metrics. A mismatch here means the caller paired the wrong arrays, which is
 * a bug, not something the person using the app can fix, so it throws a plain `RangeError` instead of
 * returning a figure that looks plausible and is wrong.
 */

/** Throws unless both arrays have one entry per row. */
export function assertSameLength(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  if (a.length !== b.length) {
    throw new RangeError(`${what}: expected arrays of equal length, got ${a.length} and ${b.length}.`);
  }
}

/** Throws unless every label is exactly 0 or 1; anything else would silently count as a negative. */
export function assertBinaryLabels(labels: ArrayLike<number>, what: string): void {
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label !== 0 && label !== 1) {
      throw new RangeError(`${what}: labels must be 0 or 1, got ${String(label)} at row ${i}.`);
    }
  }
}

/** Throws unless `k` can be a class count. */
export function assertClassCount(k: number, what: string): void {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`${what}: class count must be a positive integer, got ${k}.`);
  }
}

/** Throws unless every entry is an integer class index in [0, k). */
export function assertClassIndices(indices: ArrayLike<number>, k: number, what: string): void {
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i] as number;
    if (!Number.isInteger(index) || index < 0 || index >= k) {
      throw new RangeError(`${what}: class index must be an integer in [0, ${k}), got ${index} at row ${i}.`);
    }
  }
}

/** Throws unless a row-major n×k matrix holds exactly `rows * k` values. */
export function assertMatrixShape(values: ArrayLike<number>, rows: number, k: number, what: string): void {
  if (values.length !== rows * k) {
    throw new RangeError(`${what}: expected ${rows}×${k} = ${rows * k} values, got ${values.length}.`);
  }
}
