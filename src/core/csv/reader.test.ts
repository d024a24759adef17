import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUserError, UserError } from '../errors';
import { english } from '../texts';
import { profileStore, type ColumnProfile } from './profile';
import { bytesSource, readCsv, type ReadOptions } from './reader';
import type { ColumnStore } from './store';
import { checkProperty } from '../../test/fastCheckTally';

const FIXTURES = 'e2e/fixtures';
interface Fixture {
  file: string;
  decodeError?: string;
  encoding?: string;
  delimiter?: string;
  decimalComma?: boolean;
  target?: string;
  columns?: number;
  rows?: number;
}
const MANIFEST = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as Fixture[];
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(FIXTURES, file)));
const read = (file: string, options?: ReadOptions) => readCsv(bytesSource(bytesOf(file)), options);

/** The user-facing error code for fixtures that cannot be a table. */
const ERRORS: Record<string, string> = { 'header_only.csv': 'no-rows', 'empty.csv': 'empty-file' };

async function loaded(file: string): Promise<{ store: ColumnStore; profiles: Map<string, ColumnProfile>; preview: string[][] }> {
  const { store, preview } = await read(file);
  return { store, preview, profiles: new Map(profileStore(store).map((p) => [p.name, p])) };
}

/** Expected types of columns that matter, per fixture. */
const TYPES: Record<string, Record<string, string>> = {
  'comma_basic.csv': { customer_id: 'identifier', age: 'numeric', plan: 'categorical', avg_order_value: 'numeric', churned: 'boolean' },
  'semicolon_decimal_comma.csv': { Alter: 'numeric', Umsatz: 'numeric', Rabatt: 'numeric', Wiederkauf: 'categorical' },
  'semicolon_decimal_point.csv': { city: 'categorical', revenue: 'numeric', discount: 'numeric' },
  'tab_decimal_comma.tsv': { Warenkorb: 'numeric' },
  'thousands_separators.csv': { visitors: 'numeric', revenue: 'numeric', high_value: 'boolean' },
  'percentages.csv': { open_rate: 'numeric', click_rate: 'numeric', bounce_rate: 'numeric' },
  'currency_usd.csv': { order_total: 'numeric', refund: 'numeric', shipping: 'numeric' },
  'currency_eur_semicolon.csv': { Warenkorb: 'numeric', Versand: 'numeric', Gutschrift: 'numeric' },
  'booleans.csv': { newsletter: 'boolean', active: 'boolean', vip: 'boolean', flagged: 'boolean', has_app: 'boolean', purchased: 'boolean' },
  'dates_iso.csv': { signup_date: 'date', last_seen: 'date', visits: 'numeric' },
  'dates_day_first.csv': { signup_date: 'date', renewal_date: 'date' },
  'missing_tokens.csv': { age: 'numeric', city: 'categorical', spend: 'numeric' },
  'single_column.csv': { email: 'identifier' },
  'big_cell_1mb.csv': { support_notes: 'text', monthly_visits: 'numeric' },
};

