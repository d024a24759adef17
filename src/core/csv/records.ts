import { phrase } from '../text';
import type { ReadNote } from './texts';
import type { RecordSink } from './tokenizer';

/**
 * Turns the tokenizer's records into a header and rows, the same way for every consumer: the first
 * non-blank record names the columns; blank records (empty lines, Excel's `,,,,` rows) are skipped;
 * a short record gets empty cells, a long one loses its extra fields, and both are counted.
 * Subclasses store the cells; a cell of a record that turns out blank is simply overwritten by the next.
 */
export abstract class RecordAssembler implements RecordSink {
  names: string[] = [];
  rowCount = 0;
  readonly notes: ReadNote[] = [];
  private headerCells: string[] | null = [];
  private columnCount = 0;
  private shortRows = 0;
  private longRows = 0;
  private firstRaggedLine = 0;

  /** Stores one data cell: `text.slice(start, end)` of `column` in `row`. */
  protected abstract cell(column: number, row: number, text: string, start: number, end: number): void;
  /** The header is known: the columns can be set up. */
  protected abstract startColumns(names: string[]): void;

  field(index: number, text: string, start: number, end: number): void {
    if (this.headerCells !== null) this.headerCells[index] = text.slice(start, end);
    else if (index < this.columnCount) this.cell(index, this.rowCount, text, start, end);
  }

  endRecord(fieldCount: number, blank: boolean, line: number): void {
    if (this.headerCells !== null) {
      if (!blank) {
        this.names = uniqueColumnNames(this.headerCells.slice(0, fieldCount), this.notes);
        this.columnCount = this.names.length;
        this.headerCells = null;
        this.startColumns(this.names);
      } else {
        this.headerCells = [];
      }
      return;
    }
    if (blank) return;
    if (fieldCount !== this.columnCount) {
      if (fieldCount < this.columnCount) {
        this.shortRows++;
        for (let column = fieldCount; column < this.columnCount; column++) this.cell(column, this.rowCount, '', 0, 0);
      } else {
        this.longRows++;
      }
      if (this.firstRaggedLine === 0) this.firstRaggedLine = line;
    }
    this.rowCount++;
  }

  get hasHeader(): boolean {
    return this.headerCells === null;
  }

  /** Plain-words notes on renamed columns and ragged rows. */
  readingNotes(): ReadNote[] {
    const notes = [...this.notes];
    const line = this.firstRaggedLine;
    if (this.shortRows > 0) {
      notes.push(this.shortRows === 1 ? phrase('readNote.shortRowOne', { line }) : phrase('readNote.shortRows', { count: this.shortRows, line }));
    }
    if (this.longRows > 0) {
      const count = this.longRows;
      // The note on short rows, when there is one, already names the first ragged line.
      if (this.shortRows > 0) notes.push(count === 1 ? phrase('readNote.longRowOneAfterShort') : phrase('readNote.longRowsAfterShort', { count }));
      else notes.push(count === 1 ? phrase('readNote.longRowOne', { line }) : phrase('readNote.longRows', { count, line }));
    }
    return notes;
  }
}

/**
 * Empty and repeated header names get unique names, so every column can be addressed by name. The
 * scoring scripts name columns the same way (`column_3`, `score_2`).
 */
export function uniqueColumnNames(header: readonly string[], notes: ReadNote[]): string[] {
  const seen = new Set<string>();
  return header.map((raw = '', index) => {
    let name = raw.trim();
    if (name === '') {
      name = `column_${index + 1}`;
      notes.push(phrase('readNote.unnamedColumn', { position: index + 1, name }));
    }
    if (seen.has(name)) {
      let suffix = 2;
      while (seen.has(`${name}_${suffix}`)) suffix++;
      notes.push(phrase('readNote.repeatedName', { name, renamed: `${name}_${suffix}` }));
      name = `${name}_${suffix}`;
    }
    seen.add(name);
    return name;
  });
}
