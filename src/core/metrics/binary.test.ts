import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  averagePrecision,
  binaryLogLoss,
  confusionAtThreshold,
  precisionRecallCurve,
  rocAuc,
  rocCurve,
} from './binary';
import { checkProperty } from '../../test/fastCheckTally';

// Reference values come from the scikit-learn documentation or were computed with scikit-learn 1.9.1;
// they are hard-coded because CI has no Python.
const DOC_LABELS = [0, 0, 1, 1];
const DOC_SCORES = [0.1, 0.4, 0.35, 0.8];
// Three rows tied at 0.5 across both classes.
const TIE_LABELS = [0, 0, 1, 1, 1, 0];
const TIE_SCORES = [0.5, 0.5, 0.5, 0.9, 0.1, 0.2];

/** The definition itself, O(n²): P(score⁺ > score⁻) + ½ P(score⁺ = score⁻). */
function pairwiseAuc(labels: number[], scores: number[]): number {
  let wins = 0;
  let pairs = 0;
  labels.forEach((li, i) => {
    labels.forEach((lj, j) => {
      if (li !== 1 || lj !== 0) return;
      pairs++;
      const si = scores[i] as number;
      const sj = scores[j] as number;
      wins += si > sj ? 1 : si === sj ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

function trapezoid(x: number[], y: number[]): number {
  let area = 0;
  for (let i = 1; i < x.length; i++) area += ((x[i]! - x[i - 1]!) * (y[i]! + y[i - 1]!)) / 2;
  return area;
}

/** Labels with both classes and scores drawn from a small set so that ties are common. */
const labelledScores = fc
  .array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: -5, max: 5 })), { minLength: 2, maxLength: 60 })
  .filter((rows) => rows.some(([l]) => l === 1) && rows.some(([l]) => l === 0))
  .map((rows) => ({ labels: rows.map(([l]) => l), scores: rows.map(([, s]) => s / 4) }));

describe('rocAuc', () => {
  it('matches the scikit-learn documentation example', () => {
    expect(rocAuc(DOC_LABELS, DOC_SCORES)).toBe(0.75);
  });

  it('counts tied positive–negative pairs as one half', () => {
    // Hand count: 9 pairs, wins 1 (0.9) ×3 + ties at 0.5: ½×2 + wins over 0.2: 1 → 5/9.
    expect(rocAuc(TIE_LABELS, TIE_SCORES)).toBeCloseTo(0.5555555555555556, 15);
    expect(rocAuc([0, 1, 0, 1], [0.3, 0.3, 0.3, 0.3])).toBe(0.5);
  });

  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(rocAuc([0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1])).toBe(0);
  });

  it('is NaN with one class only, no rows or a NaN score', () => {
    expect(rocAuc([1, 1, 1], [0.2, 0.5, 0.9])).toBeNaN();
    expect(rocAuc([0, 0], [0.2, 0.5])).toBeNaN();
    expect(rocAuc([], [])).toBeNaN();
    expect(rocAuc([0, 1], [0.2, NaN])).toBeNaN();
  });

  it('accepts typed arrays and infinite scores', () => {
    expect(rocAuc(new Uint8Array(DOC_LABELS), new Float32Array([0.1, 0.4, 0.35, 0.8]))).toBe(0.75);
    expect(rocAuc([0, 1, 0, 1], [-Infinity, Infinity, -Infinity, 0])).toBe(1);
  });

  it('rejects labels other than 0 and 1 and mismatched lengths', () => {
    expect(() => rocAuc([0, 2], [0.1, 0.2])).toThrow(RangeError);
    expect(() => rocAuc([0, 1], [0.1])).toThrow(RangeError);
    expect(() => rocAuc([0, 1], [0.1, NaN, 0.3])).toThrow(RangeError);
  });

  it('equals the pairwise definition, the ROC trapezoid, and flips under negated scores', () => {
    checkProperty(
      fc.property(labelledScores, ({ labels, scores }) => {
        const auc = rocAuc(labels, scores);
        expect(auc).toBeCloseTo(pairwiseAuc(labels, scores), 12);
        const curve = rocCurve(labels, scores);
        expect(trapezoid(curve.fpr, curve.tpr)).toBeCloseTo(auc, 12);
        const full = rocCurve(labels, scores, { dropIntermediate: false });
        expect(trapezoid(full.fpr, full.tpr)).toBeCloseTo(auc, 12);
        expect(rocAuc(labels, scores.map((s) => -s))).toBeCloseTo(1 - auc, 12);
      }),
    );
  });
});

