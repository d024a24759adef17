import { describe, expect, it } from 'vitest';
import { ColumnBuilder, type BuilderLimits } from './columnBuilder';
import { parseDateCell } from './dates';
import { profileColumn } from './profile';
import { DROPPED_LABEL, labelAt, NO_LABEL } from './store';

function build(cells: string[], limits: BuilderLimits = {}, decimalComma = false) {
  const builder = new ColumnBuilder('column', 2, decimalComma, limits);
  cells.forEach((cell, row) => builder.add(row, cell, 0, cell.length));
  return builder.finish(cells.length);
}

describe('ColumnBuilder', () => {
  it('stores numbers as numbers and keeps their text as labels while there are few', () => {
    const column = build(['1', ' 2 ', '$1,200', 'NA', '1', '']);
    expect(Array.from(column.numbers ?? [])).toEqual([1, 2, 1200, NaN, 1, NaN]);
    expect([0, 1, 2, 3, 4, 5].map((row) => labelAt(column, row))).toEqual(['1', '2', '$1,200', null, '1', null]);
    expect(column).toMatchObject({ numberLabelsKept: true, unit: 'currency' });
  });

  it('drops the labels of a column of many distinct numbers, keeping every value', () => {
    const cells = Array.from({ length: 50 }, (_, i) => String(i * 1.5));
    const column = build(cells, { numberLabelCap: 10 });
    expect(column.numberLabelsKept).toBe(false);
    expect(column.codes).toBeNull();
    expect(Array.from(column.numbers ?? [])).toEqual(cells.map(Number));
  });

  it('keeps text beyond the label cap as present but unknown', () => {
    const column = build(['a', 'b', 'c', 'a', 'd'], { textLabelCap: 2 });
    expect(Array.from(column.codes ?? [])).toEqual([0, 1, DROPPED_LABEL, 0, DROPPED_LABEL]);
    expect(column.labelsCapped).toBe(true);
    expect(profileColumn(column, 5).usableAs).not.toContain('categorical');
  });

  it('switches a column of many distinct timestamps to day numbers', () => {
    const cells = Array.from({ length: 40 }, (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')}T10:${String(i).padStart(2, '0')}:00Z`);
    cells[30] = 'unknown';
    cells[31] = '';
    const column = build(cells, { textLabelCap: 10 });
    expect(column.days).not.toBeNull();
    expect(column.codes).toBeNull();
    expect(column.days?.[0]).toBe(parseDateCell('2024-01-01', 'ymd'));
    expect(column.days?.[39]).toBe(parseDateCell('2024-01-12', 'ymd'));
    expect(column.unreadableDays).toBe(1);
    const profile = profileColumn(column, cells.length);
    expect(profile).toMatchObject({ type: 'date', missing: 1, unreadable: 1 });
  });

  it('reads decimal commas only when told to', () => {
    expect(Array.from(build(['3,5', '1.234,5'], {}, true).numbers ?? [])).toEqual([3.5, 1234.5]);
    // Without a decimal comma, `3,5` is no number (groups of thousands have three digits): it stays text.
    expect(build(['3,5'], {}, false).numbers).toBeNull();
    expect(build(['3.5'], {}, true).codes?.[0]).not.toBe(NO_LABEL);
  });
});
