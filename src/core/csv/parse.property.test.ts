import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProperty } from '../../test/fastCheckTally';
import { isUserError } from '../errors';
import { parseCsvBytes } from './parse';
import { profileStore } from './profile';
import { bytesSource, readCsv } from './reader';
import type { ColumnStore } from './store';

/**
 * Fuzzing the two readers of a CSV file (reader.ts for training data, parse.ts for files to score) on
 * messy quoted text: quotes closed, doubled, left open or stray; delimiters, line breaks and a BOM in
 * odd places; numbers, missing tokens and non-Latin text. Whatever the text, each reader either gives
 * a well-formed table or a UserError, and both agree on the table's shape.
 */
const piece = fc.constantFrom('a', 'Zoë', '東京', '😀', '1', '-2.5', '3,5', '1e999', '$1,200', '12%', 'NA', '', ' ', '"', '""', ',', ';', '\t', '|', '\n', '\r\n', '\r', '\ufeff', '2024-01-05', 'yes');
const rawCell = fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join(''));
/** A cell as a writer would put it: bare, properly quoted, or quoted and left open. */
const cell = fc.oneof(
  { weight: 3, arbitrary: rawCell },
  { weight: 2, arbitrary: rawCell.map((text) => `"${text.replaceAll('"', '""')}"`) },
  { weight: 1, arbitrary: rawCell.map((text) => `"${text}`) },
);
const csvText = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 0, maxLength: 8 }),
  })
  .map(({ delimiter, newline, bom, rows }) => `${bom ? '\ufeff' : ''}${rows.map((row) => row.join(delimiter)).join(newline)}`);

/** Text as UTF-8, or as single bytes (Latin-1: what a Windows export looks like to the decoder). */
const encoded = fc.tuple(csvText, fc.boolean()).map(([text, utf8]) => (utf8 ? new TextEncoder().encode(text) : Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff)));

function expectWellFormed(store: ColumnStore): void {
  expect(store.rowCount).toBeGreaterThan(0);
  expect(store.columns.map((column) => column.name)).toEqual(store.names);
  // Names are repaired into unique, non-empty ones.
  expect(new Set(store.names).size).toBe(store.names.length);
  for (const name of store.names) expect(name.trim()).not.toBe('');
  for (const column of store.columns) {
    if (column.numbers) {
      expect(column.numbers.length).toBeGreaterThanOrEqual(store.rowCount);
      // A number that is not finite is not a number: it reads as missing (NaN), never as infinity.
      for (let row = 0; row < store.rowCount; row++) expect(Math.abs(column.numbers[row] as number)).not.toBe(Infinity);
    }
    if (column.codes) for (let row = 0; row < store.rowCount; row++) expect(column.codes[row] as number).toBeLessThan(column.labels.length);
  }
}

describe('reading messy quoted CSV (properties)', () => {
  it('parse.ts gives a rectangular table or a UserError', () => {
    checkProperty(
      fc.property(encoded, (bytes) => {
        try {
          const table = parseCsvBytes(bytes);
          expect(table.rowCount).toBeGreaterThan(0);
          expect(table.columns).toHaveLength(table.names.length);
          for (const column of table.columns) expect(column.length).toBeLessThanOrEqual(table.rowCount);
          expect(new Set(table.names).size).toBe(table.names.length);
        } catch (error) {
          if (!isUserError(error)) throw error;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('reader.ts gives the same table whatever the chunk size, with the shape parse.ts gives, or the same UserError', async () => {
    await checkProperty(
      fc.asyncProperty(encoded, fc.integer({ min: 1, max: 48 }), async (bytes, chunkBytes) => {
        const whole = await readCsv(bytesSource(bytes)).catch((error: unknown) => error);
        const chunked = await readCsv(bytesSource(bytes), { chunkBytes }).catch((error: unknown) => error);
        const parsed = (() => {
          try {
            return parseCsvBytes(bytes);
          } catch (error) {
            return error;
          }
        })();
        if (isUserError(whole)) {
          expect(chunked).toMatchObject({ code: whole.code });
          expect(parsed).toMatchObject({ code: whole.code });
          return;
        }
        if (whole instanceof Error) throw whole;
        if (!('store' in (whole as object))) throw new Error('readCsv returned no store');
        const { store } = whole as Awaited<ReturnType<typeof readCsv>>;
        expectWellFormed(store);
        expect((chunked as Awaited<ReturnType<typeof readCsv>>).store).toEqual(store);
        expect(parsed).toMatchObject({ names: store.names, rowCount: store.rowCount });
        for (const profile of profileStore(store)) expect(profile.missing + profile.present).toBe(store.rowCount);
      }),
      { numRuns: 1000 },
    );
  });
});
