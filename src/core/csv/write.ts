import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Spreadsheets execute cells that start with `=`, `+`, `-` or `@`. Such text gets a leading apostrophe;
 * plain numbers (including negative ones) are left alone, since spreadsheets read them as numbers.
 */
export function neutraliseFormula(cell: string): string {
  if (!FORMULA_START.test(cell)) return cell;
  if (cell.trim() !== '' && Number.isFinite(Number(cell))) return cell;
  return `'${cell}`;
}

/** Writes a CSV with every cell neutralised, ready to open in a spreadsheet. */
export function writeCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const safe = (cell: string | number) => (typeof cell === 'number' ? String(cell) : neutraliseFormula(cell));
  return Papa.unparse({ fields: header.map(safe), data: rows.map((row) => row.map(safe)) }, { newline: '\n' });
}
