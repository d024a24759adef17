import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bytesSource } from '../core/csv/reader';
import { r2Score } from '../core/metrics/regression';
import { trainBaselines } from './baselines';
import { LoadControl, loadDataset } from './loading';
import { prepareData, type PreparedData } from './prepare';

async function prepared(file: string, target: string, seed: number): Promise<PreparedData> {
  const { data } = await loadDataset({
    bytes: bytesSource(new Uint8Array(readFileSync(`public/samples/${file}`))),
    source: file,
    preferredTarget: target,
    preferredPositive: null,
    control: new LoadControl(),
    onProgress: () => {},
  });
  return prepareData(data.table, data.profiles, target, null, seed);
}

/** Ridge regression by the normal equations, (XᵀX + λI) w = Xᵀy with an unpenalised intercept: the exact answer. */
function ridgePredictions(data: PreparedData, lambda: number): Float64Array {
  const d = data.pre.featureNames.length;
  const size = d + 1;
  const a = Array.from({ length: size }, () => new Float64Array(size + 1));
  const { values, rowCount } = data.train.features;
  for (let i = 0; i < rowCount; i++) {
    const row = [...values.subarray(i * d, (i + 1) * d), 1];
    for (let p = 0; p < size; p++) {
      for (let q = 0; q < size; q++) a[p]![q]! += row[p]! * row[q]!;
      a[p]![size]! += row[p]! * data.train.target[i]!;
    }
  }
  for (let p = 0; p < d; p++) a[p]![p]! += lambda;
  for (let c = 0; c < size; c++) {
    const pivot = a.slice(c).reduce((best, row, k) => (Math.abs(row[c]!) > Math.abs(a[best]![c]!) ? c + k : best), c);
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    for (let r = 0; r < size; r++) {
      if (r === c) continue;
      const factor = a[r]![c]! / a[c]![c]!;
      for (let k = c; k <= size; k++) a[r]![k]! -= factor * a[c]![k]!;
    }
  }
  const weights = a.map((row, p) => row[size]! / row[p]!);
  const test = data.test.features;
  return Float64Array.from({ length: test.rowCount }, (_, i) => weights.slice(0, d).reduce((sum, w, k) => sum + w * test.values[i * d + k]!, weights[d]!));
}

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

describe('trainBaselines', () => {
  it('regression: the mean never beats R² 0, and the linear model lands on the exact ridge solution', async () => {
    for (const seed of [42, 1]) {
      const data = await prepared('Sacramento.csv', 'price', seed);
      const [mean, linear] = await trainBaselines(data, seed);
      expect(mean!.metrics.r2).toBeLessThanOrEqual(0);
      // Our L2 strength per row is 1 / (2n): λ = 0.5 on the summed squares.
      const exact = r2Score(data.test.target, ridgePredictions(data, 0.5));
      expect(Math.abs(linear!.metrics.r2! - exact)).toBeLessThan(0.01);
    }
  }, 60_000);

  it('multi-class: the most common class and logistic regression, scored like the network', async () => {
    const data = await prepared('penguins.csv', 'species', 42);
    const [majority, logistic] = await trainBaselines(data, 42);
    const classes = data.target.classes.length;
    const testLabels = Array.from({ length: data.test.features.rowCount }, (_, i) => data.test.target.subarray(i * classes, (i + 1) * classes).indexOf(1));
    const trainCounts = new Array<number>(classes).fill(0);
    for (let i = 0; i < data.train.features.rowCount; i++) trainCounts[data.train.target.subarray(i * classes, (i + 1) * classes).indexOf(1)]! += 1;
    const common = trainCounts.indexOf(Math.max(...trainCounts));
    expect(majority!.metrics.accuracy).toBe(testLabels.filter((c) => c === common).length / testLabels.length);
    // scikit-learn's LogisticRegression scores 0.990 on this data (datasets README).
    expect(logistic!.metrics.accuracy).toBeGreaterThan(0.95);
  }, 60_000);
});
