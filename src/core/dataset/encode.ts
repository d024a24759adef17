import { ColumnBuilder } from '../csv/columnBuilder';
import { dateParts, formatDay } from '../csv/dates';
import { booleanValues, DROPPED_LABEL, NO_LABEL, dayValues, isPresent, labelAt, numberValues, type ColumnStore, type StoredColumn } from '../csv/store';
import { FEATURE_CLIP, featureNamesOf, type CategoricalInput, type InputColumn, type Preprocessing } from './preprocessing';

/** Looks up a column's raw cells by name; undefined when the file has no such column. */
export type ColumnLookup = (name: string) => readonly string[] | undefined;

export interface EncodedFeatures {
  values: Float32Array;
  rowCount: number;
  featureCount: number;
  /** Per-row notes (only when asked for): what was filled in or ignored. */
  notes: string[][] | null;
}

/**
 * Applies fitted preprocessing to raw cells (a file to score, a bundle's check rows): the cells of
 * `rows` are read into typed columns exactly as a loaded file is, then encoded as training data is.
 */
export function encodeFeatures(pre: Preprocessing, lookup: ColumnLookup, rows: ArrayLike<number>, collectNotes = false): EncodedFeatures {
  const columns = new Map<string, StoredColumn>();
  const limits = { numberLabelCap: Infinity, textLabelCap: Infinity };
  for (const input of pre.inputs) {
    const cells = lookup(input.name);
    if (!cells || columns.has(input.name)) continue;
    const builder = new ColumnBuilder(input.name, Math.max(1, rows.length), pre.decimalComma, limits);
    for (let i = 0; i < rows.length; i++) {
      const cell = cells[rows[i] as number] ?? '';
      builder.add(i, cell, 0, cell.length);
    }
    columns.set(input.name, builder.finish(rows.length));
  }
  const all = Int32Array.from({ length: rows.length }, (_, i) => i);
  return encodeColumns(pre, (name) => columns.get(name), all, rows.length, collectNotes);
}

/** Applies fitted preprocessing to rows of the loaded table: the encoding used for training and testing. */
export function encodeStoredFeatures(pre: Preprocessing, store: ColumnStore, rows: ArrayLike<number>, collectNotes = false): EncodedFeatures {
  const byName = new Map(store.columns.map((column) => [column.name, column]));
  return encodeColumns(pre, (name) => byName.get(name), rows, store.rowCount, collectNotes);
}

/** A value for a missing cell, and whether the cell was missing. */
interface Cell {
  value: number;
  missing: boolean;
}

function encodeColumns(pre: Preprocessing, columnOf: (name: string) => StoredColumn | undefined, rows: ArrayLike<number>, rowCount: number, collectNotes: boolean): EncodedFeatures {
  const width = pre.featureNames.length;
  const values = new Float32Array(rows.length * width);
  const notes = collectNotes ? Array.from({ length: rows.length }, () => [] as string[]) : null;
  const clip = pre.featureClip ?? FEATURE_CLIP;
  let offset = 0;
  for (const input of pre.inputs) {
    const column = columnOf(input.name);
    const own = featureNamesOf(input).length - (input.missingIndicator ? 1 : 0);
    const put = (i: number, k: number, value: number) => {
      values[i * width + offset + k] = value > clip ? clip : value < -clip ? -clip : value === value ? value : 0;
    };
    const read = cellReader(input, column, rowCount, notes);
    // One reused cell: encoding a million rows allocates nothing per row.
    const cell: Cell = { value: 0, missing: false };
    for (let i = 0; i < rows.length; i++) {
      read(rows[i] as number, i, cell);
      if (input.kind === 'numeric') {
        const t = input.transform === 'log' ? Math.log1p(Math.max(cell.value, 0)) : cell.value;
        put(i, 0, (t - input.center) / input.scale);
      } else if (input.kind === 'boolean') {
        put(i, 0, cell.value);
      } else if (input.kind === 'date') {
        const { year, month, weekday } = dateParts(cell.value);
        const parts = { year, month, weekday, days: cell.value - input.reference };
        input.parts.forEach(({ part, center, scale }, k) => put(i, k, (parts[part] - center) / scale));
      } else if (input.encoding === 'ordinal') {
        put(i, 0, cell.value < 0 ? 0 : input.categories.length > 1 ? cell.value / (input.categories.length - 1) : 0);
      } else if (cell.value >= 0) {
        put(i, cell.value, 1);
      }
      if (input.missingIndicator) put(i, own, cell.missing ? 1 : 0);
    }
    if (!column && notes) notes.forEach((rowNotes) => rowNotes.push(`${input.name}: column missing, filled in`));
    offset += own + (input.missingIndicator ? 1 : 0);
  }
  return { values, rowCount: rows.length, featureCount: width, notes };
}

/**
 * Reads one input's value per row, imputed when missing: the number, 1/0, the day number, or for
 * categories the feature index (-1: no feature, i.e. all zeros).
 */
type Reader = (row: number, i: number, cell: Cell) => void;

function cellReader(input: InputColumn, column: StoredColumn | undefined, rowCount: number, notes: string[][] | null): Reader {
  const note = (i: number, text: string) => notes?.[i]?.push(`${input.name}: ${text}`);
  const unreadable = (row: number) => column !== undefined && isPresent(column, row);
  const raw = (row: number) => (column ? (labelAt(column, row) ?? '') : '');
  if (input.kind === 'categorical') return categoryReader(input, column, note);
  const values = column
    ? input.kind === 'numeric'
      ? numberValues(column, rowCount)
      : input.kind === 'boolean'
        ? booleanValues(column, rowCount)
        : dayValues(column, input.order, rowCount)
    : null;
  const filled = input.kind === 'date' ? formatDay(input.impute) : formatNumber(input.impute);
  const what = input.kind === 'numeric' ? 'a number' : input.kind === 'boolean' ? 'yes or no' : 'a date';
  return (row, i, cell) => {
    const value = values ? (values[row] as number) : NaN;
    cell.missing = Number.isNaN(value);
    cell.value = cell.missing ? input.impute : value;
    if (cell.missing && notes && unreadable(row)) note(i, `"${raw(row)}" is not ${what}, used ${filled}`);
  };
}

function categoryReader(input: CategoricalInput, column: StoredColumn | undefined, note: (i: number, text: string) => void): Reader {
  const positions = new Map(input.categories.map((category, k) => [category, k]));
  const other = input.otherBucket ? input.categories.length : -1;
  const ordinal = input.encoding === 'ordinal';
  const imputed = input.impute === null ? -1 : (positions.get(input.impute) ?? (ordinal ? -1 : other));
  const byCode = Int32Array.from(column?.labels ?? [], (label) => positions.get(label) ?? -2);
  return (row, i, cell) => {
    const code = column?.codes?.[row] ?? NO_LABEL;
    const k = code === NO_LABEL ? -1 : code === DROPPED_LABEL ? -2 : (byCode[code] as number);
    cell.missing = code === NO_LABEL || (k < 0 && ordinal);
    cell.value = k >= 0 ? k : cell.missing ? imputed : other;
    if (k === -2) note(i, `"${code >= 0 ? column?.labels[code] : '…'}" was not seen in training`);
  };
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}
