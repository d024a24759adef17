import { UserError } from '../errors';
import { phrase } from '../text';
import type { ReadNote } from './texts';
import { detectEncoding, REPLACED_CHARACTERS_NOTE, WINDOWS_1252_NOTE, ZIP_WINDOW, type CsvEncoding, type EncodingGuess } from './decode';
import { chunkDecoder, encodingOf, InvalidUtf8Error, type TextMode } from './decodeStream';
import { sniffDialect, type CsvDelimiter } from './sniff';
import type { ColumnStore } from './store';
import { StoreAssembler } from './storeAssembler';
import { CsvTokenizer } from './tokenizer';

/** Random access to a file's bytes: a File or Blob in the browser, a buffer in tests. */
export interface ByteSource {
  size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

export const blobSource = (blob: Blob): ByteSource => ({
  size: blob.size,
  read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()),
});

export const bytesSource = (bytes: Uint8Array): ByteSource => ({ size: bytes.length, read: async (start, end) => bytes.subarray(start, end) });

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export interface ReadOptions {
  /** Bytes read and parsed at a time: large enough to be fast, small enough to cancel promptly. */
  chunkBytes?: number;
  /** Bytes the columns may take; more stops the read with a `too-large` UserError. */
  memoryBudget?: number;
  /** For dates no value can order (`03/04/2024`): the browser's locale writes the month first. */
  preferMonthFirst?: boolean;
  /** Checked between chunks; true stops the read with an `aborted` UserError. */
  isCancelled?: () => boolean;
  onProgress?: (progress: ReadProgress) => void;
}

export interface ReadingInfo {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  decimalComma: boolean;
  bytes: number;
}

export interface ReadResult {
  store: ColumnStore;
  /** The first rows as text (long cells cut), for the preview. */
  preview: string[][];
  reading: ReadingInfo;
}

export const DEFAULT_CHUNK_BYTES = 4 * 1024 * 1024;
/** Text the dialect is sniffed from, as in sniff.ts. */
const SNIFF_CHARACTERS = 262_144;

/**
 * Reads a CSV file chunk by chunk into a {@link ColumnStore}: detects the encoding from the first and
 * last bytes, decodes each chunk (starting again as Windows-1252 when the bytes turn out not to be
 * UTF-8), sniffs the dialect from the first 256 K characters, and tokenizes straight into typed columns.
 * Memory is checked as it goes, from the start of the file: a file that would not fit is refused early.
 */
export async function readCsv(source: ByteSource, options: ReadOptions = {}): Promise<ReadResult> {
  const head = await source.read(0, Math.min(source.size, ZIP_WINDOW));
  const tail = source.size > ZIP_WINDOW ? await source.read(Math.max(ZIP_WINDOW, source.size - ZIP_WINDOW), source.size) : new Uint8Array(0);
  const guess = detectEncoding(head, tail);
  try {
    try {
      return await readAs(source, guess, guess.encoding, options);
    } catch (error) {
      if (!(error instanceof InvalidUtf8Error)) throw error;
      // A UTF-8 mark is a promise from the writer: keep UTF-8 and flag the damaged characters.
      return await readAs(source, guess, guess.bomLength > 0 ? 'utf-8-lenient' : 'windows-1252', options);
    }
  } catch (error) {
    // The memory check projects from the start of the file; an allocation can still fail on a busy device.
    if (error instanceof RangeError) throw new UserError('too-large', phrase('read.outOfMemory', { detail: error.message }));
    throw error;
  }
}

