import { describe, expect, it } from 'vitest';
import { constantBaselineOutputs } from './baselines';
import { downsampleParallel, evenlySpacedIndices } from './downsample';
import { histogram } from './histogram';

describe('evenlySpacedIndices / downsampleParallel', () => {
  it('keeps everything when short enough, else the ends and evenly spaced points', () => {
    expect(evenlySpacedIndices(3, 5)).toEqual([0, 1, 2]);
    expect(evenlySpacedIndices(11, 3)).toEqual([0, 5, 10]);
    expect(evenlySpacedIndices(10, 4)).toEqual([0, 3, 6, 9]);
    expect(evenlySpacedIndices(0, 4)).toEqual([]);
    expect(() => evenlySpacedIndices(10, 1)).toThrow(RangeError);
  });

  it('picks the same points from parallel lists and refuses lists of different lengths', () => {
    const x = Array.from({ length: 1000 }, (_, i) => i / 999);
    const curve = downsampleParallel({ x, y: x.map((v) => v * v) }, 200);
    expect(curve.x).toHaveLength(200);
    expect(curve.x[0]).toBe(0);
    expect(curve.x[199]).toBe(1);
    curve.x.forEach((v, i) => expect(curve.y[i]).toBe(v * v));
    expect(() => downsampleParallel({ x: [1, 2], y: [1] }, 10)).toThrow(RangeError);
  });
});

describe('histogram', () => {
  it('matches numpy.histogram with equal-width bins over the data range', () => {
    // np.histogram([1, 2, 1], bins=2) → counts [2, 1], edges [1, 1.5, 2]
    expect(histogram([1, 2, 1], 2)).toEqual({ edges: [1, 1.5, 2], counts: [2, 1] });
    // np.histogram([-3.5, 0, 0.25, 1, 1, 2, 7.5], bins=4) → [1, 4, 1, 1], edges [-3.5, -0.75, 2, 4.75, 7.5]
    expect(histogram([-3.5, 0, 0.25, 1, 1, 2, 7.5], 4)).toEqual({ edges: [-3.5, -0.75, 2, 4.75, 7.5], counts: [1, 4, 1, 1] });
  });

  it('leaves out non-finite values and copes with constant or empty input', () => {
    expect(histogram([NaN, 1, Infinity, 3], 2)).toEqual({ edges: [1, 2, 3], counts: [1, 1] });
    expect(histogram([4, 4, 4], 5)).toEqual({ edges: [4, 4], counts: [3] });
    expect(histogram([], 5)).toEqual({ edges: [], counts: [] });
    expect(() => histogram([1], 0)).toThrow(RangeError);
  });
});

describe('constantBaselineOutputs', () => {
  it('predicts the training average of every output for every test row', () => {
    // Binary 0/1 target: the base rate.
    expect(Array.from(constantBaselineOutputs(Float32Array.of(1, 0, 0, 0), 1, 3))).toEqual([0.25, 0.25, 0.25]);
    // One-hot target with three classes: each class's share.
    const shares = constantBaselineOutputs(Float32Array.of(1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0), 3, 2);
    expect(Array.from(shares)).toEqual([0.75, 0.25, 0, 0.75, 0.25, 0]);
    expect(() => constantBaselineOutputs(Float32Array.of(1, 0), 3, 1)).toThrow(RangeError);
  });
});
