import { ColumnBuilder } from './columnBuilder';
import { dateParts, type DateOrder } from './dates';
import { DROPPED_LABEL, type ColumnStore } from './store';
import type { Table } from './table';

/**
 * Cells as text into typed columns, through the very builder the file reader uses: a file to score is
 * read cell for cell as the training file was. Every label is kept (the text is in memory anyway), so
 * any column can be read as categories or dates in the order the preprocessing says.
 */
export function storeFromTable(table: Table): ColumnStore {
  const limits = { numberLabelCap: Infinity, textLabelCap: Infinity };
  const columns = table.names.map((name, index) => {
    const builder = new ColumnBuilder(name, Math.max(1, table.rowCount), table.decimalComma, limits);
    const cells = table.columns[index] ?? [];
    for (let row = 0; row < table.rowCount; row++) {
      const cell = cells[row] ?? '';
      builder.add(row, cell, 0, cell.length);
    }
    return builder.finish(table.rowCount);
  });
  return { names: [...table.names], columns, rowCount: table.rowCount, decimalComma: table.decimalComma, notes: [...table.notes] };
}

/**
 * Some rows of a store back as text, for checks that must start from raw cells (the exported bundle's
 * self-check). Labels are exact; numbers without a kept label are written so that they read back as the
 * same double (with a decimal comma where the file used one); days in the column's own order.
 */
export function tableFromStore(store: ColumnStore, rows: ArrayLike<number>): Table {
  const columns = store.columns.map((column) =>
    Array.from({ length: rows.length }, (_, i) => {
      const row = rows[i] as number;
      const code = column.codes?.[row] ?? -1;
      if (code >= 0) return column.labels[code] as string;
      if (code === DROPPED_LABEL) return '';
      const number = column.numbers?.[row] ?? NaN;
      if (!Number.isNaN(number)) return store.decimalComma ? String(number).replace('.', ',') : String(number);
      const day = column.days?.[row] ?? NaN;
      return Number.isNaN(day) ? '' : writeDay(day, column.dayOrder ?? 'ymd');
    }),
  );
  return { names: [...store.names], columns, rowCount: rows.length, decimalComma: store.decimalComma, notes: [] };
}

function writeDay(days: number, order: DateOrder): string {
  const { year, month } = dateParts(days);
  const day = new Date(days * 86_400_000).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  if (order === 'ymd') return `${year}-${pad(month)}-${pad(day)}`;
  return order === 'dmy' ? `${pad(day)}/${pad(month)}/${year}` : `${pad(month)}/${pad(day)}/${year}`;
}
