/**
 * The meaning of one raw CSV cell. Type inference, preprocessing and exports all read cells through
 * these functions so that "is this missing?" and "which number is this?" have one answer everywhere.
 * They run on millions of cells: every pattern is compiled once, and plain numbers take a fast path.
 */

/**
 * Cells that mean "no value". Matching is exact (after trimming surrounding whitespace), so a first
 * name like "Nan" or a category like "none of the above" stays a value. Besides the usual spreadsheet
 * and database spellings, Excel's error values (`#N/A`, `#DIV/0!`, …) count as missing: a formula that
 * failed has no value to learn from. A whitespace-only cell is missing too.
 */
export const MISSING_TOKENS: readonly string[] = Object.freeze([
  '',
  'NA',
  'N/A',
  'n/a',
  'null',
  'NULL',
  'Null',
  'NaN',
  'nan',
  '-',
  '--',
  '?',
  'None',
  '<NA>',
  '#N/A',
  '#NA',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
]);

const MISSING_SET: ReadonlySet<string> = new Set(MISSING_TOKENS);
const LONGEST_MISSING_TOKEN = Math.max(...MISSING_TOKENS.map((token) => token.length));

/** True when the cell holds no value: empty, whitespace only, or one of {@link MISSING_TOKENS}. */
export function isMissingCell(cell: string): boolean {
  if (MISSING_SET.has(cell)) return true;
  // Most cells are values with no surrounding space: answer them without allocating a trimmed copy.
  if (cell.length > LONGEST_MISSING_TOKEN && !isSpaceAt(cell, 0) && !isSpaceAt(cell, cell.length - 1)) {
    return false;
  }
  return MISSING_SET.has(cell.trim());
}

function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code <= 32 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0xfeff;
}

// A plain number as JavaScript writes it (`String(x)` of any finite double matches): the fast path.
// Written so that no digit can be claimed by two quantifiers: `\d+\.?\d*` backtracks quadratically.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// With a decimal comma a '.' is a thousands separator, so only integers and `3,5` take the fast path.
const PLAIN_NUMBER_DECIMAL_COMMA = /^[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/;

const SIGN = '[+\\-\u2212]';
const CURRENCY = '(?:[$€£¥₹]|USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY)';
// Typographic spaces that French, Swiss and Scandinavian exports put between groups of thousands.
const SPACE_GROUP = '[\u00a0\u202f\u2009]';
const EXPONENT = '(?:[eE][+\\-]?\\d+)?';

/**
 * Builds the general pattern, matched against the trimmed cell: optional parentheses (accounting
 * negative), one sign, a currency before or after (one space allowed between it and the number), a
 * trailing percent sign, and a body whose thousands groups are exactly three digits. Every optional
 * part is a bounded token, so no input can make the pattern backtrack badly.
 * Groups: 1 '(', 2 sign, 3 currency before, 4 sign, 5 body, 6 '%' or currency after, 7 ')'.
 */
function numberPattern(groupSeparator: string, decimalSeparator: string): RegExp {
  const integer = `(?:\\d{1,3}(?:${groupSeparator}\\d{3})+|\\d{1,3}(?:${SPACE_GROUP}\\d{3})+|\\d+)`;
  const body = `(?:${integer}(?:${decimalSeparator}\\d*)?|${decimalSeparator}\\d+)${EXPONENT}`;
  return new RegExp(
    `^(\\()?(${SIGN})?(?:(${CURRENCY})\\s?)?(${SIGN})?(${body})(?:\\s?(%|${CURRENCY}))?(\\))?$`,
  );
}

const DECORATED_NUMBER = numberPattern(',', '\\.');
const DECORATED_NUMBER_DECIMAL_COMMA = numberPattern('\\.', ',');
const POINT_GROUPING = /[,\u00a0\u202f\u2009]/g;
const COMMA_GROUPING = /[.\u00a0\u202f\u2009]/g;

/**
 * The number a cell holds, or NaN when it holds no number.
 *
 * Accepted: plain and exponent notation (`-1.5e3`), a leading sign, surrounding spaces, thousands
 * separators in groups of three (`1,234,567.89`; with `decimalComma`, `1.234.567,89`; typographic
 * spaces in both), a currency symbol or code before or after (`$1,200`, `3,50 €`, `USD 99`), accounting
 * negatives in parentheses (`(1,200)` → -1200), and a trailing percent sign, which is dropped: `12%` is
 * 12, not 0.12, so the column keeps the units the person sees in their spreadsheet.
 *
 * Rejected: anything with other letters or separators (`12abc`, `1.2.3`, `555-1234`, dates, `1,23`
 * without `decimalComma`), `Infinity`, hexadecimal, and a '.' that is not a valid thousands separator
 * when `decimalComma` is set (`3.5`). Without `decimalComma`, the ambiguous `1,234` is 1234.
 */
export function parseNumberCell(cell: string, decimalComma = false): number {
  if (decimalComma) {
    if (PLAIN_NUMBER_DECIMAL_COMMA.test(cell)) return Number(cell.replace(',', '.'));
  } else if (PLAIN_NUMBER.test(cell)) {
    return Number(cell);
  }
  const match = (decimalComma ? DECORATED_NUMBER_DECIMAL_COMMA : DECORATED_NUMBER).exec(cell.trim());
  if (match === null) return NaN;
  const [, open, outerSign, currencyBefore, innerSign, body = '', suffix, close] = match;
  if ((open === undefined) !== (close === undefined)) return NaN;
  if (outerSign !== undefined && innerSign !== undefined) return NaN;
  if (currencyBefore !== undefined && suffix !== undefined) return NaN;
  const sign = outerSign ?? innerSign;
  if (open !== undefined && sign !== undefined) return NaN;
  const digits = decimalComma
    ? body.replace(COMMA_GROUPING, '').replace(',', '.')
    : body.replace(POINT_GROUPING, '');
  const magnitude = Number(digits);
  return open !== undefined || sign === '-' || sign === '\u2212' ? -magnitude : magnitude;
}

const BOOLEAN_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['yes', true],
  ['no', false],
  ['true', true],
  ['false', false],
  ['y', true],
  ['n', false],
  ['t', true],
  ['f', false],
]);
const LONGEST_BOOLEAN_WORD = 5;
/** The words {@link parseBooleanCell} reads as yes and as no (lower case). */
export const TRUE_WORDS: readonly string[] = [...BOOLEAN_WORDS].filter(([, value]) => value).map(([word]) => word);
export const FALSE_WORDS: readonly string[] = [...BOOLEAN_WORDS].filter(([, value]) => !value).map(([word]) => word);