describe('readCsv on the fixture corpus', () => {
  it.each(MANIFEST)('$file', async (fixture) => {
    const code = fixture.decodeError ?? ERRORS[fixture.file];
    if (code !== undefined) {
      await expect(read(fixture.file)).rejects.toThrow(UserError);
      await expect(read(fixture.file)).rejects.toMatchObject({ code });
      return;
    }
    const { store, reading } = await read(fixture.file);
    expect(reading).toMatchObject({ encoding: fixture.encoding, delimiter: fixture.delimiter, decimalComma: fixture.decimalComma });
    if (fixture.columns !== undefined) expect(store.names).toHaveLength(fixture.columns);
    expect(store.rowCount).toBe(fixture.rows ?? 30);
    if (fixture.target !== undefined) expect(store.names).toContain(fixture.target);
    const profiles = new Map(profileStore(store).map((p) => [p.name, p]));
    for (const [column, type] of Object.entries(TYPES[fixture.file] ?? {})) expect(profiles.get(column)?.type, `${fixture.file}: ${column}`).toBe(type);
  });

  it('reads decimal commas, thousands separators, percentages and currencies as the numbers they are', async () => {
    const german = await loaded('semicolon_decimal_comma.csv');
    expect(german.profiles.get('Umsatz')?.max).toBeGreaterThan(1000);
    const shop = await loaded('currency_usd.csv');
    expect(shop.profiles.get('refund')?.min).toBeLessThan(0);
    expect(shop.profiles.get('order_total')?.unit).toBe('currency');
    const rates = await loaded('percentages.csv');
    expect(rates.profiles.get('bounce_rate')).toMatchObject({ unit: 'percent', max: 100 });
    const euro = await loaded('currency_eur_semicolon.csv');
    expect(euro.profiles.get('Gutschrift')?.max).toBeLessThan(0);
  });

  it('counts every missing token as missing and never as a category', async () => {
    const { profiles } = await loaded('missing_tokens.csv');
    expect(profiles.get('age')?.missing).toBe(15);
    expect(profiles.get('age')?.unreadable).toBe(0);
    const cities = profiles.get('city')?.top.map((c) => c.value) ?? [];
    for (const token of ['NULL', '?', 'NA', '#N/A', 'None']) expect(cities).not.toContain(token);
  });

  it('reads day-first dates without ambiguity and ISO timestamps as dates', async () => {
    const { profiles } = await loaded('dates_day_first.csv');
    expect(profiles.get('signup_date')?.date).toMatchObject({ order: 'dmy', ambiguous: false });
    expect(profiles.get('renewal_date')?.date?.order).toBe('dmy');
    const iso = await loaded('dates_iso.csv');
    expect(iso.profiles.get('last_seen')?.date?.order).toBe('ymd');
  });

  it('explains repaired files in plain words', async () => {
    const ragged = await read('ragged_rows.csv');
    expect(ragged.store.notes.map(english).join(' ')).toMatch(/fewer fields than the header \(the first on line \d+\)/);
    expect(ragged.store.notes.map(english).join(' ')).toMatch(/more fields than the header/);
    const unclosed = await read('unterminated_quote.csv');
    expect(unclosed.store.rowCount).toBe(30);
    expect(unclosed.store.notes.map(english).join(' ')).toMatch(/quote opened on line 6 is never closed/);
    const latin = await read('windows1252_semicolon.csv');
    expect(latin.store.notes.map(english)[0]).toMatch(/read as Windows-1252/);
    expect(latin.store.names).toEqual(['Client', 'Ville', 'Montant (€)', 'Remarque', 'Résilié']);
  });

  it('keeps names exact, unique and inert: BOM stripped, duplicates renamed, hostile names kept as text', async () => {
    expect((await read('utf8_bom.csv')).store.names[0]).toBe('Kunde');
    expect((await read('duplicate_headers.csv')).store.names).toEqual(['email', 'score', 'score_2', 'Score', 'email_2', 'converted']);
    expect((await read('empty_header_names.csv')).store.names).toEqual(['column_1', 'name', 'column_3', 'spend', 'column_5', 'converted']);
    const hostile = await read('hostile_headers.csv');
    expect(hostile.store.names).toEqual(['__proto__', 'constructor', '<img src=x onerror=alert(1)>', 'toString', 'hasOwnProperty', '=1+1', 'converted']);
    expect(hostile.preview[0]).toContain('<script>alert(1)</script>');
    expect((await read('crlf_line_endings.csv')).store.columns.at(-1)?.labels).toEqual(expect.arrayContaining(['yes', 'no']));
  });

  it('cuts long cells in the preview', async () => {
    const { preview } = await read('big_cell_1mb.csv');
    expect(Math.max(...preview.flat().map((cell) => cell.length))).toBeLessThanOrEqual(201);
  });

  it('reads the same table whatever the chunk size', async () => {
    for (const fixture of MANIFEST.filter((f) => f.decodeError === undefined && ERRORS[f.file] === undefined && f.file !== 'wide_5000_columns.csv')) {
      const whole = await read(fixture.file);
      const chunked = await read(fixture.file, { chunkBytes: 7 });
      expect(chunked.store, fixture.file).toEqual(whole.store);
      expect(chunked.preview, fixture.file).toEqual(whole.preview);
    }
  });

  it('reports progress and stops when cancelled', async () => {
    const bytes = bytesOf('comma_basic.csv');
    const seen: number[] = [];
    await readCsv(bytesSource(bytes), { chunkBytes: 256, onProgress: (p) => seen.push(p.bytesRead) });
    expect(seen.at(-1)).toBe(bytes.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    let chunks = 0;
    await expect(readCsv(bytesSource(bytes), { chunkBytes: 100, isCancelled: () => ++chunks > 3 })).rejects.toMatchObject({ code: 'aborted' });
  });

  it('refuses a file too large for the memory budget early, in plain words', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},${i * 2.5},${i % 7}`).join('\n');
    const bytes = new TextEncoder().encode(`a,b,c\n${rows}\n`);
    let readBytes = 0;
    const source = { size: bytes.length, read: async (start: number, end: number) => ((readBytes = end), bytes.subarray(start, end)) };
    const error = await readCsv(source, { chunkBytes: 4096, memoryBudget: 100_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large' });
    expect((error as Error).message).toMatch(/too large for this device's memory/);
    expect(readBytes).toBeLessThan(bytes.length);
    // About 0.6 MB of columns: a budget of 1 MB reads it all.
    expect((await readCsv(bytesSource(bytes), { chunkBytes: 4096, memoryBudget: 1_000_000 })).store.rowCount).toBe(20_000);
  });

  it('throws nothing but a UserError, whatever the bytes', async () => {
    await checkProperty(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 64 }), async (bytes, chunkBytes) => {
        try {
          const { store } = await readCsv(bytesSource(bytes), { chunkBytes });
          profileStore(store);
        } catch (error) {
          if (!isUserError(error)) throw error;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
