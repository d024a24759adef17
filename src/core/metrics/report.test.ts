import { describe, expect, it } from 'vitest';
import { binaryReport, multiclassReport, regressionReport } from './report';

// Twelve rows with two probabilities tied at the 0.5 threshold; figures from scikit-learn 1.9.1.
const LABELS = [1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1];
const PROBS = [0.92, 0.55, 0.5, 0.81, 0.3, 0.5, 0.45, 0.12, 0.77, 0.64, 0.05, 0.33];

describe('binaryReport', () => {
  it('matches scikit-learn at the default threshold', () => {
    const report = binaryReport(LABELS, PROBS);
    expect(report.confusion).toEqual({ tp: 4, fp: 3, tn: 3, fn: 2 });
    expect(report.threshold).toBe(0.5);
    expect(report.accuracy).toBeCloseTo(0.5833333333333334, 14);
    expect(report.balancedAccuracy).toBeCloseTo(0.5833333333333333, 14);
    expect(report.precision).toBeCloseTo(0.5714285714285714, 14);
    expect(report.recall).toBeCloseTo(0.6666666666666666, 14);
    expect(report.f1).toBeCloseTo(0.6153846153846154, 14);
    expect(report.auc).toBeCloseTo(0.7638888888888888, 14);
    expect(report.prAuc).toBeCloseTo(0.810515873015873, 14);
    expect(report.logloss).toBeCloseTo(0.5170743866528588, 14);
  });

  it('moves only the thresholded figures with the threshold', () => {
    const report = binaryReport(LABELS, PROBS, 0.7);
    const atDefault = binaryReport(LABELS, PROBS);
    expect(report.confusion).toEqual({ tp: 3, fp: 0, tn: 6, fn: 3 });
    expect(report.accuracy).toBe(0.75);
    expect(report.balancedAccuracy).toBe(0.75);
    expect(report.precision).toBe(1);
    expect(report.recall).toBe(0.5);
    expect(report.f1).toBeCloseTo(2 / 3, 15);
    expect([report.auc, report.prAuc, report.logloss]).toEqual([atDefault.auc, atDefault.prAuc, atDefault.logloss]);
  });

  it('scores all-correct and all-wrong predictions', () => {
    const right = binaryReport([1, 0, 1, 0], [0.9, 0.1, 0.8, 0.2]);
    expect([right.accuracy, right.balancedAccuracy, right.precision, right.recall, right.f1, right.auc]).toEqual([
      1, 1, 1, 1, 1, 1,
    ]);
    const wrong = binaryReport([1, 0, 1, 0], [0.1, 0.9, 0.2, 0.8]);
    expect([wrong.accuracy, wrong.balancedAccuracy, wrong.precision, wrong.recall, wrong.f1, wrong.auc]).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
    expect(wrong.prAuc).toBeCloseTo(0.41666666666666663, 15); // scikit-learn: (1/3 + 1/2) / 2
  });

  it('returns 0, not NaN, when nothing is predicted positive (zero_division=0)', () => {
    const report = binaryReport([1, 0, 0], [0.2, 0.1, 0.3]);
    expect(report.confusion).toEqual({ tp: 0, fp: 0, tn: 2, fn: 1 });
    expect([report.precision, report.recall, report.f1]).toEqual([0, 0, 0]);
    expect(report.balancedAccuracy).toBe(0.5);
  });

  it('with one class in the labels: AUC is NaN, balanced accuracy is that class recall', () => {
    const report = binaryReport([1, 1, 1], [0.9, 0.2, 0.7]);
    expect(report.auc).toBeNaN();
    expect(report.balancedAccuracy).toBeCloseTo(2 / 3, 15); // scikit-learn: 0.6666666666666666
    expect(report.prAuc).toBe(1);
    const negatives = binaryReport([0, 0], [0.9, 0.2]);
    expect(negatives.auc).toBeNaN();
    expect(negatives.prAuc).toBe(0);
    expect([negatives.precision, negatives.recall, negatives.f1]).toEqual([0, 0, 0]);
  });

  it('keeps its public keys', () => {
    expect(Object.keys(binaryReport(LABELS, PROBS)).sort()).toEqual(
      ['accuracy', 'auc', 'balancedAccuracy', 'confusion', 'f1', 'logloss', 'prAuc', 'precision', 'recall', 'threshold'].sort(),
    );
  });
});