/**
 * `true` or `false` for yes/no, true/false, y/n and t/f in any letter case (surrounding spaces allowed),
 * otherwise null. `1` and `0` are numbers: whether a 0/1 column is a yes/no question is the caller's call.
 */
export function parseBooleanCell(cell: string): boolean | null {
  if (cell.length > LONGEST_BOOLEAN_WORD && !isSpaceAt(cell, 0) && !isSpaceAt(cell, cell.length - 1)) {
    return null;
  }
  return BOOLEAN_WORDS.get(cell.trim().toLowerCase()) ?? null;
}

/** The number a cell holds when it is a finite number, else NaN (`1e999` is unreadable, not infinite). */
export function readNumberCell(cell: string, decimalComma = false): number {
  const value = parseNumberCell(cell, decimalComma);
  return Number.isFinite(value) ? value : NaN;
}

/** Exact powers of ten: an integer below 2^53 divided by one of these is correctly rounded. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
const MAX_EXACT_DIGITS = 15;

/**
 * The fast path of {@link parseNumberCell} for a cell given as `text.slice(start, end)`, without
 * allocating the slice: a sign, digits and one decimal separator ('.' or, with `decimalComma`, ','),
 * nothing else. Returns NaN for anything else (spaces, exponents, grouping, more than 15 digits), which
 * the caller then reads with the full parser. With at most 15 digits the mantissa is exact and one
 * division by an exact power of ten is correctly rounded (Clinger's fast path), so the result is the
 * very double `Number()` gives.
 */
export function parsePlainNumberRange(text: string, start: number, end: number, decimalComma: boolean): number {
  let index = start;
  let code = text.charCodeAt(index);
  const negative = code === 45;
  if (negative || code === 43) index++;
  const separator = decimalComma ? 44 : 46;
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let afterSeparator = false;
  for (; index < end; index++) {
    code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
      if (afterSeparator) decimals++;
    } else if (code === separator && !afterSeparator) {
      afterSeparator = true;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > MAX_EXACT_DIGITS) return NaN;
  const magnitude = decimals === 0 ? mantissa : mantissa / (POWERS_OF_TEN[decimals] as number);
  return negative ? -magnitude : magnitude;
}