async function readAs(source: ByteSource, guess: EncodingGuess, mode: TextMode, options: ReadOptions): Promise<ReadResult> {
  const decode = chunkDecoder(mode);
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const budget = options.memoryBudget ?? Infinity;
  const notes: ReadNote[] = mode === 'windows-1252' ? [WINDOWS_1252_NOTE] : mode === 'utf-8-lenient' ? [REPLACED_CHARACTERS_NOTE] : [];
  let pending = '';
  let parser: { tokenizer: CsvTokenizer; assembler: StoreAssembler; delimiter: CsvDelimiter; decimalComma: boolean } | null = null;
  let offset = guess.bomLength;
  let reserved = false;
  do {
    const end = Math.min(source.size, offset + chunkBytes);
    const bytes = await source.read(offset, end);
    if (options.isCancelled?.()) throw new UserError('aborted', phrase('read.cancelled'));
    const final = end >= source.size;
    const text = decode(bytes, final);
    if (mode !== 'utf-8' && mode !== 'windows-1252' && text.includes('\ufffd') && !notes.includes(REPLACED_CHARACTERS_NOTE)) notes.push(REPLACED_CHARACTERS_NOTE);
    offset = end;
    if (parser === null) {
      pending += text;
      if (pending.length < SNIFF_CHARACTERS && !final) continue;
      if (pending.trim() === '') throw new UserError('empty-file', phrase('read.empty'));
      const dialect = sniffDialect(pending);
      const assembler = new StoreAssembler(dialect.decimalComma, options.preferMonthFirst ?? false, estimateRows(pending, offset - guess.bomLength, source.size));
      parser = { tokenizer: new CsvTokenizer(dialect.delimiter, assembler), assembler, ...dialect };
      parser.tokenizer.push(pending);
      pending = '';
    } else {
      parser.tokenizer.push(text);
    }
    const projectedRows = checkMemory(parser.assembler, offset, source.size, budget);
    // Once the first text shows what a row costs and the file fits, make room for all of it in one step.
    if (!reserved && parser.assembler.rowCount > 0) {
      parser.assembler.reserve(Math.ceil(projectedRows * 1.02) + 16);
      reserved = true;
    }
    options.onProgress?.({ bytesRead: offset, totalBytes: source.size, rows: parser.assembler.rowCount });
  } while (offset < source.size);

  if (parser === null) throw new UserError('empty-file', phrase('read.empty'));
  const { tokenizer, assembler } = parser;
  tokenizer.finish();
  if (!assembler.hasHeader) throw new UserError('no-header', phrase('read.noHeader'));
  if (assembler.rowCount === 0) {
    throw new UserError('no-rows', phrase('read.noRows'));
  }
  for (const line of tokenizer.unclosedQuoteLines) {
    notes.push(phrase('readNote.unclosedQuote', { line }));
  }
  const { store, preview } = assembler.finish(notes);
  return { store, preview, reading: { encoding: encodingOf(mode), delimiter: parser.delimiter, decimalComma: parser.decimalComma, bytes: source.size } };
}

/** Rows to allocate for: the line length of the first text, projected over the whole file. */
function estimateRows(sample: string, sampleBytes: number, totalBytes: number): number {
  let lines = 1;
  for (let index = sample.indexOf('\n'); index !== -1; index = sample.indexOf('\n', index + 1)) lines++;
  const bytesPerLine = Math.max(1, sampleBytes / lines);
  return Math.ceil((totalBytes / bytesPerLine) * 1.05) + 16;
}

/**
 * Refuses a file whose columns, projected from what has been read so far, would not fit the budget.
 * Returns the projected number of rows.
 */
function checkMemory(assembler: StoreAssembler, bytesRead: number, totalBytes: number, budget: number): number {
  const projectedRows = (assembler.rowCount / bytesRead) * totalBytes;
  if (!Number.isFinite(budget) || assembler.rowCount === 0) return projectedRows;
  const projected = assembler.bytesFor(projectedRows);
  if (projected <= budget) return projectedRows;
  const size = (value: number) => (value >= 1e9 ? `${(value / 1e9).toFixed(1)} GB` : `${Math.ceil(value / 1e6)} MB`);
  throw new UserError(
    'too-large',
    phrase('read.tooLarge', { size: size(totalBytes), rows: Math.round(projectedRows), columns: assembler.names.length, needed: size(projected), budget: size(budget) }),
  );
}
