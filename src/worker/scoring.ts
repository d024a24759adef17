import { columnOf, type Table } from '../core/csv/table';
import { writeCsv } from '../core/csv/write';
import { encodeFeatures } from '../core/dataset/encode';
import { describeOutputs } from '../core/dataset/outputs';
import { predictRows } from '../core/model/predict';
import type { TrainedModel } from './training';

export interface ScoredFile {
  csv: string;
  rowsWithNotes: number;
}

/**
 * Scores every row of an uploaded table: the original columns, then the prediction and the probability
 * of each class (or the predicted value), then a note per row on anything filled in or ignored.
 */
export async function scoreTable(trained: TrainedModel, table: Table): Promise<ScoredFile> {
  const { pre } = trained;
  const rows = Int32Array.from({ length: table.rowCount }, (_, i) => i);
  const features = encodeFeatures(pre, (name) => columnOf(table, name), rows, true);
  const outputs = await predictRows(trained.model, features.values, table.rowCount, features.featureCount);
  const added = describeOutputs(pre, outputs, table.rowCount);
  const notes = features.notes ?? [];
  const rowsWithNotes = notes.filter((n) => n.length > 0).length;
  const header = [...table.names, ...added.map((c) => c.name), ...(rowsWithNotes > 0 ? ['layerlab_notes'] : [])];
  const body = Array.from({ length: table.rowCount }, (_, r) => [
    ...table.columns.map((column) => column[r] ?? ''),
    ...added.map((c) => c.values[r] ?? ''),
    ...(rowsWithNotes > 0 ? [(notes[r] ?? []).join('; ')] : []),
  ]);
  return { csv: writeCsv(header, body), rowsWithNotes };
}
