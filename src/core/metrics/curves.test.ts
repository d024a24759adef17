import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gainsCurve } from './curves';
import { checkProperty } from '../../test/fastCheckTally';

describe('gainsCurve', () => {
  it('matches a hand count on four rows', () => {
    // Best first: 1, 0, 1, 0 → after 1, 2, 3, 4 rows: 1, 1, 2, 2 of the 2 positives.
    expect(gainsCurve([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.6], 4)).toEqual({
      fraction: [0.25, 0.5, 0.75, 1],
      gain: [0.5, 0.5, 1, 1],
      lift: [2, 1, 4 / 3, 1],
    });
  });

  it('lands on exact row counts for the default 100 points', () => {
    const labels = Array.from({ length: 100 }, (_, i) => (i < 10 ? 1 : 0));
    const scores = Array.from({ length: 100 }, (_, i) => 100 - i);
    const curve = gainsCurve(labels, scores);
    expect(curve.fraction).toHaveLength(100);
    expect(curve.gain[4]).toBe(0.5); // top 5 rows hold 5 of 10 positives
    expect(curve.lift[4]).toBe(10);
    expect(curve.gain[28]).toBe(1); // 29 rows: 0.29 * 100 would be 28.999… rows
  });

  it('spreads a tied group evenly instead of by row order', () => {
    const curve = gainsCurve([1, 0, 0, 1], [0.5, 0.5, 0.5, 0.5], 4);
    expect(curve.gain).toEqual([0.25, 0.5, 0.75, 1]);
    expect(curve.lift).toEqual([1, 1, 1, 1]);
    expect(gainsCurve([0, 1, 1, 0], [0.5, 0.5, 0.5, 0.5], 4)).toEqual(curve);
  });

  it('interpolates within rows when there are more points than rows', () => {
    expect(gainsCurve([1, 0], [0.9, 0.1], 4).gain).toEqual([0.5, 1, 1, 1]);
  });

  it('is NaN without positives and rejects a bad point count', () => {
    const curve = gainsCurve([0, 0], [0.2, 0.1], 2);
    expect(curve.fraction).toEqual([0.5, 1]);
    expect(curve.gain).toEqual([NaN, NaN]);
    expect(gainsCurve([], [], 2).gain).toEqual([NaN, NaN]);
    expect(() => gainsCurve([1], [0.5], 0)).toThrow(RangeError);
    expect(() => gainsCurve([1], [0.5], 2.5)).toThrow(RangeError);
    expect(() => gainsCurve([1], [NaN], 2)).toThrow(RangeError);
  });

  it('rises from the diagonal to 1, never falling', () => {
    const rows = fc.array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 6 })), { minLength: 1, maxLength: 50 });
    checkProperty(
      fc.property(rows, fc.integer({ min: 1, max: 30 }), (data, points) => {
        fc.pre(data.some(([l]) => l === 1));
        const { gain, lift } = gainsCurve(
          data.map(([l]) => l),
          data.map(([, s]) => s),
          points,
        );
        for (let i = 1; i < gain.length; i++) expect(gain[i]!).toBeGreaterThanOrEqual(gain[i - 1]! - 1e-12);
        expect(gain[gain.length - 1]).toBeCloseTo(1, 12);
        expect(lift[lift.length - 1]).toBeCloseTo(1, 12);
      }),
    );
  });
});
