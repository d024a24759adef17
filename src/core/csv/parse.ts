import { UserError } from '../errors';
import { phrase } from '../text';
import { decodeCsvBytes } from './decode';
import { RecordAssembler } from './records';
import { sniffDialect } from './sniff';
import type { Table } from './table';
import type { ReadNote } from './texts';
import { CsvTokenizer } from './tokenizer';

/**
 * Reads the bytes of a CSV file into cells as text (a {@link Table}): for files to score, whose cells
 * are written back unchanged. The training data is read by reader.ts, with the same tokenizer.
 */
export function parseCsvBytes(bytes: Uint8Array): Table {
  const decoded = decodeCsvBytes(bytes);
  return parseCsvText(decoded.text, decoded.notes);
}

export function parseCsvText(text: string, notes: ReadNote[] = []): Table {
  if (text.trim() === '') {
    throw new UserError('empty-file', phrase('read.empty'));
  }
  const dialect = sniffDialect(text);
  const assembler = new TextAssembler();
  const tokenizer = new CsvTokenizer(dialect.delimiter, assembler);
  tokenizer.push(text);
  tokenizer.finish();
  if (!assembler.hasHeader) throw new UserError('no-header', phrase('read.noHeader'));
  if (assembler.rowCount === 0) {
    throw new UserError('no-rows', phrase('read.noRows'));
  }
  const tableNotes = [...notes, ...assembler.readingNotes()];
  for (const line of tokenizer.unclosedQuoteLines) {
    tableNotes.push(phrase('readNote.unclosedQuoteNoPreview', { line }));
  }
  const columns = assembler.columns.map((column) => (column.length > assembler.rowCount ? column.slice(0, assembler.rowCount) : column));
  return { names: assembler.names, columns, rowCount: assembler.rowCount, decimalComma: dialect.decimalComma, notes: tableNotes };
}

class TextAssembler extends RecordAssembler {
  columns: string[][] = [];

  protected startColumns(names: string[]): void {
    this.columns = names.map(() => []);
  }

  protected cell(column: number, row: number, text: string, start: number, end: number): void {
    (this.columns[column] as string[])[row] = text.slice(start, end);
  }
}
