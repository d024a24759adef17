import { describe, expect, it } from 'vitest';
import { argmaxRows, confusionMatrix, multiclassLogLoss } from './multiclass';

describe('multiclassLogLoss', () => {
  it('matches the scikit-learn log_loss documentation example', () => {
    // ["spam","ham","ham","spam"]: scikit-learn sorts the names, so ham = 0 and spam = 1.
    const probs = [0.1, 0.9, 0.9, 0.1, 0.8, 0.2, 0.35, 0.65];
    expect(multiclassLogLoss([1, 0, 0, 1], probs, 2)).toBeCloseTo(0.21616187468057912, 15);
  });

  it('matches scikit-learn on three classes', () => {
    const probs = [0.7, 0.2, 0.1, 0.1, 0.6, 0.3, 0.2, 0.2, 0.6, 0.5, 0.3, 0.2, 0.3, 0.4, 0.3];
    expect(multiclassLogLoss([0, 1, 2, 2, 1], new Float64Array(probs), 3)).toBeCloseTo(0.7808109671557938, 15);
  });

  it('clips a zero probability on the true class to −log(eps)', () => {
    expect(multiclassLogLoss([2], [0.5, 0.5, 0], 3)).toBeCloseTo(34.538776394910684, 12);
    expect(multiclassLogLoss([2], [0.5, 0.5, 0], 3, 1e-3)).toBeCloseTo(-Math.log(1e-3), 12);
  });

  it('is NaN for no rows and rejects bad shapes and labels', () => {
    expect(multiclassLogLoss([], [], 3)).toBeNaN();
    expect(() => multiclassLogLoss([0, 1], [0.5, 0.5, 1], 2)).toThrow(RangeError);
    expect(() => multiclassLogLoss([2], [0.5, 0.5], 2)).toThrow(RangeError);
    expect(() => multiclassLogLoss([0.5], [0.5, 0.5], 2)).toThrow(RangeError);
    expect(() => multiclassLogLoss([0], [1], 0)).toThrow(RangeError);
  });
});

describe('confusionMatrix', () => {
  it('matches the scikit-learn documentation example (rows are the true class)', () => {
    expect(confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2], 3)).toEqual([
      [2, 0, 0],
      [0, 0, 1],
      [1, 0, 2],
    ]);
  });

  it('is k×k even for classes that never occur', () => {
    expect(confusionMatrix([0, 0], [0, 1], 4)).toEqual([
      [1, 1, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(confusionMatrix([], [], 2)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('rejects indices outside [0, k) and mismatched lengths', () => {
    expect(() => confusionMatrix([0, 3], [0, 1], 3)).toThrow(RangeError);
    expect(() => confusionMatrix([0, 1], [0, -1], 3)).toThrow(RangeError);
    expect(() => confusionMatrix([0, 1], [0], 3)).toThrow(RangeError);
  });
});

describe('argmaxRows', () => {
  it('picks the largest entry of each row', () => {
    expect(Array.from(argmaxRows([0.1, 0.7, 0.2, 0.6, 0.3, 0.1, 0.2, 0.3, 0.5], 3))).toEqual([1, 0, 2]);
  });

  it('breaks ties towards the lowest index, as numpy.argmax', () => {
    expect(Array.from(argmaxRows([0.25, 0.25, 0.25, 0.25, 0.1, 0.45, 0.45, 0], 4))).toEqual([0, 1]);
  });

  it('skips NaN entries and maps an all-NaN row to class 0', () => {
    expect(Array.from(argmaxRows([NaN, 0.2, 0.8, NaN, NaN, NaN], 3))).toEqual([2, 0]);
  });

  it('handles no rows and rejects ragged input', () => {
    expect(argmaxRows([], 3)).toHaveLength(0);
    expect(() => argmaxRows([0.1, 0.2, 0.3], 2)).toThrow(RangeError);
  });
});
