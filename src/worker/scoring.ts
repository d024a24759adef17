import { columnOf, type Table } from '../core/csv/table';
import { writeCsv } from '../core/csv/write';
import { encodeFeatures, type ColumnLookup } from '../core/dataset/encode';
import { describeOutputs } from '../core/dataset/outputs';
import { predictRows } from '../core/model/predict';
import type { RowPrediction } from './protocol';
import type { TrainedModel } from './training';

/** Rows scored per step: each step is a short task, so the worker keeps answering (what-if, progress). */
export const SCORING_CHUNK_ROWS = 5000;

/** The column that explains, per row, anything filled in or ignored; always present so the file's shape is stable. */
export const NOTES_COLUMN = 'layerlab_notes';

export interface ScoredFile {
  /** UTF-8 CSV, ready to transfer to the page without a copy. */
  bytes: Uint8Array;
  rowsWithNotes: number;
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Scores every row of an uploaded table, chunk by chunk with a progress report after each: the
 * original columns, then the prediction and the probability of each class (or the predicted value),
 * then a note per row on missing columns, unknown categories and unreadable values.
 */
export async function scoreTable(trained: TrainedModel, table: Table, onProgress: (done: number, total: number) => void = () => {}): Promise<ScoredFile> {
  const { pre } = trained;
  const lookup: ColumnLookup = (name) => columnOf(table, name);
  const encoder = new TextEncoder();
  const header = [...table.names, ...describeOutputs(pre, new Float32Array(0), 0).map((c) => c.name), NOTES_COLUMN];
  const parts = [encoder.encode(writeCsv(header, []).replace(/\n$/, ''))];
  let rowsWithNotes = 0;
  for (let start = 0; start < table.rowCount; start += SCORING_CHUNK_ROWS) {
    const count = Math.min(SCORING_CHUNK_ROWS, table.rowCount - start);
    const rows = Int32Array.from({ length: count }, (_, i) => start + i);
    const features = encodeFeatures(pre, lookup, rows, true);
    const outputs = await predictRows(trained.model, features.values, count, features.featureCount);
    const added = describeOutputs(pre, outputs, count);
    const body = Array.from({ length: count }, (_, i) => {
      const notes = features.notes?.[i] ?? [];
      if (notes.length > 0) rowsWithNotes++;
      return [...table.columns.map((column) => column[start + i] ?? ''), ...added.map((c) => c.values[i] ?? ''), notes.join('; ')];
    });
    // With no field names, writeCsv writes the rows alone: the header went out once, above.
    parts.push(encoder.encode(`\n${writeCsv([], body)}`));
    onProgress(start + count, table.rowCount);
    await nextTurn();
  }
  return { bytes: concatenate(parts), rowsWithNotes };
}

/** One row typed into the what-if form, scored exactly as a row of an uploaded file would be. */
export async function scoreRow(trained: TrainedModel, values: readonly (readonly [string, string])[]): Promise<RowPrediction> {
  const cells = new Map(values);
  const features = encodeFeatures(trained.pre, (name) => (cells.has(name) ? [cells.get(name) as string] : undefined), [0], true);
  const outputs = await predictRows(trained.model, features.values, 1, features.featureCount);
  return {
    columns: describeOutputs(trained.pre, outputs, 1).map((column) => ({ name: column.name, value: column.values[0] ?? '' })),
    notes: features.notes?.[0] ?? [],
  };
}

function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
