/**
 * Permutation importance by original column: shuffle one column's values across the test rows, score
 * again, and see how much the score drops. A column the model leans on drops it a lot; one it ignores
 * not at all. A categorical column's one-hot parts move together, so a column is judged as a person
 * sees it, not as scattered `state=KS` parts.
 *
 * Pure: the model comes in as a `predict` callback, so this runs in the worker against tfjs and in
 * tests against any function.
 */
import { createRandom, shuffleInPlace } from '../random';

/** Where one original column's encoded values sit in each row of the feature matrix. */
export interface ColumnBlock {
  name: string;
  offset: number;
  width: number;
}

export interface PermutationImportanceInput {
  /** Row-major `rowCount × featureCount`, as the model takes it. Not modified. */
  features: Float32Array;
  rowCount: number;
  featureCount: number;
  columns: readonly ColumnBlock[];
  predict: (features: Float32Array) => Promise<Float32Array>;
  /** Higher is better (ROC AUC, accuracy, R²). */
  score: (outputs: Float32Array) => number;
  repeats: number;
  seed: number;
}

export interface ColumnImportance {
  name: string;
  /** Mean drop in the score over the shuffles; near 0 (or below) means the column does not matter. */
  drop: number;
  /** Standard deviation of the drop over the shuffles: how much of `drop` is luck of the shuffle. */
  spread: number;
}

export interface PermutationImportance {
  /** The score with nothing shuffled. */
  baseline: number;
  /** Most important first. */
  columns: ColumnImportance[];
}

export async function permutationImportance(input: PermutationImportanceInput): Promise<PermutationImportance> {
  const { features, rowCount, featureCount, columns, repeats } = input;
  if (features.length !== rowCount * featureCount) {
    throw new RangeError(`permutationImportance: expected ${rowCount}×${featureCount} features, got ${features.length}.`);
  }
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`permutationImportance: repeats must be a positive integer, got ${repeats}.`);
  const baseline = input.score(await input.predict(features));
  const random = createRandom(input.seed);
  const shuffled = features.slice();
  const order = Int32Array.from({ length: rowCount }, (_, i) => i);
  const result: ColumnImportance[] = [];
  for (const column of columns) {
    if (column.offset < 0 || column.width < 1 || column.offset + column.width > featureCount) {
      throw new RangeError(`permutationImportance: column "${column.name}" does not fit in ${featureCount} features.`);
    }
    const drops: number[] = [];
    for (let r = 0; r < repeats; r++) {
      shuffleInPlace(order, random);
      copyBlock(features, shuffled, column, featureCount, order);
      drops.push(baseline - input.score(await input.predict(shuffled)));
    }
    copyBlock(features, shuffled, column, featureCount, null);
    const drop = drops.reduce((a, b) => a + b, 0) / repeats;
    const spread = Math.sqrt(drops.reduce((sum, d) => sum + (d - drop) * (d - drop), 0) / repeats);
    result.push({ name: column.name, drop, spread });
  }
  // NaN drops (a score undefined on this split) sink to the end instead of scrambling the order.
  result.sort((a, b) => (Number.isNaN(a.drop) ? 1 : 0) - (Number.isNaN(b.drop) ? 1 : 0) || b.drop - a.drop);
  return { baseline, columns: result };
}

/** Writes the column's block of row `order[i]` of `from` into row i of `to` (row i itself when no order). */
function copyBlock(from: Float32Array, to: Float32Array, column: ColumnBlock, featureCount: number, order: Int32Array | null): void {
  const rowCount = from.length / featureCount;
  for (let i = 0; i < rowCount; i++) {
    const source = (order ? (order[i] as number) : i) * featureCount + column.offset;
    to.set(from.subarray(source, source + column.width), i * featureCount + column.offset);
  }
}
