import { parseNumberCell } from './cells';

export type CsvDelimiter = ',' | ';' | '\t' | '|';

export interface CsvDialect {
  delimiter: CsvDelimiter;
  /** Numbers are written `3,5` / `1.234,56`: pass this to {@link parseNumberCell}. */
  decimalComma: boolean;
}

/**
 * The order in which delimiters win a tie. A tab or a semicolon on every line is almost never there by
 * chance, while a comma on every line can be a decimal comma (`Ann;3,5`), so the comma comes last.
 */
const DELIMITERS: readonly CsvDelimiter[] = ['\t', ';', '|', ','];

/** Records read to judge the dialect: the first ~50 lines, as a person glancing at the file would. */
const SAMPLE_RECORDS = 50;
/** Characters read at most, so one giant quoted cell or an unclosed quote cannot make sniffing slow. */
const SAMPLE_CHARACTERS = 262_144;

/**
 * Guesses how a CSV text is written. The delimiter is the one that splits the sampled records into the
 * same number of fields (two or more) most consistently, respecting double quotes and line breaks inside
 * them (see {@link dialectScore}; a candidate that does not split the header counts half, because in a
 * semicolon file a decimal comma can split every data row evenly but rarely the header). When nothing
 * splits the text, it is a single column and the delimiter is ','.
 *
 * `decimalComma` is considered only when the delimiter is not ',' (a comma file cannot use an unquoted
 * decimal comma, and quoted ones are the exception): it is true when the sampled cells that read as a
 * number in only one convention favour the decimal comma, or, when none decides, when the ambiguous
 * ones (`1,234`) hold commas rather than points.
 */
export function sniffDialect(text: string): CsvDialect {
  let best: { delimiter: CsvDelimiter; score: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const score = dialectScore(readSample(text, delimiter, false));
    if (score > 0 && (best === null || score > best.score + 1e-9)) best = { delimiter, score };
  }
  const delimiter = best?.delimiter ?? ',';
  const decimalComma = delimiter !== ',' && prefersDecimalComma(readSample(text, delimiter, true).cells);
  return { delimiter, decimalComma };
}

/**
 * How well a delimiter explains the sample, 0 when it does not split it. Consistency of the field count
 * is the evidence; a delimiter that leaves the header whole counts half; and one that leaves double
 * quotes in the middle of fields (`1,"a;b"` read with ';') loses a quarter, since with the right
 * delimiter quotes sit at field boundaries.
 */
function dialectScore({ fieldCounts, strayQuotes }: Sample): number {
  const frequency = new Map<number, number>();
  let modalCount = 0;
  let modalFrequency = 0;
  for (const count of fieldCounts) {
    const seen = (frequency.get(count) ?? 0) + 1;
    frequency.set(count, seen);
    // On equal frequency, the larger count wins: a delimiter that splits half the lines still splits.
    if (seen > modalFrequency || (seen === modalFrequency && count > modalCount)) {
      modalCount = count;
      modalFrequency = seen;
    }
  }
  if (modalCount < 2) return 0;
  const consistency = modalFrequency / fieldCounts.length;
  const splitsHeader = (fieldCounts[0] ?? 0) >= 2;
  return consistency * (splitsHeader ? 1 : 0.5) * (strayQuotes > 0 ? 0.75 : 1);
}

function prefersDecimalComma(cells: readonly string[]): boolean {
  let commaOnly = 0;
  let pointOnly = 0;
  let ambiguousComma = 0;
  let ambiguousPoint = 0;
  for (const cell of cells) {
    const hasComma = cell.includes(',');
    if (!hasComma && !cell.includes('.')) continue;
    const withComma = parseNumberCell(cell, true);
    const withPoint = parseNumberCell(cell, false);
    const commaReads = !Number.isNaN(withComma);
    const pointReads = !Number.isNaN(withPoint);
    if (commaReads && !pointReads) commaOnly++;
    else if (pointReads && !commaReads) pointOnly++;
    else if (commaReads && withComma !== withPoint) {
      if (hasComma) ambiguousComma++;
      else ambiguousPoint++;
    }
  }
  if (commaOnly !== pointOnly) return commaOnly > pointOnly;
  return ambiguousComma > ambiguousPoint;
}

interface Sample {
  /** Fields per non-blank record, in file order. */
  fieldCounts: number[];
  /** The cells' text (quotes removed), only when asked for. */
  cells: string[];
  /** Double quotes found inside unquoted fields or after a closing quote. */
  strayQuotes: number;
}

const QUOTE = 0x22;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits the start of the text into records as a CSV reader would with this delimiter: a field that
 * starts with a double quote runs to the closing quote (`""` is a literal quote, delimiters and line
 * breaks inside are text); anything after the closing quote up to the delimiter stays in the field, as
 * papaparse does. Blank lines are skipped. A record cut off by the character limit is dropped unless it
 * is the only one.
 */
function readSample(text: string, delimiter: CsvDelimiter, collectCells: boolean): Sample {
  const delimiterCode = delimiter.charCodeAt(0);
  const limit = Math.min(text.length, SAMPLE_CHARACTERS);
  const fieldCounts: number[] = [];
  const cells: string[] = [];
  let recordCells: string[] = [];
  let fields = 1;
  let fieldStart = 0;
  let field = '';
  let blank = true;
  let strayQuotes = 0;
  let index = 0;

  const endField = (end: number): void => {
    if (collectCells) recordCells.push(field + text.slice(fieldStart, end));
    field = '';
  };
  const endRecord = (end: number): void => {
    endField(end);
    if (!blank) {
      fieldCounts.push(fields);
      if (collectCells) cells.push(...recordCells);
    }
    recordCells = [];
    fields = 1;
    blank = true;
  };

  while (index < limit && fieldCounts.length < SAMPLE_RECORDS) {
    const code = text.charCodeAt(index);
    if (code === QUOTE && index === fieldStart) {
      blank = false;
      const closing = findClosingQuote(text, index + 1, limit);
      if (closing === -1) {
        index = limit;
        break;
      }
      if (collectCells) field = text.slice(index + 1, closing).replaceAll('""', '"');
      index = closing + 1;
      fieldStart = index;
    } else if (code === delimiterCode) {
      endField(index);
      fields++;
      blank = false;
      index++;
      fieldStart = index;
    } else if (code === LINE_FEED || code === CARRIAGE_RETURN) {
      endRecord(index);
      index += code === CARRIAGE_RETURN && text.charCodeAt(index + 1) === LINE_FEED ? 2 : 1;
      fieldStart = index;
    } else {
      if (code === QUOTE) strayQuotes++;
      if (code > 32) blank = false;
      index++;
    }
  }

  const cutOff = index < text.length && fieldCounts.length < SAMPLE_RECORDS;
  if (!blank && (!cutOff || fieldCounts.length === 0)) endRecord(Math.min(index, limit));
  return { fieldCounts, cells, strayQuotes };
}

/** Index of the quote that closes a quoted field opened before `from`, or -1 before `limit`. */
function findClosingQuote(text: string, from: number, limit: number): number {
  let index = from;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote === -1 || quote >= limit) return -1;
    if (text.charCodeAt(quote + 1) !== QUOTE) return quote;
    index = quote + 2;
  }
}
