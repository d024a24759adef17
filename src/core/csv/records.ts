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
  readonly notes: string[] = [];
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
  readingNotes(): string[] {
    const notes = [...this.notes];
    const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
    if (this.shortRows > 0) {
      notes.push(`${plural(this.shortRows, 'row has', 'rows have')} fewer fields than the header (the first on line ${this.firstRaggedLine}): the missing fields were left empty.`);
    }
    if (this.longRows > 0) {
      notes.push(`${plural(this.longRows, 'row has', 'rows have')} more fields than the header${this.shortRows > 0 ? '' : ` (the first on line ${this.firstRaggedLine})`}: the extra fields were ignored.`);
    }
    return notes;
  }
}

/**
 * Empty and repeated header names get unique names, so every column can be addressed by name. The
 * scoring scripts name columns the same way (`column_3`, `score_2`).
 */
export function uniqueColumnNames(header: readonly string[], notes: string[]): string[] {
  const seen = new Set<string>();
  return header.map((raw = '', index) => {
    let name = raw.trim();
    if (name === '') {
      name = `column_${index + 1}`;
      notes.push(`Column ${index + 1} has no name; it is called "${name}".`);
    }
    if (seen.has(name)) {
      let suffix = 2;
      while (seen.has(`${name}_${suffix}`)) suffix++;
      notes.push(`The column name "${name}" appears more than once; the repeat is called "${name}_${suffix}".`);
      name = `${name}_${suffix}`;
    }
    seen.add(name);
    return name;
  });
}
