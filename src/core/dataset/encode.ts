import { isMissingCell, parseNumberCell } from '../csv/cells';
import type { Preprocessing } from './preprocessing';

/** Looks up a column's raw cells by name; undefined when the file has no such column. */
export type ColumnLookup = (name: string) => readonly string[] | undefined;

export interface EncodedFeatures {
  values: Float32Array;
  rowCount: number;
  featureCount: number;
  /** Per-row notes (only when asked for): what was filled in or ignored. */
  notes: string[][] | null;
}

/** Applies fitted preprocessing to raw cells: the one encoding used for training, scoring and exports. */
export function encodeFeatures(pre: Preprocessing, lookup: ColumnLookup, rows: ArrayLike<number>, collectNotes = false): EncodedFeatures {
  const featureCount = pre.featureNames.length;
  const values = new Float32Array(rows.length * featureCount);
  const notes = collectNotes ? Array.from({ length: rows.length }, () => [] as string[]) : null;
  let offset = 0;
  for (const input of pre.inputs) {
    const cells = lookup(input.name);
    if (input.kind === 'numeric') {
      for (let i = 0; i < rows.length; i++) {
        const raw = cells?.[rows[i] as number] ?? '';
        let value = isMissingCell(raw) ? NaN : parseNumberCell(raw, pre.decimalComma);
        if (!Number.isFinite(value)) {
          if (notes && cells && !isMissingCell(raw)) notes[i]!.push(`${input.name}: "${raw}" is not a number, used ${formatNumber(input.impute)}`);
          value = input.impute;
        }
        values[i * featureCount + offset] = (value - input.mean) / input.std;
      }
      offset += 1;
    } else {
      const positions = new Map(input.categories.map((category, k) => [category, k]));
      for (let i = 0; i < rows.length; i++) {
        const raw = cells?.[rows[i] as number] ?? '';
        const value = isMissingCell(raw) ? input.impute : raw.trim();
        const k = positions.get(value);
        if (k !== undefined) values[i * featureCount + offset + k] = 1;
        else if (notes) notes[i]!.push(`${input.name}: "${value}" was not seen in training`);
      }
      offset += input.categories.length;
    }
    if (!cells && notes) notes.forEach((rowNotes) => rowNotes.push(`${input.name}: column missing, filled in`));
  }
  return { values, rowCount: rows.length, featureCount, notes };
}

/**
 * The training target: 0/1 for binary, one-hot for multi-class, standardised for regression. Rows whose
 * target is missing or not a known class must be filtered out beforehand (`targetRows`).
 */
export function encodeTarget(pre: Preprocessing, cells: readonly string[], rows: ArrayLike<number>): Float32Array {
  const target = pre.target;
  if (target.task === 'regression') {
    return Float32Array.from({ length: rows.length }, (_, i) => (parseNumberCell(cells[rows[i] as number] ?? '', pre.decimalComma) - target.mean) / target.std);
  }
  const index = new Map(target.classes.map((c, k) => [c, k]));
  if (target.task === 'binary') {
    return Float32Array.from({ length: rows.length }, (_, i) => ((cells[rows[i] as number] ?? '').trim() === target.positiveClass ? 1 : 0));
  }
  const k = target.classes.length;
  const values = new Float32Array(rows.length * k);
  for (let i = 0; i < rows.length; i++) values[i * k + (index.get((cells[rows[i] as number] ?? '').trim()) ?? 0)] = 1;
  return values;
}

/** Rows whose target can be used: present, a number for regression, one of the classes otherwise. */
export function targetRows(pre: Pick<Preprocessing, 'decimalComma'>, cells: readonly string[], task: string, classes: readonly string[]): number[] {
  const known = new Set(classes);
  const rows: number[] = [];
  cells.forEach((raw, row) => {
    if (isMissingCell(raw)) return;
    if (task === 'regression' ? Number.isFinite(parseNumberCell(raw, pre.decimalComma)) : known.has(raw.trim())) rows.push(row);
  });
  return rows;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}
