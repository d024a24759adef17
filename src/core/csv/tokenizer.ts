/**
 * A streaming CSV tokenizer: text goes in chunk by chunk (a chunk may end anywhere, even inside a
 * quoted field or between `\r` and `\n`) and fields come out as ranges of a string, so the caller can
 * read a number without allocating the cell's text. The rules are those of sniff.ts: a field that
 * starts with a double quote runs to the closing quote (`""` is a literal quote; delimiters and line
 * breaks inside are text) and anything after the closing quote up to the delimiter stays in the field;
 * records end at LF, CRLF or a lone CR.
 *
 * A quote that is never closed would swallow the rest of the file into one cell. Instead, at the end of
 * the file (or once a quoted cell passes {@link MAX_QUOTED_CHARACTERS}), the opening quote is read as an
 * ordinary character and the text after it is read again; `unclosedQuoteLines` says where.
 */

import { CARRIAGE_RETURN, countLineBreaks, isBlank, LINE_FEED } from './characters';

/** Receives the records as the tokenizer finds them. */
export interface RecordSink {
  /** Field `index` of the current record is `text.slice(start, end)` (quotes removed, `""` unescaped). */
  field(index: number, text: string, start: number, end: number): void;
  /** The record ended with `fieldCount` fields; `blank` when each was empty or spaces; `line` is where it started (1-based). */
  endRecord(fieldCount: number, blank: boolean, line: number): void;
}

/** No real cell is this long; a quoted "cell" that is, is an unclosed quote. */
export const MAX_QUOTED_CHARACTERS = 64 * 1024 * 1024;
/** After this many unclosed quotes, quotes are read as ordinary characters: re-reading stays linear. */
const MAX_QUOTE_RECOVERIES = 10;

const QUOTE = 0x22;

type State = 'field' | 'quoted' | 'afterQuote';

export class CsvTokenizer {
  /** Lines (1-based) where a quote was opened and never closed. */
  readonly unclosedQuoteLines: number[] = [];
  private readonly delimiterCode: number;
  private buffer = '';
  private position = 0;
  private state: State = 'field';
  private fieldIndex = 0;
  private blank = true;
  private line = 1;
  private recordLine = 1;
  private skipLineFeed = false;
  /** A quote at this buffer position is an ordinary character (the re-read of an unclosed quote). */
  private literalQuoteAt = -1;
  private quotedParts: string[] = [];
  private quotedLength = 0;
  private quotedEscapes = false;
  private quoteLine = 0;
  private quotedValue = '';