describe('averagePrecision', () => {
  it('matches the scikit-learn documentation example', () => {
    expect(averagePrecision(DOC_LABELS, DOC_SCORES)).toBeCloseTo(0.8333333333333333, 15);
  });

  it('matches scikit-learn with tied scores', () => {
    expect(averagePrecision(TIE_LABELS, TIE_SCORES)).toBeCloseTo(0.6666666666666667, 15);
    expect(averagePrecision([1, 0, 1, 1, 0, 0, 1, 0], [0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.3, 0.1])).toBeCloseTo(
      0.7470238095238095,
      15,
    );
  });

  it('is 1 for a perfect ranking or all positives, 0 with no positives (as scikit-learn)', () => {
    expect(averagePrecision([0, 1, 0, 1], [0.1, 0.9, 0.2, 0.8])).toBe(1);
    expect(averagePrecision([1, 1], [0.1, 0.2])).toBe(1);
    expect(averagePrecision([0, 0], [0.1, 0.2])).toBe(0);
    expect(averagePrecision([0, 1], [NaN, 0.2])).toBeNaN();
  });

  it('is the area under its own precision–recall steps and ignores monotone rescaling', () => {
    checkProperty(
      fc.property(labelledScores, ({ labels, scores }) => {
        const ap = averagePrecision(labels, scores);
        const { precision, recall } = precisionRecallCurve(labels, scores);
        let steps = 0;
        for (let i = 0; i + 1 < recall.length; i++) steps += (recall[i]! - recall[i + 1]!) * precision[i]!;
        expect(ap).toBeCloseTo(steps, 12);
        expect(averagePrecision(labels, scores.map((s) => Math.exp(3 * s) + 7))).toBeCloseTo(ap, 12);
      }),
    );
  });
});

describe('rocCurve', () => {
  it('matches the scikit-learn documentation example', () => {
    expect(rocCurve(DOC_LABELS, DOC_SCORES)).toEqual({
      fpr: [0, 0, 0.5, 0.5, 1],
      tpr: [0, 0.5, 0.5, 1, 1],
      thresholds: [Infinity, 0.8, 0.4, 0.35, 0.1],
    });
  });

  it('merges tied scores into one point', () => {
    const curve = rocCurve(TIE_LABELS, TIE_SCORES);
    expect(curve.thresholds).toEqual([Infinity, 0.9, 0.5, 0.2, 0.1]);
    expect(curve.fpr).toEqual([0, 0, 2 / 3, 1, 1]);
    expect(curve.tpr).toEqual([0, 1 / 3, 2 / 3, 2 / 3, 1]);
  });

  it('drops collinear points by default, as scikit-learn', () => {
    const labels = [1, 1, 1, 0, 0, 0];
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
    expect(rocCurve(labels, scores)).toEqual({
      fpr: [0, 0, 0, 1],
      tpr: [0, 1 / 3, 1, 1],
      thresholds: [Infinity, 0.9, 0.7, 0.4],
    });
    expect(rocCurve(labels, scores, { dropIntermediate: false }).thresholds).toHaveLength(7);
  });

  it('gives NaN rates for an absent class', () => {
    expect(rocCurve([1, 1], [0.2, 0.3])).toEqual({
      fpr: [NaN, NaN, NaN],
      tpr: [0, 0.5, 1],
      thresholds: [Infinity, 0.3, 0.2],
    });
  });

  it('throws on NaN scores', () => {
    expect(() => rocCurve([0, 1], [NaN, 0.5])).toThrow(RangeError);
  });
});

