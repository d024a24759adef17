import { describe, expect, it } from 'vitest';
import { MISSING_TOKENS } from '../csv/cells';
import { parseCsvText } from '../csv/parse';
import { profileStore } from '../csv/profile';
import { columnByName, numberValues, type StoredColumn } from '../csv/store';
import { storeFromTable } from '../csv/tableStore';
import { encodeFeatures, encodeStoredFeatures } from '../dataset/encode';
import { fitPreprocessing, type NumericInput } from '../dataset/preprocessing';
import type { TargetInfo } from '../dataset/target';
import { axisFor, cellAt, classProbabilities, gridCentres, gridTable, MAP_MARGIN, planeColumns, spreadRows, type PlaneAxis } from './plane';

const numeric = (name: string) => ({ name, kind: 'numeric' });

describe('planeColumns', () => {
  it('takes exactly two numeric inputs of a classification target', () => {
    expect(planeColumns([numeric('x'), numeric('y')], 'binary')).toEqual({ columns: ['x', 'y'], task: 'binary' });
    expect(planeColumns([numeric('width'), numeric('height')], 'multiclass')).toEqual({ columns: ['width', 'height'], task: 'multiclass' });
  });

  it('says why other models have no map', () => {
    expect(planeColumns([numeric('x'), numeric('y')], 'regression')).toEqual({ problem: { reason: 'regression' } });
    expect(planeColumns([numeric('x'), numeric('y'), numeric('z')], 'binary')).toEqual({ problem: { reason: 'input-count', inputCount: 3 } });
    expect(planeColumns([numeric('x')], 'binary')).toEqual({ problem: { reason: 'input-count', inputCount: 1 } });
    expect(planeColumns([numeric('x'), { name: 'city', kind: 'categorical' }], 'binary')).toEqual({ problem: { reason: 'not-numeric', columns: ['city'] } });
  });
});

describe('axisFor', () => {
  it('spans the finite values with a margin on each side', () => {
    const axis = axisFor('x', [4, Number.NaN, -6, 2, Infinity]);
    expect(axis.name).toBe('x');
    expect(axis.min).toBeCloseTo(-6 - 10 * MAP_MARGIN, 12);
    expect(axis.max).toBeCloseTo(4 + 10 * MAP_MARGIN, 12);
  });

  it('gives a constant or empty column a width', () => {
    expect(axisFor('x', [3, 3, 3])).toEqual({ name: 'x', min: 2, max: 4 });
    expect(axisFor('x', [Number.NaN])).toEqual({ name: 'x', min: -1, max: 1 });
  });
});

describe('the grid', () => {
  const x: PlaneAxis = { name: 'x', min: 0, max: 4 };
  const y: PlaneAxis = { name: 'y', min: -2, max: 2 };

  it('lists cell centres row by row from the top, left to right', () => {
    const { xs, ys } = gridCentres(x, y, 4);
    expect(Array.from(xs.slice(0, 4))).toEqual([0.5, 1.5, 2.5, 3.5]);
    expect(Array.from(ys.slice(0, 4))).toEqual([1.5, 1.5, 1.5, 1.5]);
    expect([xs[15], ys[15]]).toEqual([3.5, -1.5]);
    expect(xs.length).toBe(16);
  });

  it('finds the cell of a point, the same cell whose centre it is', () => {
    const { xs, ys } = gridCentres(x, y, 4);
    for (let cell = 0; cell < 16; cell++) expect(cellAt(x, y, xs[cell] as number, ys[cell] as number, 4)).toBe(cell);
    expect(cellAt(x, y, 4, 2, 4)).toBe(3);
    expect(cellAt(x, y, 0, -2, 4)).toBe(12);
    expect(cellAt(x, y, 4.01, 0, 4)).toBe(-1);
    expect(cellAt(x, y, 1, Number.NaN, 4)).toBe(-1);
  });

  it('goes through the fitted preprocessing exactly as a file of those values would', () => {
    // `amount` is skewed and never negative, so it is log-scaled; `score` is standardised; both have gaps.
    const lines = ['amount,score,label'];
    for (let i = 0; i < 120; i++) lines.push(`${i % 10 === 0 ? '' : (Math.exp(i / 12) - 1).toFixed(3)},${i % 7 === 0 ? 'NA' : ((i * 37) % 101) - 50},${i % 3 === 0 ? 'yes' : 'no'}`);
    const table = parseCsvText(lines.join('\n'));
    const store = storeFromTable(table);
    const profiles = profileStore(store);
    const target: TargetInfo = { name: 'label', task: 'binary', classes: ['no', 'yes'], positiveClass: 'yes', problem: null, problemText: null };
    const inputs = profiles.filter((p) => p.name !== 'label');
    const pre = fitPreprocessing(store, inputs, target, Array.from({ length: 120 }, (_, i) => i), MISSING_TOKENS);
    expect(pre.inputs.map((input) => (input as NumericInput).scaling)).toEqual(['log', 'standard']);
    expect(pre.featureNames).toEqual(['amount', 'amount (missing)', 'score', 'score (missing)']);

    const values = (name: string) => numberValues(columnByName(store, name) as StoredColumn, store.rowCount);
    const amount = axisFor('amount', values('amount'));
    const score = axisFor('score', values('score'));
    const cells = 6;
    const rows = Int32Array.from({ length: cells * cells }, (_, i) => i);
    const grid = encodeStoredFeatures(pre, gridTable(amount, score, cells), rows);
    const { xs, ys } = gridCentres(amount, score, cells);
    const asText = { amount: Array.from(xs, String), score: Array.from(ys, String) };
    const scored = encodeFeatures(pre, (name) => asText[name as keyof typeof asText], rows);
    expect(grid.featureCount).toBe(4);
    expect(Array.from(grid.values)).toEqual(Array.from(scored.values));
    // And by hand, for one cell: log1p then the fitted centre and scale; never missing.
    const [logAmount] = pre.inputs as NumericInput[];
    expect(grid.values[0]).toBeCloseTo((Math.log1p(Math.max(xs[0] as number, 0)) - (logAmount as NumericInput).center) / (logAmount as NumericInput).scale, 5);
    expect(grid.values[1]).toBe(0);
  });
});

describe('spreadRows', () => {
  it('keeps every row when there are few, and an even spread of many', () => {
    expect(spreadRows([5, 6, 7], 10)).toEqual([5, 6, 7]);
    expect(spreadRows(Array.from({ length: 100 }, (_, i) => i), 4)).toEqual([0, 25, 50, 75]);
  });
});

describe('classProbabilities', () => {
  it('turns a binary output into one probability per class, [negative, positive]', () => {
    expect(Array.from(classProbabilities(Float32Array.of(0.25, 1), 'binary', 2))).toEqual([0.75, 0.25, 0, 1]);
  });

  it('keeps a softmax as it is', () => {
    const softmax = Float32Array.of(0.2, 0.3, 0.5);
    expect(classProbabilities(softmax, 'multiclass', 1)).toBe(softmax);
  });
});
