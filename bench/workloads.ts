/**
 * Synthetic tables for the benchmark, as CSV text the app reads like any file. The reference workload
 * is the one of ../shared/peers/sklearn_mlp.py: standard-normal features, a binary target from a random
 * linear rule, Dense 64 relu → 32 relu → 1 sigmoid. The app holds out 15% for validation and 15% for
 * test, so the table has enough rows for 40,000 to be trained on.
 */
// Seeded (mulberry32), so every run trains on the same table.
import { createRandom as random } from '../src/core/random';

export interface Workload {
  id: string;
  title: string;
  features: number;
  /** Rows the app trains on (after its validation and test split). */
  trainRows: number;
  hidden: number[];
  batchSizes: number[];
  epochs: number;
}

export const TRAIN_SHARE = 0.7;

export const REFERENCE: Workload = { id: 'reference', title: 'Reference: 30 → 64 → 32 → 1', features: 30, trainRows: 40_000, hidden: [64, 32], batchSizes: [256, 1024], epochs: 6 };
export const WIDE: Workload = { id: 'wide', title: 'Wide: 200 → 512 → 256 → 1', features: 200, trainRows: 6_000, hidden: [512, 256], batchSizes: [256], epochs: 2 };


export function workloadCsv(workload: Workload, seed = 1): { csv: string; rows: number } {
  const next = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const rule = Array.from({ length: workload.features }, normal);
  const rows = Math.ceil(workload.trainRows / TRAIN_SHARE);
  const lines = [[...rule.map((_, j) => `x${j}`), 'y'].join(',')];
  for (let i = 0; i < rows; i++) {
    let score = 0;
    const cells = rule.map((weight) => {
      const value = normal();
      score += value * weight;
      return value.toFixed(4);
    });
    lines.push(`${cells.join(',')},${score > 0 ? 1 : 0}`);
  }
  return { csv: lines.join('\n') + '\n', rows };
}
