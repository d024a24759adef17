import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { english } from '../texts';
import { decodeCsvBytes, REPLACED_CHARACTERS_NOTE, WINDOWS_1252_NOTE } from './decode';
import { checkProperty } from '../../test/fastCheckTally';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: Array<number | readonly number[] | Uint8Array>): Uint8Array =>
  Uint8Array.from(values.flatMap((value) => (typeof value === 'number' ? [value] : Array.from(value))));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const view = new DataView(new ArrayBuffer(text.length * 2));
  for (let index = 0; index < text.length; index++) view.setUint16(index * 2, text.charCodeAt(index), littleEndian);
  return new Uint8Array(view.buffer);
}

function decodeError(input: Uint8Array): UserError {
  try {
    decodeCsvBytes(input);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected decodeCsvBytes to throw');
}

const SAMPLE = 'name,city,spend\nZoë,Malmö,3.50\n東京,Zürich 🎉,4\n';

describe('decodeCsvBytes', () => {
  it('reads plain UTF-8 without notes', () => {
    expect(decodeCsvBytes(utf8(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8', notes: [] });
  });

  it('strips a UTF-8 byte-order mark, and only one', () => {
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], utf8(SAMPLE))).text).toBe(SAMPLE);
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf], utf8('a'))).text).toBe('\ufeffa');
  });

  it('reads UTF-16 with a byte-order mark in both byte orders', () => {
    expect(decodeCsvBytes(bytes([0xff, 0xfe], utf16(SAMPLE, true)))).toEqual({ text: SAMPLE, encoding: 'utf-16le', notes: [] });
    expect(decodeCsvBytes(bytes([0xfe, 0xff], utf16(SAMPLE, false)))).toEqual({ text: SAMPLE, encoding: 'utf-16be', notes: [] });
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
    expect(decodeCsvBytes(utf16(SAMPLE, true))).toMatchObject({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeCsvBytes(utf16(SAMPLE, false))).toMatchObject({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('flags damaged UTF-16 instead of failing', () => {
    const result = decodeCsvBytes(bytes([0xff, 0xfe], utf16('a,b\n', true), [0x00, 0xd8, 0x41, 0x00]));
    expect(result.encoding).toBe('utf-16le');
    expect(result.text).toBe('a,b\n\ufffdA');
    expect(result.notes).toEqual([REPLACED_CHARACTERS_NOTE]);
  });

  it('falls back to Windows-1252 with a plain note when the bytes are not UTF-8', () => {
    // "Café;Prix (€);“ok”" as US/French Excel writes it.
    const input = bytes(utf8('Caf'), 0xe9, utf8(';Prix ('), 0x80, utf8(');'), 0x93, utf8('ok'), 0x94, 0x0a);
    const result = decodeCsvBytes(input);
    expect(result).toEqual({ text: 'Café;Prix (€);“ok”\n', encoding: 'windows-1252', notes: [WINDOWS_1252_NOTE] });
    expect(english(WINDOWS_1252_NOTE)).toBe(
      'This file is not valid UTF-8; it was read as Windows-1252 (Western European). Check accented letters.',
    );
  });

  it('maps every Windows-1252 byte as browsers do, including 0x80–0x9F', () => {
    const all = Uint8Array.from({ length: 256 }, (_, index) => index);
    const text = decodeCsvBytes(bytes(0xff, all.subarray(1))).text;
    expect(text).toHaveLength(256);
    expect(text.slice(1, 0x80)).toBe(String.fromCharCode(...all.subarray(1, 0x80)));
    expect(text.slice(0xa0)).toBe(String.fromCharCode(...all.subarray(0xa0)));
    expect(text.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it('decodes large Windows-1252 files across chunk boundaries', () => {
    const input = new Uint8Array(100_003).fill(0xe9);
    input[50_000] = 0x80;
    const { text, encoding } = decodeCsvBytes(input);
    expect(encoding).toBe('windows-1252');
    expect(text).toHaveLength(100_003);
    expect(text[50_000]).toBe('€');
    expect(text.replaceAll('é', '')).toBe('€');
  });

  it('keeps UTF-8 when a UTF-8 mark promised it, flagging damaged characters', () => {
    const result = decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], utf8('a,b\nCaf'), 0xe9, 0x0a));
    expect(result).toEqual({ text: 'a,b\nCaf\ufffd\n', encoding: 'utf-8', notes: [REPLACED_CHARACTERS_NOTE] });
  });

  it('decodes an empty file, or one with only a byte-order mark, to empty text', () => {
    expect(decodeCsvBytes(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', notes: [] });
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf))).toEqual({ text: '', encoding: 'utf-8', notes: [] });
    expect(decodeCsvBytes(bytes(0xff, 0xfe))).toEqual({ text: '', encoding: 'utf-16le', notes: [] });
  });

  const signatures: Array<[string, Uint8Array, RegExp]> = [
    ['an .xlsx workbook', bytes([0x50, 0x4b, 0x03, 0x04], Array(26).fill(0), utf8('xl/workbook.xml')),
      /^This looks like an Excel workbook \(\.xlsx\), not a CSV\. In Excel, use File › Save As › CSV UTF-8, then load that file\.$/],
    ['an .ods spreadsheet', bytes([0x50, 0x4b, 0x03, 0x04], utf8('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')), /LibreOffice spreadsheet \(\.ods\).*Text CSV/],
    ['a Numbers spreadsheet', bytes([0x50, 0x4b, 0x03, 0x04], utf8('Index/Document.iwa')), /Apple Numbers.*Export To › CSV/],
    ['a plain ZIP archive', bytes([0x50, 0x4b, 0x03, 0x04], utf8('customers.csv')), /ZIP archive.*Unzip it first/],
    ['an empty ZIP archive', bytes(0x50, 0x4b, 0x05, 0x06, Array(18).fill(0)), /ZIP archive/],
    ['an .xls workbook', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, Array(20).fill(0)), /older Excel workbook \(\.xls\).*Save As › CSV UTF-8/],
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), /PNG image, not a CSV/],
    ['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0), /JPEG image/],
    ['a GIF image', utf8('GIF89a'), /GIF image/],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), /PDF document, not a CSV\. Export the data as CSV/],
    ['a gzip file', bytes(0x1f, 0x8b, 0x08, 0), /compressed file \(\.gz\).*Decompress it first/],
  ];
  it.each(signatures)('refuses %s with a message that says what to do', (_, input, message) => {
    const error = decodeError(input);
    expect(error.code).toBe('not-csv');
    expect(error.message).toMatch(message);
  });

  it('finds .xlsx part names in the central directory at the end of a large archive', () => {
    const archive = bytes([0x50, 0x4b, 0x03, 0x04], new Uint8Array(200_000).fill(0x41), utf8('xl/worksheets/sheet1.xml'));
    expect(decodeError(archive).message).toMatch(/Excel workbook \(\.xlsx\)/);
  });

  it('refuses other binary data by its NUL bytes in the first 8 KB', () => {
    const error = decodeError(bytes(utf8('SQLite format 3'), 0, 0x10, 0, 0x01, 0x01, 0, 0x40, 0x20, 0x20));
    expect(error.code).toBe('not-csv');
    expect(error.message).toMatch(/binary data, so it is not a CSV/);
    expect(decodeError(bytes(utf8('a,b\n'.repeat(1000)), 0, 0, 0, 0)).code).toBe('not-csv');
  });

  it('does not mistake text that merely starts like a signature letter for binary', () => {
    expect(decodeCsvBytes(utf8('PK,name\n1,Ann\n')).text).toBe('PK,name\n1,Ann\n');
    expect(decodeCsvBytes(utf8('GIF8 views,score\n')).encoding).toBe('utf-8');
  });

  it('round-trips any text written as UTF-8, with or without a mark, and as UTF-16 with a mark', () => {
    checkProperty(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        // A leading U+FEFF in the text itself is indistinguishable from a byte-order mark.
        fc.pre(!text.startsWith('\ufeff') && !text.includes('\u0000'));
        expect(decodeCsvBytes(utf8(text)).text).toBe(text);
        expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], utf8(text))).text).toBe(text);
        expect(decodeCsvBytes(bytes([0xff, 0xfe], utf16(text, true))).text).toBe(text);
        expect(decodeCsvBytes(bytes([0xfe, 0xff], utf16(text, false))).text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws anything but a UserError on arbitrary bytes', () => {
    const prefixes = fc.constantFrom<readonly number[]>([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04], [0x1f, 0x8b]);
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 512 }),
      fc.array(fc.constantFrom(0x00, 0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d, 0x41, 0x31, 0xe9, 0x80, 0xc3, 0xa9, 0xff), { maxLength: 512 })
        .map((values) => Uint8Array.from(values)),
    );
    checkProperty(
      fc.property(prefixes, bodies, (prefix, body) => {
        try {
          const { text, notes } = decodeCsvBytes(bytes(prefix, body));
          expect(typeof text).toBe('string');
          expect(Array.isArray(notes)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
          expect((error as UserError).code).toBe('not-csv');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
