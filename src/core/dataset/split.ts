import { createRandom, shuffleInPlace } from '../random';

export interface SplitFractions {
  validation: number;
  test: number;
}

export const DEFAULT_SPLIT: SplitFractions = { validation: 0.15, test: 0.15 };

export interface RowSplit {
  train: Int32Array;
  validation: Int32Array;
  test: Int32Array;
}

/**
 * Seeded split of row indices. With `strata` (a class index per row) each class is split in the same
 * proportions, so a rare class appears in every part.
 */
export function splitRows(rows: readonly number[], fractions: SplitFractions, seed: number, strata?: readonly number[]): RowSplit {
  const random = createRandom(seed);
  const groups = new Map<number, number[]>();
  rows.forEach((row, i) => {
    const key = strata ? (strata[i] ?? 0) : 0;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  });
  const train: number[] = [];
  const validation: number[] = [];
  const test: number[] = [];
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const group = groups.get(key) as number[];
    shuffleInPlace(group, random);
    const testCount = Math.round(group.length * fractions.test);
    const validationCount = Math.round(group.length * fractions.validation);
    test.push(...group.slice(0, testCount));
    validation.push(...group.slice(testCount, testCount + validationCount));
    train.push(...group.slice(testCount + validationCount));
  }
  // Sorting keeps row order stable and readable; training shuffles per epoch anyway.
  const sorted = (list: number[]) => Int32Array.from(list.sort((a, b) => a - b));
  return { train: sorted(train), validation: sorted(validation), test: sorted(test) };
}