describe('multiclassReport', () => {
  // Four classes: class 2 is predicted once but never true, class 3 appears nowhere. Row 7 is a
  // four-way tie and goes to class 0.
  const labels = [0, 0, 1, 1, 1, 0, 1, 0];
  const probs = [
    [0.6, 0.2, 0.1, 0.1],
    [0.3, 0.4, 0.2, 0.1],
    [0.1, 0.7, 0.1, 0.1],
    [0.2, 0.2, 0.5, 0.1],
    [0.1, 0.8, 0.05, 0.05],
    [0.9, 0.05, 0.03, 0.02],
    [0.25, 0.25, 0.25, 0.25],
    [0.4, 0.3, 0.2, 0.1],
  ].flat();

  it('matches scikit-learn macro averages over the classes seen', () => {
    const report = multiclassReport(labels, new Float32Array(probs), 4);
    expect(report.confusion).toEqual([
      [3, 1, 0, 0],
      [1, 2, 1, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(report.accuracy).toBe(0.625);
    expect(report.balancedAccuracy).toBe(0.625);
    expect(report.precision).toBeCloseTo(0.47222222222222215, 14);
    expect(report.recall).toBeCloseTo(0.4166666666666667, 14);
    expect(report.f1).toBeCloseTo(0.44047619047619047, 14);
    expect(multiclassReport(labels, probs, 4).logloss).toBeCloseTo(0.7890000555538551, 14);
  });

  it('lists every class with its own figures and support', () => {
    const { perClass } = multiclassReport(labels, probs, 4);
    expect(perClass.map((c) => c.support)).toEqual([4, 4, 0, 0]);
    expect(perClass.map((c) => c.precision)).toEqual([0.75, 2 / 3, 0, 0]);
    expect(perClass.map((c) => c.recall)).toEqual([0.75, 0.5, 0, 0]);
    expect(perClass[1]!.f1).toBeCloseTo(0.5714285714285714, 15);
    expect(Object.keys(perClass[0]!).sort()).toEqual(['f1', 'precision', 'recall', 'support']);
  });

  it('scores all-correct and all-wrong predictions', () => {
    const right = multiclassReport([0, 1, 2], [0.8, 0.1, 0.1, 0.1, 0.8, 0.1, 0.1, 0.1, 0.8], 3);
    expect([right.accuracy, right.balancedAccuracy, right.precision, right.recall, right.f1]).toEqual([1, 1, 1, 1, 1]);
    const wrong = multiclassReport([0, 1, 2], [0.1, 0.8, 0.1, 0.1, 0.1, 0.8, 0.8, 0.1, 0.1], 3);
    expect([wrong.accuracy, wrong.balancedAccuracy, wrong.precision, wrong.recall, wrong.f1]).toEqual([0, 0, 0, 0, 0]);
  });

  it('keeps its public keys and rejects a wrong shape', () => {
    expect(Object.keys(multiclassReport(labels, probs, 4)).sort()).toEqual(
      ['accuracy', 'balancedAccuracy', 'confusion', 'f1', 'logloss', 'perClass', 'precision', 'recall'].sort(),
    );
    expect(() => multiclassReport(labels, probs, 3)).toThrow(RangeError);
  });
});

describe('regressionReport', () => {
  it('matches the scikit-learn documentation example', () => {
    const report = regressionReport([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]);
    expect(report.mae).toBe(0.5);
    expect(report.rmse).toBe(Math.sqrt(0.375));
    expect(report.r2).toBeCloseTo(0.9486081370449679, 15);
    expect(report.mape).toBeCloseTo(0.3273809523809524, 15);
    expect(Object.keys(report).sort()).toEqual(['mae', 'mape', 'r2', 'rmse']);
  });
});
