import { labelAt, numberValues, type StoredColumn } from '../csv/store';
import type { Preprocessing } from './preprocessing';

/**
 * The training target: 0/1 for binary, one-hot for multi-class, standardised for regression. Rows whose
 * target is missing or not a known class must be filtered out beforehand ({@link targetRows}).
 */
export function encodeTarget(pre: Preprocessing, column: StoredColumn, rows: ArrayLike<number>, rowCount: number): Float32Array {
  const target = pre.target;
  if (target.task === 'regression') {
    const numbers = numberValues(column, rowCount);
    return Float32Array.from({ length: rows.length }, (_, i) => standardise(numbers[rows[i] as number] as number, target.mean, target.std));
  }
  if (target.task === 'binary') {
    return Float32Array.from({ length: rows.length }, (_, i) => (labelAt(column, rows[i] as number) === target.positiveClass ? 1 : 0));
  }
  const index = new Map(target.classes.map((label, k) => [label, k]));
  const k = target.classes.length;
  const values = new Float32Array(rows.length * k);
  for (let i = 0; i < rows.length; i++) values[i * k + (index.get(labelAt(column, rows[i] as number) ?? '') ?? 0)] = 1;
  return values;
}

/**
 * A standardised target is clipped to ±1e15 standard deviations: a held-out row far outside the
 * training rows' range (`1e308` among values near 0) would otherwise be infinite in float32, and its
 * square in the loss would be. No real target comes near the clip.
 */
export const TARGET_CLIP = 1e15;

/** (x - mean) / std, taken apart when x - mean overflows (targets near ±1e308 on both sides of the mean), then clipped. */
function standardise(x: number, mean: number, std: number): number {
  const difference = (x - mean) / std;
  const z = Number.isFinite(difference) ? difference : x / std - mean / std;
  return z > TARGET_CLIP ? TARGET_CLIP : z < -TARGET_CLIP ? -TARGET_CLIP : z;
}

/** Rows whose target can be used: a number for regression, one of the classes otherwise. */
export function targetRows(column: StoredColumn, rowCount: number, task: string, classes: readonly string[]): number[] {
  const rows: number[] = [];
  if (task === 'regression') {
    const numbers = numberValues(column, rowCount);
    for (let row = 0; row < rowCount; row++) if (!Number.isNaN(numbers[row] as number)) rows.push(row);
    return rows;
  }
  const known = new Set(classes);
  for (let row = 0; row < rowCount; row++) {
    const label = labelAt(column, row);
    if (label !== null && known.has(label)) rows.push(row);
  }
  return rows;
}
