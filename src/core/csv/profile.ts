import { isMissingCell, parseNumberCell } from './cells';
import type { Table } from './table';

/**
 * What a column holds, as far as a model is concerned. Identifier, constant and free-text columns carry
 * no signal a small network can use, so they are excluded from the inputs by default.
 */
export type ColumnType = 'numeric' | 'categorical' | 'identifier' | 'constant' | 'text';

export interface CategoryCount {
  value: string;
  count: number;
}

export interface ColumnProfile {
  name: string;
  type: ColumnType;
  missing: number;
  distinct: number;
  /** Numeric summary, for numeric columns only. */
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  /** Whether every present value is a whole number (numeric columns). */
  integer?: boolean;
  /** Most frequent values first, at most `TOP_CATEGORY_LIMIT`. */
  top: CategoryCount[];
}

export const TOP_CATEGORY_LIMIT = 50;

export function profileTable(table: Table): ColumnProfile[] {
  return table.names.map((name, index) => profileColumn(name, table.columns[index] ?? [], table.decimalComma));
}

export function profileColumn(name: string, cells: readonly string[], decimalComma: boolean): ColumnProfile {
  const counts = new Map<string, number>();
  let missing = 0;
  let numericCount = 0;
  let integer = true;
  let sum = 0;
  let sumSquares = 0;
  let min = Infinity;
  let max = -Infinity;
  let totalLength = 0;
  for (const raw of cells) {
    if (isMissingCell(raw)) {
      missing++;
      continue;
    }
    const cell = raw.trim();
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
    totalLength += cell.length;
    const value = parseNumberCell(cell, decimalComma);
    if (Number.isFinite(value)) {
      numericCount++;
      sum += value;
      sumSquares += value * value;
      if (value < min) min = value;
      if (value > max) max = value;
      if (!Number.isInteger(value)) integer = false;
    }
  }
  const present = cells.length - missing;
  const distinct = counts.size;
  const top = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_CATEGORY_LIMIT)
    .map(([value, count]) => ({ value, count }));
  const base = { name, missing, distinct, top };
  if (present === 0 || distinct === 1) return { ...base, type: 'constant' };
  if (numericCount === present) {
    const mean = sum / present;
    const variance = Math.max(0, sumSquares / present - mean * mean);
    return { ...base, type: 'numeric', min, max, mean, std: Math.sqrt(variance), integer };
  }
  const averageLength = totalLength / present;
  if (distinct === present && present >= 20) return { ...base, type: averageLength > 40 ? 'text' : 'identifier' };
  if (averageLength > 40 && distinct > present / 2) return { ...base, type: 'text' };
  return { ...base, type: 'categorical' };
}
