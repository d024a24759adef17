import Papa from 'papaparse';
import { UserError } from '../errors';
import { decodeCsvBytes } from './decode';
import { sniffDialect } from './sniff';
import type { Table } from './table';

/** Reads the bytes of a CSV file: decodes, sniffs the dialect and parses into columns. */
export function parseCsvBytes(bytes: Uint8Array): Table {
  const decoded = decodeCsvBytes(bytes);
  return parseCsvText(decoded.text, decoded.notes);
}

export function parseCsvText(text: string, notes: string[] = []): Table {
  if (text.trim() === '') {
    throw new UserError('empty-file', 'This file is empty. Choose a CSV file with a header row and at least one row of data.');
  }
  const dialect = sniffDialect(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: dialect.delimiter, skipEmptyLines: 'greedy', header: false });
  const [header, ...rows] = parsed.data;
  if (!header || header.every((cell) => cell.trim() === '')) {
    throw new UserError('no-header', 'No header row was found. The first line of the file must name the columns.');
  }
  if (rows.length === 0) {
    throw new UserError(
      'no-rows',
      'This file has a header row but no data rows. Add at least one row of data below the header and load it again.',
    );
  }
  const tableNotes = [...notes];
  const names = uniqueColumnNames(header, tableNotes);
  const columns = names.map(() => new Array<string>(rows.length));
  let ragged = 0;
  rows.forEach((row, r) => {
    if (row.length !== names.length) ragged++;
    for (let c = 0; c < names.length; c++) (columns[c] as string[])[r] = row[c] ?? '';
  });
  if (ragged > 0) {
    tableNotes.push(
      `${ragged} row${ragged === 1 ? ' has' : 's have'} a different number of fields than the header: missing fields were left empty and extra fields ignored.`,
    );
  }
  const quoteProblem = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteProblem) tableNotes.push(`A quoted field is not closed (near row ${(quoteProblem.row ?? 0) + 1}); the rest of the file may be read as one cell.`);
  return { names, columns, rowCount: rows.length, decimalComma: dialect.decimalComma, notes: tableNotes };
}

/** Empty and repeated header names get unique names, so every column can be addressed by name. */
function uniqueColumnNames(header: string[], notes: string[]): string[] {
  const seen = new Set<string>();
  return header.map((raw, index) => {
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
