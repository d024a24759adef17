import { ColumnBuilder } from './columnBuilder';
import { RecordAssembler } from './records';
import type { ColumnStore } from './store';
import type { ReadNote } from './texts';

/** Rows allocated before the first chunk is read; small, so that a file refused for its size costs little. */
const FIRST_CAPACITY = 65_536;
/** Rows kept as text for the preview. */
export const PREVIEW_ROWS = 10;
/** Columns kept for the preview: a 5,000-column file sends the page 40 columns of text, not 5,000. */
export const PREVIEW_COLUMNS = 40;
/** Longer preview cells are cut: the page never receives a megabyte of text for one cell. */
export const PREVIEW_CELL_CHARACTERS = 200;

/** Records into typed columns (see {@link ColumnBuilder}), plus the first rows as text for a preview. */
export class StoreAssembler extends RecordAssembler {
  readonly preview: string[][] = [];
  private builders: ColumnBuilder[] = [];

  constructor(
    private readonly decimalComma: boolean,
    private readonly preferMonthFirst: boolean,
    /** Rows to allocate for at first; arrays grow when it was too few. */
    private readonly estimatedRows: number,
  ) {
    super();
  }

  protected startColumns(names: string[]): void {
    // Start small: the reader reserves the whole file's rows once its first chunk shows what a row costs.
    const capacity = Math.min(this.estimatedRows, FIRST_CAPACITY);
    this.builders = names.map((name) => new ColumnBuilder(name, capacity, this.decimalComma, { preferMonthFirst: this.preferMonthFirst }));
  }

  /** Grows every column to `rows` at once, instead of step by step with a copy each time. */
  reserve(rows: number): void {
    for (const builder of this.builders) builder.reserve(rows);
  }

  protected cell(column: number, row: number, text: string, start: number, end: number): void {
    (this.builders[column] as ColumnBuilder).add(row, text, start, end);
    if (row < PREVIEW_ROWS && column < PREVIEW_COLUMNS) {
      const cells = (this.preview[row] ??= []);
      cells[column] = text.slice(start, Math.min(end, start + PREVIEW_CELL_CHARACTERS)) + (end - start > PREVIEW_CELL_CHARACTERS ? '…' : '');
    }
  }

  /** Bytes the columns will take for `rows` rows, as they are stored so far. */
  bytesFor(rows: number): number {
    return this.builders.reduce((sum, builder) => sum + builder.bytesFor(rows), 0);
  }

  finish(notes: ReadNote[]): { store: ColumnStore; preview: string[][] } {
    const columns = this.builders.map((builder) => builder.finish(this.rowCount));
    this.builders = [];
    const store = { names: this.names, columns, rowCount: this.rowCount, decimalComma: this.decimalComma, notes: [...notes, ...this.readingNotes()] };
    return { store, preview: this.preview.slice(0, this.rowCount) };
  }
}
