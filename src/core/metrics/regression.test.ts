import { describe, expect, it } from 'vitest';
import { meanAbsoluteError, meanAbsolutePercentageError, r2Score, rootMeanSquaredError } from './regression';

// The scikit-learn documentation's running example.
const Y_TRUE = [3, -0.5, 2, 7];
const Y_PRED = [2.5, 0.0, 2, 8];

describe('meanAbsoluteError', () => {
  it('matches the scikit-learn documentation example', () => {
    expect(meanAbsoluteError(Y_TRUE, Y_PRED)).toBe(0.5);
  });

  it('is 0 for a perfect fit and NaN for no rows', () => {
    expect(meanAbsoluteError([1, 2], new Float32Array([1, 2]))).toBe(0);
    expect(meanAbsoluteError([], [])).toBeNaN();
  });

  it('rejects mismatched lengths', () => {
    expect(() => meanAbsoluteError([1, 2], [1])).toThrow(RangeError);
  });
});

describe('rootMeanSquaredError', () => {
  it('matches the scikit-learn documentation example', () => {
    expect(rootMeanSquaredError(Y_TRUE, Y_PRED)).toBe(Math.sqrt(0.375));
    expect(rootMeanSquaredError(Y_TRUE, Y_PRED)).toBeCloseTo(0.6123724356957945, 15);
  });

  it('weighs one large miss more than MAE does', () => {
    expect(rootMeanSquaredError([0, 0, 0, 0], [0, 0, 0, 4])).toBe(2);
    expect(meanAbsoluteError([0, 0, 0, 0], [0, 0, 0, 4])).toBe(1);
  });
});

describe('r2Score', () => {
  it('matches the scikit-learn documentation examples', () => {
    expect(r2Score(Y_TRUE, Y_PRED)).toBeCloseTo(0.9486081370449679, 15);
    expect(r2Score([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(r2Score([1, 2, 3], [2, 2, 2])).toBe(0);
    expect(r2Score([1, 2, 3], [3, 2, 1])).toBe(-3);
  });

  it('is 1 for a perfect fit of a constant target and 0 otherwise (force_finite)', () => {
    expect(r2Score([-2, -2, -2], [-2, -2, -2])).toBe(1);
    expect(r2Score([-2, -2, -2], [-2, -2, -2 + 1e-8])).toBe(0);
  });

  it('is NaN for fewer than two rows, as scikit-learn', () => {
    expect(r2Score([1], [1])).toBeNaN();
    expect(r2Score([], [])).toBeNaN();
  });
});

describe('meanAbsolutePercentageError', () => {
  it('matches the scikit-learn documentation examples', () => {
    expect(meanAbsolutePercentageError(Y_TRUE, Y_PRED)).toBeCloseTo(0.3273809523809524, 15);
    // A zero target divides by the machine epsilon, so the error is huge but finite.
    expect(meanAbsolutePercentageError([1.0, 0.0, 2.4, 7.0], [1.2, 0.1, 2.4, 8.0])).toBeCloseTo(
      112589990684262.48,
      1,
    );
  });

  it('is a fraction, not a percentage', () => {
    expect(meanAbsolutePercentageError([100, 200], [110, 180])).toBeCloseTo(0.1, 15);
    expect(meanAbsolutePercentageError([0], [1])).toBe(1 / 2.220446049250313e-16);
  });
});