describe('precisionRecallCurve', () => {
  it('matches the scikit-learn documentation example', () => {
    const curve = precisionRecallCurve(DOC_LABELS, DOC_SCORES);
    expect(curve.precision).toEqual([0.5, 2 / 3, 0.5, 1, 1]);
    expect(curve.recall).toEqual([1, 1, 0.5, 0.5, 0]);
    expect(curve.thresholds).toEqual([0.1, 0.35, 0.4, 0.8]);
  });

  it('matches scikit-learn with tied scores', () => {
    const curve = precisionRecallCurve(TIE_LABELS, TIE_SCORES);
    expect(curve.precision).toEqual([0.5, 0.4, 0.5, 1, 1]);
    expect(curve.recall).toEqual([1, 2 / 3, 2 / 3, 1 / 3, 0]);
    expect(curve.thresholds).toEqual([0.1, 0.2, 0.5, 0.9]);
  });

  it('keeps only the ends of each flat-recall run when asked', () => {
    const labels = [1, 0, 0, 0, 1];
    const scores = [0.9, 0.8, 0.7, 0.6, 0.5];
    expect(precisionRecallCurve(labels, scores).thresholds).toEqual([0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(precisionRecallCurve(labels, scores, { dropIntermediate: true })).toEqual({
      precision: [0.4, 0.25, 1, 1],
      recall: [1, 0.5, 0.5, 0],
      thresholds: [0.5, 0.6, 0.9],
    });
  });

  it('sets recall to 1 when there are no positives, as scikit-learn', () => {
    expect(precisionRecallCurve([0, 0], [0.2, 0.3])).toEqual({
      precision: [0, 0, 1],
      recall: [1, 1, 0],
      thresholds: [0.2, 0.3],
    });
  });
});

describe('binaryLogLoss', () => {
  it('matches the scikit-learn log_loss documentation example', () => {
    // ["spam","ham","ham","spam"] with spam as class 1 and P(spam) from the second column.
    expect(binaryLogLoss([1, 0, 0, 1], [0.9, 0.1, 0.2, 0.65])).toBeCloseTo(0.21616187468057912, 15);
  });

  it('clips certain mistakes to −log(eps) instead of Infinity', () => {
    expect(binaryLogLoss([1], [0])).toBeCloseTo(34.538776394910684, 12);
    expect(binaryLogLoss([0], [1])).toBeCloseTo(34.538776394910684, 12);
    expect(binaryLogLoss([1, 0], [0, 1], 1e-7)).toBeCloseTo(-Math.log(1e-7), 12);
  });

  it('is near 0 for certain correct answers and log 2 for coin flips', () => {
    expect(binaryLogLoss([1, 0], [1, 0])).toBeLessThan(2e-15);
    expect(binaryLogLoss([1, 0, 1], [0.5, 0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
  });

  it('rejects bad labels', () => {
    expect(() => binaryLogLoss([0.5], [0.5])).toThrow(RangeError);
  });
});

describe('confusionAtThreshold', () => {
  it('counts by hand, with prob equal to the threshold predicted positive', () => {
    const labels = [1, 1, 0, 0, 1, 0];
    const probs = [0.9, 0.5, 0.5, 0.1, 0.2, 0.7];
    expect(confusionAtThreshold(labels, probs, 0.5)).toEqual({ tp: 2, fp: 2, tn: 1, fn: 1 });
    expect(confusionAtThreshold(labels, probs, 0.8)).toEqual({ tp: 1, fp: 0, tn: 3, fn: 2 });
  });

  it('reproduces the rates of the ROC point at that threshold', () => {
    const curve = rocCurve(TIE_LABELS, TIE_SCORES, { dropIntermediate: false });
    curve.thresholds.forEach((threshold, i) => {
      const { tp, fp, tn, fn } = confusionAtThreshold(TIE_LABELS, TIE_SCORES, threshold);
      expect(tp / (tp + fn)).toBe(curve.tpr[i]);
      expect(fp / (fp + tn)).toBe(curve.fpr[i]);
    });
  });

  it('treats a NaN probability as a negative prediction', () => {
    expect(confusionAtThreshold([1, 0], [NaN, NaN], 0.5)).toEqual({ tp: 0, fp: 0, tn: 1, fn: 1 });
  });
});