  constructor(
    delimiter: string,
    private readonly sink: RecordSink,
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  push(chunk: string): void {
    this.buffer = this.position < this.buffer.length ? this.buffer.slice(this.position) + chunk : chunk;
    this.literalQuoteAt = this.literalQuoteAt >= this.position ? this.literalQuoteAt - this.position : -1;
    this.position = 0;
    this.scan(false);
  }

  /** Ends the input: the last record is complete even without a line break. */
  finish(): void {
    this.scan(true);
    if (this.state === 'field' && this.fieldIndex > 0) {
      // A delimiter was the last character: the record ends with an empty field.
      this.sink.field(this.fieldIndex, '', 0, 0);
      this.endRecord();
    }
    this.buffer = '';
    this.position = 0;
  }

  private scan(final: boolean): void {
    let text = this.buffer;
    let index = this.position;
    if (this.skipLineFeed && index < text.length) {
      if (text.charCodeAt(index) === LINE_FEED) index++;
      this.skipLineFeed = false;
    }
    while (index < text.length || (final && this.state !== 'field')) {
      if (this.state === 'quoted') {
        const next = this.scanQuoted(text, index, final);
        if (next === -1) {
          // An unclosed quote: the text was rewritten for a re-read from the quote.
          text = this.buffer;
          index = 0;
          continue;
        }
        index = next;
        if (this.state === 'quoted') break;
        continue;
      }
      if (this.state === 'field') {
        index = this.scanPlainFields(text, index);
        if (index >= text.length) break;
      }
      const quoted = this.state === 'field' && text.charCodeAt(index) === QUOTE && index !== this.literalQuoteAt;
      if (quoted && this.unclosedQuoteLines.length < MAX_QUOTE_RECOVERIES) {
        this.state = 'quoted';
        this.quoteLine = this.line;
        index++;
        continue;
      }
      const end = this.fieldEnd(text, index);
      if (end === text.length && !final) break;
      if (this.state === 'afterQuote') {
        const value = end > index ? this.quotedValue + text.slice(index, end) : this.quotedValue;
        this.quotedValue = '';
        this.state = 'field';
        if (this.blank) this.blank = isBlank(value, 0, value.length);
        this.sink.field(this.fieldIndex, value, 0, value.length);
      } else {
        if (this.blank) this.blank = isBlank(text, index, end);
        this.sink.field(this.fieldIndex, text, index, end);
      }
      index = this.afterField(text, end, final);
    }
    this.position = index;
  }

  /**
   * The fast path, for the fields that make up nearly every file: unquoted and complete within this
   * chunk. Stops before a quote at a field start, a field that runs to the end of the text, or a CR at
   * the very end; the general loop handles those.
   */
  private scanPlainFields(text: string, from: number): number {
    const delimiter = this.delimiterCode;
    const length = text.length;
    const sink = this.sink;
    let index = from;
    let fieldIndex = this.fieldIndex;
    let blank = this.blank;
    while (index < length) {
      let code = text.charCodeAt(index);
      if (code === QUOTE && index !== this.literalQuoteAt) break;
      let end = index;
      while (code !== delimiter && code !== LINE_FEED && code !== CARRIAGE_RETURN) {
        if (++end === length) break;
        code = text.charCodeAt(end);
      }
      if (end === length || (code === CARRIAGE_RETURN && end + 1 === length)) break;
      if (blank) blank = isBlank(text, index, end);
      sink.field(fieldIndex, text, index, end);
      index = end + 1;
      if (code === delimiter) {
        fieldIndex++;
        continue;
      }
      if (code === CARRIAGE_RETURN && text.charCodeAt(index) === LINE_FEED) index++;
      this.line++;
      sink.endRecord(fieldIndex + 1, blank, this.recordLine);
      this.recordLine = this.line;
      fieldIndex = 0;
      blank = true;
    }
    this.fieldIndex = fieldIndex;
    this.blank = blank;
    return index;
  }

  private fieldEnd(text: string, from: number): number {
    const delimiter = this.delimiterCode;
    let index = from;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === delimiter || code === LINE_FEED || code === CARRIAGE_RETURN) return index;
      index++;
    }
    return index;
  }

  /** Consumes the delimiter or line break at `end`; returns where the next field starts. */
  private afterField(text: string, end: number, final: boolean): number {
    const code = text.charCodeAt(end);
    if (end < text.length && code === this.delimiterCode) {
      this.fieldIndex++;
      return end + 1;
    }
    this.line++;
    this.endRecord();
    if (end >= text.length) return end;
    if (code === CARRIAGE_RETURN) {
      if (end + 1 < text.length) return text.charCodeAt(end + 1) === LINE_FEED ? end + 2 : end + 1;
      if (!final) this.skipLineFeed = true;
    }
    return end + 1;
  }

  private endRecord(): void {
    this.sink.endRecord(this.fieldIndex + 1, this.blank, this.recordLine);
    this.fieldIndex = 0;
    this.blank = true;
    this.recordLine = this.line;
  }

  /**
   * Reads quoted text from `from` (just after the opening quote or where the last chunk stopped).
   * Returns where reading goes on; the state stays 'quoted' when the chunk ended first, and -1 means the
   * quote was found unclosed and the buffer now holds the text to read again.
   */
  private scanQuoted(text: string, from: number, final: boolean): number {
    let search = from;
    for (;;) {
      const quote = text.indexOf('"', search);
      if (quote === -1 || (quote === text.length - 1 && !final)) {
        // The field goes on in the next chunk; a quote at the very end may be the first of `""`.
        const stop = quote === -1 ? text.length : quote;
        this.quotedParts.push(text.slice(from, stop));
        this.quotedLength += stop - from;
        if (final || this.quotedLength > MAX_QUOTED_CHARACTERS) {
          this.rereadUnclosedQuote(text.slice(stop));
          return -1;
        }
        return stop;
      }
      if (quote + 1 < text.length && text.charCodeAt(quote + 1) === QUOTE) {
        this.quotedEscapes = true;
        search = quote + 2;
        continue;
      }
      this.quotedParts.push(text.slice(from, quote));
      const raw = this.quotedParts.length === 1 ? (this.quotedParts[0] as string) : this.quotedParts.join('');
      this.quotedValue = this.quotedEscapes ? raw.replaceAll('""', '"') : raw;
      this.line += countLineBreaks(raw);
      this.resetQuoted();
      this.state = 'afterQuote';
      return quote + 1;
    }
  }

  private rereadUnclosedQuote(rest: string): void {
    this.unclosedQuoteLines.push(this.quoteLine);
    this.buffer = `"${this.quotedParts.join('')}${rest}`;
    this.position = 0;
    this.literalQuoteAt = 0;
    this.line = this.quoteLine;
    this.resetQuoted();
    this.state = 'field';
  }

  private resetQuoted(): void {
    this.quotedParts = [];
    this.quotedLength = 0;
    this.quotedEscapes = false;
  }
}
