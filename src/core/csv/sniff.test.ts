import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { isMissingCell, MISSING_TOKENS } from './cells';
import { decodeCsvBytes, type CsvEncoding } from './decode';
import { sniffDialect, type CsvDelimiter } from './sniff';
import { checkProperty } from '../../test/fastCheckTally';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

describe('sniffDialect: delimiter', () => {
  it.each([
    [',', lines('id,age,churned', '1,34,yes', '2,51,no')],
    [';', lines('id;age;churned', '1;34;yes', '2;51;no')],
    ['\t', lines('id\tage\tchurned', '1\t34\tyes', '2\t51\tno')],
    ['|', lines('id|age|churned', '1|34|yes', '2|51|no')],
  ] as const)('finds %j', (delimiter, text) => {
    expect(sniffDialect(text)).toEqual({ delimiter, decimalComma: false });
  });

  it('ignores delimiters inside quoted fields, including across quoted line breaks', () => {
    const text = lines('name,notes,spend', '"Smith; John","a;b;c\nd;e",3', '"Lee; Ann","x\r\ny;z",4', 'Bo,"say ""hi""; bye",5');
    expect(sniffDialect(text).delimiter).toBe(',');
    const semicolons = lines('name;notes;spend', '"Smith, John";"a,b,c\nd, e";3', '"Lee, Ann";"x,y,z";4');
    expect(sniffDialect(semicolons).delimiter).toBe(';');
  });

  it('prefers the delimiter that keeps quotes at field boundaries when two split evenly', () => {
    // Read with ';', every line splits in two as well, but leaves quotes inside fields.
    expect(sniffDialect(lines('id,"tags;list"', '1,"a;b"', '2,"c;d"')).delimiter).toBe(',');
  });

  it('prefers a tab over commas that appear in every text cell', () => {
    expect(sniffDialect(lines('product\tprice', 'Shoes, red\t12.5', 'Bag, blue\t8')).delimiter).toBe('\t');
  });

  it('does not let a decimal comma in every data row beat the semicolon, even in ragged files', () => {
    const ragged = lines('name;score;city', 'Ann;3,5;Lyon', 'Bob;4,5', 'Cy;1,5', 'Di;2,5;Nice;extra', 'Ed;7,5');
    expect(sniffDialect(ragged)).toEqual({ delimiter: ';', decimalComma: true });
  });

  it('breaks an exact tie in favour of the semicolon over the comma (headerless decimal commas)', () => {
    expect(sniffDialect(lines('Ann;3,5', 'Bob;4,5', 'Cy;1,0'))).toEqual({ delimiter: ';', decimalComma: true });
  });

  it('tolerates ragged rows', () => {
    expect(sniffDialect(lines('a,b,c,d', '1,2,3,4', '1,2', '1,2,3,4', '1,2,3,4,5,6', '1,2,3,4')).delimiter).toBe(',');
  });

  it('handles CRLF and old Mac CR line endings', () => {
    expect(sniffDialect('a;b;c\r\n1;2;3\r\n4;5;6\r\n').delimiter).toBe(';');
    expect(sniffDialect('a|b|c\r1|2|3\r4|5|6\r').delimiter).toBe('|');
  });

  it('skips blank lines, including trailing ones', () => {
    expect(sniffDialect('a;b\n\n1;2\n   \n3;4\n\n\n\n\n').delimiter).toBe(';');
  });

  it('falls back to a comma for one column, a header alone, or nothing', () => {
    expect(sniffDialect(lines('email', 'ann@example.com', 'bob@example.com'))).toEqual({ delimiter: ',', decimalComma: false });
    expect(sniffDialect('')).toEqual({ delimiter: ',', decimalComma: false });
    expect(sniffDialect('\n\n')).toEqual({ delimiter: ',', decimalComma: false });
    expect(sniffDialect('customer_id;age;spend').delimiter).toBe(';');
  });

  it('reads only the first 50 records', () => {
    const text = lines('a;b', ...Array<string>(50).fill('1;2'), ...Array<string>(200).fill('1,2,3'));
    expect(sniffDialect(text).delimiter).toBe(';');
    const later = lines('a;b', ...Array<string>(10).fill('1;2'), ...Array<string>(200).fill('1,2,3,4'));
    expect(sniffDialect(later).delimiter).toBe(',');
  });

  it('stays fast on an unclosed quote or a giant cell in a large text', () => {
    const started = performance.now();
    expect(sniffDialect(`a,b\n"${'x;'.repeat(5_000_000)}`).delimiter).toBe(',');
    expect(sniffDialect(`a\tb\n1\t"${'y,'.repeat(5_000_000)}"\n2\t3\n`).delimiter).toBe('\t');
    expect(sniffDialect('1;2'.repeat(3_000_000)).delimiter).toBe(';');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('sniffDialect: decimal comma', () => {
  it.each([
    ['semicolon with 3,5', true, lines('name;score', 'Ann;3,5', 'Bob;4,25')],
    ['semicolon with 1.234,56', true, lines('name;revenue', 'Ann;1.234,56', 'Bob;12.000,00')],
    ['semicolon with currency', true, lines('id;total', '1;€3,50', '2;1.200,00 €', '3;12,5 %')],
    ['tab with 3,5', true, lines('name\tscore', 'Ann\t3,5', 'Bob\t4,5')],
    ['pipe with 3,5', true, lines('name|score', 'Ann|3,5', 'Bob|4,5')],
    ['semicolon with ambiguous 1,234 only', true, lines('id;amount', '1;1,234', '2;5,500')],
    ['semicolon with 3.5', false, lines('name;score', 'Ann;3.5', 'Bob;4.25')],
    ['semicolon with 1,234.56', false, lines('name;revenue', 'Ann;1,234.56', 'Bob;12,000.00')],
    ['semicolon with ambiguous 1.234 only', false, lines('id;amount', '1;1.234', '2;5.500')],
    ['semicolon with integers only', false, lines('id;amount', '1;12', '2;5')],
    ['semicolon with text commas and no numbers', false, lines('id;city', '1;Berlin, Mitte', '2;Paris, 11e')],
    ['semicolon with day-first dates', false, lines('id;date', '1;15.01.2024', '2;31.12.2023')],
    ['comma with quoted 3,5', false, lines('name,score', 'Ann,"3,5"', 'Bob,"4,5"')],
  ] as const)('%s: decimalComma is %s', (_, decimalComma, text) => {
    expect(sniffDialect(text).decimalComma).toBe(decimalComma);
  });

  it('lets unambiguous cells outvote ambiguous ones', () => {
    expect(sniffDialect(lines('a;b', '1,234;3,5', '5,678;4,5', '9,012;1.5')).decimalComma).toBe(true);
    expect(sniffDialect(lines('a;b', '1.234;3.5', '5.678;4.5', '9.012;1,5')).decimalComma).toBe(false);
  });
});

describe('sniffDialect: properties', () => {
  it('never throws and always answers a known dialect', () => {
    checkProperty(
      fc.property(fc.string({ unit: fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r', ' ', 'a', '1', '.', ','), maxLength: 300 }), (text) => {
        const { delimiter, decimalComma } = sniffDialect(text);
        expect([',', ';', '\t', '|']).toContain(delimiter);
        expect(typeof decimalComma).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the delimiter of any well-formed table of two or more columns', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'z', '0', '7', ' ', '-'), minLength: 1, maxLength: 8 });
    const quotedText = fc.string({ unit: fc.constantFrom('a', ',', ';', '\t', '|', '"', '\n', ' '), maxLength: 12 });
    const cell = fc.oneof({ arbitrary: word, weight: 4 }, { arbitrary: quotedText, weight: 1 });
    const table = fc.integer({ min: 2, max: 6 }).chain((columns) =>
      fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 3, maxLength: 12 }));
    checkProperty(
      fc.property(fc.constantFrom<CsvDelimiter>(',', ';', '\t', '|'), table, (delimiter, rows) => {
        const quote = (text: string): string =>
          /[,;\t|"\n]/.test(text) || text.trim() !== text ? `"${text.replaceAll('"', '""')}"` : text;
        const text = rows.map((row) => row.map(quote).join(delimiter)).join('\n');
        expect(sniffDialect(text).delimiter).toBe(delimiter);
      }),
      { numRuns: 1000 },
    );
  });

  it('never lets decode and sniff throw anything but a UserError on arbitrary bytes', () => {
    checkProperty(
      fc.property(fc.uint8Array({ maxLength: 1024 }), (bytes) => {
        try {
          const { delimiter } = sniffDialect(decodeCsvBytes(bytes).text);
          expect([',', ';', '\t', '|']).toContain(delimiter);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/** One entry of e2e/fixtures/manifest.json: either a decode error, or the dialect and shape. */
interface FixtureExpectation {
  file: string;
  decodeError?: string;
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
  decimalComma?: boolean;
  target?: string;
  columns?: number;
  rows?: number;
}

const FIXTURES = fileURLToPath(new URL('../../../e2e/fixtures/', import.meta.url));
const MANIFEST = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as FixtureExpectation[];
const NOT_FIXTURES = new Set(['manifest.json', 'README.md', 'generate.mjs']);
const readFixture = (file: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, file)));

function parseRows(text: string, delimiter: CsvDelimiter): string[][] {
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' }).data;
}

describe('fixture corpus (e2e/fixtures)', () => {
  it('lists every file in the manifest and the README, and nothing else', () => {
    const files = readdirSync(FIXTURES).filter((file) => !NOT_FIXTURES.has(file)).sort();
    expect(MANIFEST.map(({ file }) => file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(25);
    const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
    for (const file of files) expect(readme, file).toContain(`\`${file}\``);
  });

  it.each(MANIFEST)('$file decodes and sniffs as expected', (fixture) => {
    const bytes = readFixture(fixture.file);
    if (fixture.decodeError !== undefined) {
      expect(() => decodeCsvBytes(bytes)).toThrow(UserError);
      expect(() => decodeCsvBytes(bytes)).toThrow(expect.objectContaining({ code: fixture.decodeError }));
      return;
    }
    const { text, encoding } = decodeCsvBytes(bytes);
    expect(encoding).toBe(fixture.encoding);
    expect(text.startsWith('\ufeff')).toBe(false);
    expect(sniffDialect(text)).toEqual({ delimiter: fixture.delimiter, decimalComma: fixture.decimalComma });

    const rows = parseRows(text, fixture.delimiter ?? ',');
    if (fixture.columns !== undefined) expect(rows[0]?.length).toBe(fixture.columns);
    if (fixture.rows !== undefined) expect(Math.max(0, rows.length - 1)).toBe(fixture.rows);
    if (fixture.target !== undefined) expect(rows[0]).toContain(fixture.target);
  });

  it('decodes accented letters in the Windows-1252 and UTF-16 fixtures correctly', () => {
    const french = decodeCsvBytes(readFixture('windows1252_semicolon.csv'));
    expect(french.notes).toHaveLength(1);
    expect(french.text).toContain('Montant (€);Remarque;Résilié');
    expect(french.text).toContain('l’équipe');
    expect(decodeCsvBytes(readFixture('windows1252_comma.csv')).text).toMatch(/Zürich|Malmö|Córdoba/);
    expect(decodeCsvBytes(readFixture('utf8_bom.csv')).text).toContain('Größe');
  });

  it('has every missing token in missing_tokens.csv', () => {
    const cells = new Set(parseRows(decodeCsvBytes(readFixture('missing_tokens.csv')).text, ',').flat());
    for (const token of MISSING_TOKENS) expect(cells, JSON.stringify(token)).toContain(token);
    expect([...cells].some((cell) => cell !== '' && cell.trim() === '' && isMissingCell(cell))).toBe(true);
  });

  it('keeps the hostile column names verbatim', () => {
    const header = parseRows(decodeCsvBytes(readFixture('hostile_headers.csv')).text, ',')[0];
    expect(header).toEqual(expect.arrayContaining(['__proto__', 'constructor', '<img src=x onerror=alert(1)>']));
  });

  it('has the generated sizes the brief asks for', () => {
    const wide = parseRows(decodeCsvBytes(readFixture('wide_5000_columns.csv')).text, ',');
    expect(wide[0]).toHaveLength(5000);
    const bigCell = parseRows(decodeCsvBytes(readFixture('big_cell_1mb.csv')).text, ',');
    expect(Math.max(...bigCell.flat().map((cell) => cell.length))).toBeGreaterThanOrEqual(1_000_000);
  });

  describe('generator', () => {
    const directory = mkdtempSync(join(tmpdir(), 'layerlab-fixtures-'));
    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    it('reproduces the committed corpus byte for byte', () => {
      execFileSync(process.execPath, [join(FIXTURES, 'generate.mjs'), directory], { stdio: 'pipe' });
      const generated = readdirSync(directory).sort();
      expect(generated).toEqual([...MANIFEST.map(({ file }) => file), 'manifest.json'].sort());
      for (const file of generated) {
        expect(Buffer.compare(readFileSync(join(directory, file)), readFileSync(join(FIXTURES, file))), file).toBe(0);
      }
    });
  });
});
