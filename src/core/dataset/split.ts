import { createRandom, shuffleInPlace } from '../random';
import { phrase, type Phrase } from '../text';
import { english } from '../texts';
import type { DATA_ERROR_TEXTS } from './texts';

export interface SplitFractions {
  validation: number;
  test: number;
}

/** Each held-out part takes between these shares, and training keeps at least half of the rows. */
export const MIN_PART = 0.05;
export const MAX_PART = 0.4;
export const MIN_TRAIN = 0.5;

export interface RowSplit {
  train: Int32Array;
  validation: Int32Array;
  test: Int32Array;
}

/** Problems with the shares, as phrases (texts.ts) for the person's language; empty when they can be used. */
export function splitProblems(fractions: SplitFractions): Phrase<keyof typeof DATA_ERROR_TEXTS>[] {
  const problems: Phrase<keyof typeof DATA_ERROR_TEXTS>[] = [];
  const range = { min: MIN_PART * 100, max: MAX_PART * 100 };
  if (!(fractions.validation >= MIN_PART && fractions.validation <= MAX_PART)) problems.push(phrase('split.validationShare', range));
  if (!(fractions.test >= MIN_PART && fractions.test <= MAX_PART)) problems.push(phrase('split.testShare', range));
  if (1 - fractions.validation - fractions.test < MIN_TRAIN - 1e-9) problems.push(phrase('split.keepTraining', { min: MIN_TRAIN * 100 }));
  return problems;
}

/** The same in English. */
export function checkSplit(fractions: SplitFractions): string[] {
  return splitProblems(fractions).map(english);
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
  return { train: sorted(train), validation: sorted(validation), test: sorted(test) };
}

/**
 * Split in time: the oldest rows train, later ones validate, the newest test, as the model will be used
 * (on the future). Rows without a date count as the oldest. Ties keep file order.
 */
export function splitByTime(rows: readonly number[], fractions: SplitFractions, dayOf: ArrayLike<number>): RowSplit {
  const key = (row: number) => {
    const day = dayOf[row] as number;
    return Number.isNaN(day) ? -Infinity : day;
  };
  const ordered = [...rows].sort((a, b) => key(a) - key(b) || a - b);
  const testCount = Math.round(ordered.length * fractions.test);
  const validationCount = Math.round(ordered.length * fractions.validation);
  const trainEnd = ordered.length - testCount - validationCount;
  return {
    train: sorted(ordered.slice(0, trainEnd)),
    validation: sorted(ordered.slice(trainEnd, trainEnd + validationCount)),
    test: sorted(ordered.slice(trainEnd + validationCount)),
  };
}

// Sorting keeps row order stable and readable; training shuffles per epoch anyway.
const sorted = (list: number[]) => Int32Array.from(list.sort((a, b) => a - b));

/**
 * Strata for a numeric target: quantile bins (at most 10, each of at least 20 rows). Splitting within
 * bins gives every part the whole range of the target, so a few extreme values cannot all land in the
 * small test split and make the test figures say more about the split than about the model.
 */
export function quantileStrata(values: ArrayLike<number>): number[] {
  const n = values.length;
  const bins = Math.max(1, Math.min(10, Math.floor(n / 20)));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const strata = new Array<number>(n);
  order.forEach((index, rank) => (strata[index] = Math.floor((rank * bins) / n)));
  return strata;
}
