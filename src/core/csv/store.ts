import { parseBooleanCell } from './cells';
import { parseDateCell, type DateOrder } from './dates';
import type { ReadNote } from './texts';

/**
 * A loaded table held compactly, column by column: numbers in a Float64Array, text as a dictionary
 * (one Int32 code per row into a list of distinct labels). A million rows of twelve numeric columns take
 * 96 MB instead of the gigabyte that arrays of strings would. Only the worker holds one.
 */
export interface ColumnStore {
  names: string[];
  columns: StoredColumn[];
  rowCount: number;
  /** `3,5` means three and a half (semicolon- or tab-separated exports from European locales). */
  decimalComma: boolean;
  /** Plain-language notes about what was repaired while reading (renamed headers, ragged rows...). */
  notes: ReadNote[];
}

/** Code of a row with no label: the cell was missing, or it is a number whose text was not kept. */
export const NO_LABEL = -1;
/** Code of a text cell beyond the label cap: present, but its text was not kept. */
export const DROPPED_LABEL = -2;

/**
 * One column. A cell that reads as a number ({@link readNumberCell}) has its value in `numbers`; every
 * other present cell has a label (its trimmed text) in `codes`/`labels`. Number cells keep their label
 * too while `numberLabelsKept` (few distinct numbers: class codes, ratings, zip codes), so that the
 * column can also be read as categories exactly as written.
 */
export interface StoredColumn {
  name: string;
  /** The value of each cell that reads as a number, NaN elsewhere; null when no cell does. */
  numbers: Float64Array | null;
  /** Label index per row, {@link NO_LABEL} or {@link DROPPED_LABEL}; null when no row has a label. */
  codes: Int32Array | null;
  labels: string[];
  /** Number cells have labels too (codes cover every present cell). */
  numberLabelsKept: boolean;
  /** Some text cells were beyond the label cap (code {@link DROPPED_LABEL}). */
  labelsCapped: boolean;
  /** Set when the column was stored as dates (too many distinct timestamps to keep as labels): day numbers, NaN when missing or unreadable. */
  days: Float64Array | null;
  dayOrder: DateOrder | null;
  /** Present cells that could not be read as dates in `days` mode. */
  unreadableDays: number;
  /** Units written around the numbers: `12%` (read as 12) or `$1,200`. */
  unit: NumberUnit | null;
}

export type NumberUnit = 'percent' | 'currency';

export function columnByName(store: ColumnStore, name: string): StoredColumn | undefined {
  return store.columns.find((column) => column.name === name);
}

/** Present cells: a number, a label, text beyond the cap, or a day. */
export function isPresent(column: StoredColumn, row: number): boolean {
  const code = column.codes?.[row] ?? NO_LABEL;
  if (code !== NO_LABEL) return true;
  if (column.numbers !== null && !Number.isNaN(column.numbers[row])) return true;
  return column.days !== null && !Number.isNaN(column.days[row]);
}

/** How many cells of the column are present (one pass, no per-row calls). */
export function countPresent(column: StoredColumn, rowCount: number): number {
  const { codes, numbers, days } = column;
  let present = 0;
  for (let row = 0; row < rowCount; row++) {
    if ((codes !== null && codes[row] !== NO_LABEL) || (numbers !== null && numbers[row] === numbers[row]) || (days !== null && days[row] === days[row])) present++;
  }
  return present;
}

/** The text of a cell as a category (trimmed, as written), or null when missing or not kept. */
export function labelAt(column: StoredColumn, row: number): string | null {
  const code = column.codes?.[row] ?? NO_LABEL;
  if (code >= 0) return column.labels[code] as string;
  return null;
}

/** Per label: what it means as a boolean (1, 0 or NaN) and as a date (day number or NaN). */
export function labelBooleans(column: StoredColumn): Float64Array {
  return Float64Array.from(column.labels, (label) => {
    const word = parseBooleanCell(label);
    return word === null ? NaN : word ? 1 : 0;
  });
}

function labelDays(column: StoredColumn, order: DateOrder): Float64Array {
  return Float64Array.from(column.labels, (label) => parseDateCell(label, order));
}

/**
 * The day number of every row (NaN when missing or not a date in `order`): from `days` when the column
 * was stored as dates, else from its labels.
 */
export function dayValues(column: StoredColumn, order: DateOrder, rowCount: number): Float64Array {
  if (column.days !== null) return column.days;
  const perLabel = labelDays(column, order);
  const values = new Float64Array(rowCount).fill(NaN);
  const codes = column.codes;
  if (codes) for (let row = 0; row < rowCount; row++) values[row] = (codes[row] as number) >= 0 ? (perLabel[codes[row] as number] as number) : NaN;
  return values;
}

/** 1, 0 or NaN for every row: yes/no words by label, and the numbers 1 and 0. */
export function booleanValues(column: StoredColumn, rowCount: number): Float64Array {
  const perLabel = labelBooleans(column);
  const values = new Float64Array(rowCount).fill(NaN);
  const { codes, numbers } = column;
  for (let row = 0; row < rowCount; row++) {
    const code = codes?.[row] ?? NO_LABEL;
    if (code >= 0 && !Number.isNaN(perLabel[code] as number)) values[row] = perLabel[code] as number;
    else if (numbers !== null && (numbers[row] === 1 || numbers[row] === 0)) values[row] = numbers[row] as number;
  }
  return values;
}

/** The number of every row, NaN when missing or not a number (shared, not copied). */
export function numberValues(column: StoredColumn, rowCount: number): Float64Array {
  return column.numbers ?? new Float64Array(rowCount).fill(NaN);
}
