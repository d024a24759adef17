import { UserError } from '../errors';
import { phrase, type Phrase } from '../text';
import type { ReadErrorId, ReadNote } from './texts';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedCsv {
  /** The file's text, without a byte-order mark. */
  text: string;
  encoding: CsvEncoding;
  /** Plain-words remarks for the person, e.g. that the file was read as Windows-1252. */
  notes: ReadNote[];
}

export const WINDOWS_1252_NOTE = phrase('readNote.windows1252');
export const REPLACED_CHARACTERS_NOTE = phrase('readNote.replacedCharacters');

/** How far binary and UTF-16 detection look: enough for any header row, cheap for any file size. */
const SNIFF_BYTES = 8192;

/**
 * Reads the bytes of a file a person dropped as a CSV. A byte-order mark decides the encoding when
 * there is one (and is dropped); UTF-16 without a mark is recognised by its zero bytes; otherwise the
 * text must be UTF-8, and when it is not, it is read as Windows-1252, the encoding Excel uses for
 * "CSV" on Western European Windows. Files that are clearly not text (images, PDFs, workbooks,
 * archives, anything with NUL bytes) throw a {@link UserError} with code `not-csv` that says what the
 * file looks like and what to do. An empty file decodes to empty text: saying so is the parser's job.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const { encoding, bomLength } = detectEncoding(bytes.subarray(0, ZIP_WINDOW), bytes.subarray(Math.max(ZIP_WINDOW, bytes.length - ZIP_WINDOW)));
  const body = bytes.subarray(bomLength);
  return encoding === 'utf-8' ? decodeUtf8(body, bomLength > 0) : decodeUtf16(body, encoding);
}

/** How many bytes at each end of a file {@link detectEncoding} wants to see. */
export const ZIP_WINDOW = 65_536;

export interface EncodingGuess {
  /** The encoding the bytes claim or show; UTF-8 may still turn out to be Windows-1252 while decoding. */
  encoding: Exclude<CsvEncoding, 'windows-1252'>;
  /** Bytes of the byte-order mark to skip. */
  bomLength: number;
}

/**
 * The encoding of a file from its first bytes (`head`, at least {@link ZIP_WINDOW} when the file is
 * that long) and its last ones (`tail`, where ZIP archives list their parts; may be empty). Throws the
 * `not-csv` {@link UserError} for files that are clearly not text.
 */
export function detectEncoding(head: Uint8Array, tail: Uint8Array): EncodingGuess {
  const signature = recogniseBinarySignature(head, tail);
  if (signature !== null) throw new UserError('not-csv', signature);
  if (startsWith(head, UTF8_BOM)) return { encoding: 'utf-8', bomLength: UTF8_BOM.length };
  if (startsWith(head, UTF16LE_BOM)) return { encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(head, UTF16BE_BOM)) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = guessUtf16WithoutBom(head);
  if (utf16 !== null) return { encoding: utf16, bomLength: 0 };
  if (head.subarray(0, SNIFF_BYTES).includes(0)) throw new UserError('not-csv', phrase('read.binary'));
  return { encoding: 'utf-8', bomLength: 0 };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

// Decoders are stateless between whole-buffer calls, so one of each serves every file.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const utf16Decoders = {
  'utf-16le': new TextDecoder('utf-16le', { ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { ignoreBOM: true }),
};

function decodeUtf8(bytes: Uint8Array, hadBom: boolean): DecodedCsv {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', notes: [] };
  } catch {
    // A UTF-8 mark is a promise from the writer: keep UTF-8 and flag the damaged characters.
    if (hadBom) return { text: lenientUtf8.decode(bytes), encoding: 'utf-8', notes: [REPLACED_CHARACTERS_NOTE] };
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', notes: [WINDOWS_1252_NOTE] };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedCsv {
  const text = utf16Decoders[encoding].decode(bytes);
  // An odd byte count or an unpaired surrogate decodes to U+FFFD; a well-formed file never contains it
  // unless it was already damaged before, which is worth the same warning.
  const notes = text.includes('\ufffd') ? [REPLACED_CHARACTERS_NOTE] : [];
  return { text, encoding, notes };
}

/**
 * UTF-16 text without a byte-order mark: CSV text is mostly ASCII (digits, delimiters, line breaks),
 * so in UTF-16 nearly every other byte is zero, always on the same side. The other side may hold a zero
 * now and then (U+0100, U+4E00, …), so it only has to be rare.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return null;
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) zerosAtEven++;
    if (bytes[index + 1] === 0) zerosAtOdd++;
  }
  const units = length / 2;
  if (zerosAtOdd >= units * 0.3 && zerosAtEven <= zerosAtOdd * 0.1) return 'utf-16le';
  if (zerosAtEven >= units * 0.3 && zerosAtOdd <= zerosAtEven * 0.1) return 'utf-16be';
  return null;
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (the WHATWG table; the five unassigned bytes keep their C1 code
 * points). Decoded by hand because Node's TextDecoder('windows-1252') silently reads ISO-8859-1,
 * which turns € and curly quotes into invisible control characters.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];
const WINDOWS_1252_CHUNK = 0x4000;

/** Windows-1252 maps each byte to one character, so chunks of a file can be decoded one by one. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(bytes.length, WINDOWS_1252_CHUNK));
  for (let start = 0; start < bytes.length; start += WINDOWS_1252_CHUNK) {
    const end = Math.min(start + WINDOWS_1252_CHUNK, bytes.length);
    for (let index = start; index < end; index++) {
      const byte = bytes[index] as number;
      units[index - start] = byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] as number) : byte;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}

interface Signature {
  magic: readonly number[];
  /** What the file looks like and what to do (texts.ts), or a function that looks further into a container. */
  message: ReadErrorId | ((head: Uint8Array, tail: Uint8Array) => ReadErrorId);
}

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], message: describeZip },
  { magic: [0x50, 0x4b, 0x05, 0x06], message: describeZip },
  { magic: [0x50, 0x4b, 0x07, 0x08], message: describeZip },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], message: 'read.xls' },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], message: 'read.png' },
  { magic: [0xff, 0xd8, 0xff], message: 'read.jpeg' },
  ...['GIF87a', 'GIF89a'].map((magic) => ({ magic: ascii(magic), message: 'read.gif' as const })),
  { magic: ascii('%PDF-'), message: 'read.pdf' },
  { magic: [0x1f, 0x8b], message: 'read.gzip' },
];

function recogniseBinarySignature(head: Uint8Array, tail: Uint8Array): Phrase<ReadErrorId> | null {
  for (const { magic, message } of SIGNATURES) {
    if (startsWith(head, magic)) return phrase(typeof message === 'string' ? message : message(head, tail));
  }
  return null;
}

/**
 * Office and spreadsheet files are ZIP archives; the names of the parts inside (stored uncompressed in
 * the local headers and the central directory) tell them apart.
 */
function describeZip(head: Uint8Array, tail: Uint8Array): ReadErrorId {
  const mentions = (name: string): boolean => includesAscii(head, name) || includesAscii(tail, name);
  if (mentions('xl/')) return 'read.xlsx';
  if (mentions('opendocument.spreadsheet')) return 'read.ods';
  if (mentions('Index/Document.iwa')) return 'read.numbers';
  return 'read.zip';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

function includesAscii(bytes: Uint8Array, text: string): boolean {
  const needle = ascii(text);
  const first = needle[0];
  let from = bytes.indexOf(first as number);
  while (from !== -1 && from + needle.length <= bytes.length) {
    if (needle.every((byte, offset) => bytes[from + offset] === byte)) return true;
    from = bytes.indexOf(first as number, from + 1);
  }
  return false;
}
