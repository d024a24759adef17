import { describe, expect, it } from 'vitest';
import { checkSplit, quantileStrata, splitByTime, splitRows } from './split';

const rows = Array.from({ length: 1000 }, (_, i) => i);

describe('splitRows', () => {
  it('is seeded, disjoint and complete, with each class in the same proportions', () => {
    const strata = rows.map((i) => (i % 10 === 0 ? 1 : 0));
    const split = splitRows(rows, { validation: 0.15, test: 0.2 }, 3, strata);
    expect(splitRows(rows, { validation: 0.15, test: 0.2 }, 3, strata)).toEqual(split);
    const all = [...split.train, ...split.validation, ...split.test].sort((a, b) => a - b);
    expect(all).toEqual(rows);
    expect([...split.test].filter((row) => row % 10 === 0)).toHaveLength(20);
    expect(split.test).toHaveLength(200);
    expect(split.validation).toHaveLength(150);
  });
});

describe('splitByTime', () => {
  it('trains on the oldest rows and tests on the newest; rows without a date count as oldest', () => {
    const days = Float64Array.from(rows, (i) => (i === 5 ? NaN : 1000 - i));
    const split = splitByTime(rows, { validation: 0.1, test: 0.1 }, days);
    const latestTrain = Math.max(...[...split.train].filter((r) => r !== 5).map((r) => days[r] as number));
    expect(Math.min(...[...split.validation].map((r) => days[r] as number))).toBeGreaterThanOrEqual(latestTrain);
    expect(Math.min(...[...split.test].map((r) => days[r] as number))).toBeGreaterThanOrEqual(Math.max(...[...split.validation].map((r) => days[r] as number)));
    expect(split.train).toContain(5);
    expect(split.test).toHaveLength(100);
  });
});

describe('checkSplit', () => {
  it('accepts sensible shares and explains the others', () => {
    expect(checkSplit({ validation: 0.15, test: 0.15 })).toEqual([]);
    expect(checkSplit({ validation: 0, test: 0.15 })[0]).toMatch(/validation share must be between 5% and 40%/);
    expect(checkSplit({ validation: 0.4, test: 0.4 })).toContain('Keep at least 50% of the rows for training.');
  });
});

describe('quantileStrata', () => {
  it('bins a numeric target by rank, so every split part spans the range', () => {
    const values = Array.from({ length: 200 }, (_, i) => (i * 7919) % 200);
    const strata = quantileStrata(values);
    expect(new Set(strata).size).toBe(10);
    values.forEach((value, i) => expect(strata[i]).toBe(Math.floor(value / 20)));
    const split = splitRows(values.map((_, i) => i), { validation: 0.15, test: 0.15 }, 42, strata);
    const testValues = [...split.test].map((row) => values[row] as number);
    // Three test rows from each tenth of the range: the top tenth is always represented.
    expect(testValues.filter((v) => v >= 180)).toHaveLength(3);
  });

  it('uses fewer bins for small data, and one for tiny data', () => {
    expect(new Set(quantileStrata(Array.from({ length: 60 }, (_, i) => i))).size).toBe(3);
    expect(new Set(quantileStrata([3, 1, 2]))).toEqual(new Set([0]));
  });
});
