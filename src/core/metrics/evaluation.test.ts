import { describe, expect, it } from 'vitest';
import { FEATURE_CLIP, PREPROCESSING_FORMAT, PREPROCESSING_VERSION, type Preprocessing, type TargetEncoding } from '../dataset/preprocessing';
import { createRandom } from '../random';
import { MAX_CURVE_POINTS, MAX_SCATTER_POINTS, testFigures } from './evaluation';
import { binaryReport } from './report';
import { figuresAtStep, stepOfThreshold } from './thresholds';
import { taskMetrics } from './taskMetrics';

const preprocessing = (target: TargetEncoding): Preprocessing => ({
  format: PREPROCESSING_FORMAT,
  version: PREPROCESSING_VERSION,
  missingTokens: [],
  decimalComma: false,
  featureClip: FEATURE_CLIP,
  inputs: [],
  featureNames: [],
  excluded: [],
  target,
});

describe('testFigures', () => {
  it('binary: bounded curves, and a threshold table that reproduces the headline figures', () => {
    const random = createRandom(3);
    const rows = 5000;
    const labels = Float32Array.from({ length: rows }, () => (random() < 0.2 ? 1 : 0));
    const probs = Float32Array.from(labels, (y) => Math.min(1, Math.max(0, 0.3 * y + 0.7 * random())));
    const pre = preprocessing({ name: 'churn', task: 'binary', classes: ['no', 'yes'], positiveClass: 'yes', threshold: 0.5 });
    const figures = testFigures(pre, labels, probs, rows);
    if (figures.task !== 'binary') throw new Error('expected binary figures');
    expect(figures).toMatchObject({ negativeClass: 'no', positiveClass: 'yes' });
    expect(figures.report).toEqual(binaryReport(labels, probs, 0.5));
    expect(figures.roc.fpr.length).toBeLessThanOrEqual(MAX_CURVE_POINTS);
    expect(figures.roc.fpr.length).toBe(figures.roc.tpr.length);
    expect([figures.roc.fpr[0], figures.roc.tpr[0], figures.roc.fpr.at(-1), figures.roc.tpr.at(-1)]).toEqual([0, 0, 1, 1]);
    expect(figures.precisionRecall.recall.length).toBeLessThanOrEqual(MAX_CURVE_POINTS);
    expect(figures.gains.fraction).toHaveLength(100);
    const atDefault = figuresAtStep(figures.thresholds, stepOfThreshold(figures.thresholds, 0.5));
    expect(atDefault.confusion).toEqual(figures.report.confusion);
    expect(atDefault.f1).toBe(taskMetrics(pre, labels, probs, rows).f1);
  });

  it('binary: a split with one class or NaN scores gives empty curves instead of failing', () => {
    const pre = preprocessing({ name: 'y', task: 'binary', classes: ['a', 'b'], positiveClass: 'b', threshold: 0.5 });
    const oneClass = testFigures(pre, Float32Array.of(0, 0, 0), Float32Array.of(0.1, 0.7, 0.2), 3);
    const diverged = testFigures(pre, Float32Array.of(0, 1), Float32Array.of(NaN, NaN), 2);
    for (const figures of [oneClass, diverged]) {
      if (figures.task !== 'binary') throw new Error('expected binary figures');
      expect(figures.roc).toEqual({ fpr: [], tpr: [] });
      expect(figures.gains.fraction).toEqual([]);
    }
  });

  it('multiclass: per-class figures from the one-hot target', () => {
    const pre = preprocessing({ name: 'species', task: 'multiclass', classes: ['A', 'B', 'C'] });
    const target = Float32Array.of(1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1);
    const outputs = Float32Array.of(0.8, 0.1, 0.1, 0.2, 0.7, 0.1, 0.1, 0.6, 0.3, 0.1, 0.1, 0.8);
    const figures = testFigures(pre, target, outputs, 4);
    if (figures.task !== 'multiclass') throw new Error('expected multiclass figures');
    expect(figures.classes).toEqual(['A', 'B', 'C']);
    expect(figures.report.confusion).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 1, 1],
    ]);
    expect(figures.report.perClass.map((c) => c.support)).toEqual([1, 1, 2]);
    expect(figures.report.perClass[1]).toMatchObject({ precision: 0.5, recall: 1 });
  });

  it('regression: figures in the target’s units, a bounded scatter and residuals of every row', () => {
    const rows = 2500;
    const pre = preprocessing({ name: 'price', task: 'regression', mean: 200_000, std: 50_000 });
    const encoded = Float32Array.from({ length: rows }, (_, i) => Math.sin(i));
    const outputs = Float32Array.from(encoded, (v) => v + 0.1);
    const figures = testFigures(pre, encoded, outputs, rows);
    if (figures.task !== 'regression') throw new Error('expected regression figures');
    expect(figures.targetName).toBe('price');
    expect(figures.report.mae).toBeCloseTo(5000, 0);
    expect(figures.scatter.actual).toHaveLength(MAX_SCATTER_POINTS);
    expect(figures.scatter.actual[0]).toBeCloseTo(200_000, 6);
    expect(figures.residuals.counts.reduce((a, b) => a + b, 0)).toBe(rows);
  });
});
