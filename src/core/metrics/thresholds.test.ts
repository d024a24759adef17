import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { confusionAtThreshold } from './binary';
import { operatingPoint } from './operatingPoint';
import { profitCurve } from './profit';
import { binaryReport } from './report';
import { confusionAtStep, figuresAtStep, stepOfThreshold, thresholdAtStep, thresholdTable } from './thresholds';
import { checkProperty } from '../../test/fastCheckTally';

// The twelve rows of report.test.ts, two of them tied at 0.5; figures from scikit-learn 1.9.1.
const LABELS = [1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1];
const PROBS = [0.92, 0.55, 0.5, 0.81, 0.3, 0.5, 0.45, 0.12, 0.77, 0.64, 0.05, 0.33];

describe('operatingPoint', () => {
  it('gives scikit-learn’s balanced accuracy for its documented example', () => {
    // balanced_accuracy_score([0, 1, 0, 0, 1, 0], [0, 1, 0, 0, 0, 1]) == 0.625
    const point = operatingPoint({ tp: 1, fn: 1, fp: 1, tn: 3 });
    expect(point.balancedAccuracy).toBe(0.625);
    expect(point.accuracy).toBeCloseTo(4 / 6, 15);
  });
});

describe('thresholdTable', () => {
  it('counts rows at or above each grid threshold, ties at the threshold included', () => {
    const table = thresholdTable(LABELS, PROBS, 10);
    expect(table).toMatchObject({ steps: 10, positives: 6, negatives: 6 });
    expect(table.truePositives).toEqual([6, 6, 6, 6, 5, 4, 3, 3, 2, 1, 0]);
    // 0.3 itself is at or above the threshold 0.3, so the negative scored 0.3 counts at step 3.
    expect(table.falsePositives).toEqual([6, 5, 4, 4, 3, 3, 1, 0, 0, 0, 0]);
  });

  it('at the default threshold reproduces the headline report exactly', () => {
    const table = thresholdTable(LABELS, PROBS);
    const k = stepOfThreshold(table, 0.5);
    const report = binaryReport(LABELS, PROBS, 0.5);
    const figures = figuresAtStep(table, k);
    expect(figures.threshold).toBe(0.5);
    expect(figures.confusion).toEqual(report.confusion);
    for (const key of ['accuracy', 'balancedAccuracy', 'precision', 'recall', 'f1'] as const) expect(figures[key]).toBe(report[key]);
    expect(figures.flaggedShare).toBe(7 / 12);
  });

  it('matches confusionAtThreshold at every grid step, including values on and next to the grid', () => {
    const probability = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
      fc.constantFrom(0.1 + 0.2, 0.7 - 0.4, 1 - 1e-17, 5e-324, 0.29999999999999993),
    );
    checkProperty(
      fc.property(fc.array(fc.tuple(fc.constantFrom(0, 1), probability), { maxLength: 60 }), (rows) => {
        const labels = rows.map((r) => r[0]);
        const probs = rows.map((r) => r[1]);
        const table = thresholdTable(labels, probs);
        for (let k = 0; k <= table.steps; k += 1) {
          expect(confusionAtStep(table, k)).toEqual(confusionAtThreshold(labels, probs, thresholdAtStep(table, k)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('counts a NaN probability as a negative prediction everywhere, as confusionAtThreshold does', () => {
    const table = thresholdTable([1, 0], [NaN, 0.2], 4);
    expect(confusionAtStep(table, 0)).toEqual(confusionAtThreshold([1, 0], [NaN, 0.2], 0));
    expect(table.truePositives).toEqual([0, 0, 0, 0, 0]);
  });

  it('handles a single-class split and rejects mismatched input', () => {
    const table = thresholdTable([0, 0, 0], [0.1, 0.6, 0.9], 2);
    expect(figuresAtStep(table, 1)).toMatchObject({ confusion: { tp: 0, fp: 2, tn: 1, fn: 0 }, precision: 0, recall: 0, balancedAccuracy: 1 / 3 });
    expect(() => thresholdTable([1, 0], [0.5])).toThrow(RangeError);
    expect(() => thresholdTable([2], [0.5])).toThrow(RangeError);
    expect(() => thresholdTable([1], [0.5], 0)).toThrow(RangeError);
  });

  it('maps thresholds to the nearest grid step, clamped', () => {
    const table = { steps: 1000 };
    expect(stepOfThreshold(table, 0.2374)).toBe(237);
    expect(stepOfThreshold(table, -1)).toBe(0);
    expect(stepOfThreshold(table, 3)).toBe(1000);
  });
});

describe('profitCurve', () => {
  it('matches a hand count and picks the most profitable threshold', () => {
    // Contact costs 1, a success brings 5. At 0.5: 4 successes, 7 contacts → 20 − 7 = 13.
    const curve = profitCurve(thresholdTable(LABELS, PROBS, 10), 1, 5);
    expect(curve.points[5]).toEqual({ step: 5, threshold: 0.5, contacted: 7, successes: 4, profit: 13 });
    expect(curve.points[0]?.profit).toBe(6 * 5 - 12);
    // Steps 2 and 3 both earn 20 (6 successes, 10 contacts): the higher threshold wins.
    expect(curve.points.map((p) => p.profit)).toEqual([18, 19, 20, 20, 17, 13, 11, 12, 8, 4, 0]);
    expect(curve.best).toMatchObject({ step: 3, profit: 20, contacted: 10, successes: 6 });
  });

  it('prefers the higher threshold among equal profits, and contacting nobody when nothing pays', () => {
    const table = thresholdTable([1, 0, 0, 0], [0.9, 0.8, 0.7, 0.6], 10);
    expect(profitCurve(table, 1, 1).best).toMatchObject({ step: 10, profit: 0, contacted: 0 });
    expect(profitCurve(table, 1, 2).best).toMatchObject({ step: 9, profit: 1, contacted: 1 });
  });
});
