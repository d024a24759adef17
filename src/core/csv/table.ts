/**
 * A parsed CSV, column by column, as the raw cell text. Types are inferred from the text and every
 * transformation starts from it, so the app, the exported preprocessing and the scoring scripts all read
 * a cell the same way.
 */
export interface Table {
  names: string[];
  columns: string[][];
  rowCount: number;
  /** `3,5` means three and a half (semicolon- or tab-separated exports from European locales). */
  decimalComma: boolean;
  /** Plain-language notes about what was repaired while reading (renamed headers, ragged rows...). */
  notes: string[];
}

export function columnOf(table: Table, name: string): string[] | undefined {
  const index = table.names.indexOf(name);
  return index < 0 ? undefined : table.columns[index];
}

/** The first `count` rows, row-major, for a preview. */
export function previewRows(table: Table, count: number): string[][] {
  const rows: string[][] = [];
  for (let r = 0; r < Math.min(count, table.rowCount); r++) {
    rows.push(table.columns.map((column) => column[r] ?? ''));
  }
  return rows;
}
