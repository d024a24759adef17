import type { ClassWeighting } from './plan';

/**
 * When a classification target is imbalanced enough for class weights, and what they are. The data check
 * (on the page) and the data preparation (in the worker) both decide through here, so what the check
 * says is what training does.
 */

/** With two classes, the rarer one under this share of the rows is rare: class weights go on automatically. */
export const IMBALANCE_SHARE = 0.2;

/** The share under which the rarest class is rare: 20% of rows for two classes, 10% for three, 5% for five. */
export function rareShareLimit(classCount: number): number {
  return IMBALANCE_SHARE / Math.max(1, classCount - 1);
}

/** The rarest class's index and share of the rows when it is rare (see {@link rareShareLimit}); null otherwise. */
export function rarestClass(counts: readonly number[]): { index: number; share: number } | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (counts.length < 2 || total === 0) return null;
  const index = counts.indexOf(Math.min(...counts));
  const share = (counts[index] as number) / total;
  return share < rareShareLimit(counts.length) ? { index, share } : null;
}

/** Whether training weighs the classes: the person's choice, or when automatic, whether a class is rare. */
export function weighsClasses(setting: ClassWeighting, imbalanced: boolean): boolean {
  return setting === 'auto' ? imbalanced : setting;
}

/** Balanced weights, n / (classes × n_class) per class index (scikit-learn's "balanced"); 1 for a class with no rows. */
export function balancedClassWeights(counts: readonly number[]): Record<number, number> {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const weights: Record<number, number> = {};
  counts.forEach((count, k) => (weights[k] = count > 0 ? total / (counts.length * count) : 1));
  return weights;
}
