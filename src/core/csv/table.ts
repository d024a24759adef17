import type { ReadNote } from './texts';

/**
 * A parsed CSV, column by column, as the raw cell text: a file to score, whose cells are written back
 * unchanged. The training data is held compactly instead (store.ts); both are read cell by cell with
 * the same rules, so the app, the exported preprocessing and the scoring scripts agree on every cell.
 */
export interface Table {
  names: string[];
  columns: string[][];
  rowCount: number;
  /** `3,5` means three and a half (semicolon- or tab-separated exports from European locales). */
  decimalComma: boolean;
  /** Plain-language notes about what was repaired while reading (renamed headers, ragged rows...). */
  notes: ReadNote[];
}

export function columnOf(table: Table, name: string): string[] | undefined {
  const index = table.names.indexOf(name);
  return index < 0 ? undefined : table.columns[index];
}
