import { describe, expect, it } from 'vitest';
import { quantile, summarise } from './columnStats';

describe('summarise', () => {
  it('keeps the mean and spread of values near the largest double finite and true', () => {
    const huge = summarise(Float64Array.from([0, 1e308, Number.MAX_VALUE, NaN, 1e308]));
    // Four values (the NaN is missing): (0 + 1e308 + MAX + 1e308) / 4, worked out in units of 1e308.
    expect((huge?.mean ?? 0) / 1e308).toBeCloseTo((2 + Number.MAX_VALUE / 1e308) / 4, 12);
    expect(Number.isFinite(huge?.std)).toBe(true);
    expect((huge?.std ?? 0) / 1e308).toBeGreaterThan(0.5);
    // Opposite signs: the squares of the deviations alone would overflow.
    const wide = summarise(Float64Array.from([-1e200, 1e200]));
    expect(wide).toMatchObject({ mean: 0, std: 1e200, skew: 0 });
  });

  it('interpolates quantiles between values whose difference overflows', () => {
    expect(quantile(Float64Array.from([-1e308, 1e308]), 0.5)).toBe(0);
    expect(quantile(Float64Array.from([-1e308, 1e308]), 0.25)).toBe(-5e307);
    expect(quantile(Float64Array.from([1, 2, 3, 4]), 0.25)).toBe(1.75);
  });

  it('summarises ordinary columns exactly as before scaling existed', () => {
    expect(summarise(Float64Array.from([1, 2, 3, 4]))).toEqual({ count: 4, min: 1, max: 4, mean: 2.5, std: Math.sqrt(1.25), skew: 0, integer: true });
  });
});
