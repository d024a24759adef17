import { CACHED_MISSING, CACHED_NUMBER, CACHED_TEXT, CellCache } from './cellCache';
import { isMissingCell, parsePlainNumberRange, readNumberCell } from './cells';
import { hasDigit } from './characters';
import { DATE_SHARE, guessDateOrder, parseDateCell, type DateOrder } from './dates';
import { DROPPED_LABEL, NO_LABEL, type NumberUnit, type StoredColumn } from './store';

/** Distinct numbers whose text is kept as labels: enough for class codes, ratings and zip codes. */
export const NUMBER_LABEL_CAP = 2_000;
/** Distinct texts kept per column: beyond this a column is an identifier or free text, or dates. */
export const TEXT_LABEL_CAP = 100_000;
const CURRENCY = /[$€£¥₹]|[A-Z]{3}/;
/** Rough bytes a kept label costs (string, map entry, list slot) besides its characters. */
const LABEL_OVERHEAD_BYTES = 80;

export interface BuilderLimits {
  /** For dates that only a locale can order (`03/04/2024`). */
  preferMonthFirst?: boolean;
  numberLabelCap?: number;
  textLabelCap?: number;
}

/**
 * Builds one {@link StoredColumn} from cells given in row order (a row may be written again: the cells
 * of a record that turns out blank are overwritten by the next one). Arrays are allocated lazily (a text
 * column never gets a number array) and grow by half when the row estimate was short.
 */
export class ColumnBuilder {
  private numbers: Float64Array | null = null;
  private codes: Int32Array | null = null;
  private readonly labels: string[] = [];
  private readonly labelIndex = new Map<string, number>();
  private readonly cache = new CellCache();
  /** Label codes of the whole numbers 0 … SMALL_NUMBERS - 1 written plainly, by value. */
  private smallNumbers: Int32Array | null = null;
  private labelCharacters = 0;
  private numberLabelsKept = true;
  private labelsCapped = false;
  private textCells = 0;
  private days: Float64Array | null = null;
  private dayOrder: DateOrder | null = null;
  private unreadableDays = 0;
  private unit: NumberUnit | null = null;

  private readonly limits: Required<BuilderLimits>;

  constructor(
    private readonly name: string,
    private capacity: number,
    private readonly decimalComma: boolean,
    limits: BuilderLimits = {},
  ) {
    this.limits = { preferMonthFirst: false, numberLabelCap: NUMBER_LABEL_CAP, textLabelCap: TEXT_LABEL_CAP, ...limits };
  }

  add(row: number, text: string, start: number, end: number): void {
    if (row >= this.capacity) this.grow(row);
    if (start === end) return this.addMissing(row);
    const plain = parsePlainNumberRange(text, start, end, this.decimalComma);
    const labelled = this.numberLabelsKept && this.days === null;
    if (!Number.isNaN(plain)) {
      if (!labelled) return this.addNumber(row, plain, NO_LABEL);
      if (isSmallWholeNumber(plain, end - start)) return this.addNumber(row, plain, this.smallNumberCode(plain, text, start, end));
      const entry = this.cache.find(text, start, end);
      if (entry >= 0) return this.addNumber(row, plain, this.cache.codes[entry] as number);
      return this.addNewNumber(row, plain, text.slice(start, end), text.slice(start, end));
    }
    const entry = this.days === null ? this.cache.find(text, start, end) : -1;
    if (entry >= 0) {
      const kind = this.cache.kinds[entry];
      if (kind === CACHED_MISSING) return this.addMissing(row);
      if (kind === CACHED_NUMBER) return this.addNumber(row, this.cache.numbers[entry] as number, this.cache.codes[entry] as number);
      return this.addKnownText(row, this.cache.codes[entry] as number);
    }
    const cell = start === 0 && end === text.length ? text : text.slice(start, end);
    if (isMissingCell(cell)) {
      this.cache.add(cell, CACHED_MISSING, NaN, NO_LABEL);
      return this.addMissing(row);
    }
    const label = cell.trim();
    const value = hasDigit(label) ? readNumberCell(label, this.decimalComma) : NaN;
    if (Number.isNaN(value)) return this.addText(row, cell, label);
    // Only numbers off the fast path can carry a unit, so this costs nothing on plain columns.
    if (this.unit === null) this.unit = label.endsWith('%') ? 'percent' : CURRENCY.test(label) ? 'currency' : null;
    if (!labelled) {
      this.cache.add(cell, CACHED_NUMBER, value, NO_LABEL);
      return this.addNumber(row, value, NO_LABEL);
    }
    this.addNewNumber(row, value, cell, label);
  }

  /** Bytes the column will hold with `rows` rows (or its capacity, if larger), kept labels included. */
  bytesFor(rows: number): number {
    const perRow = (this.numbers ? 8 : 0) + (this.codes ? 4 : 0) + (this.days ? 8 : 0);
    return perRow * Math.max(rows, this.capacity) + this.labelCharacters * 2 + this.labels.length * LABEL_OVERHEAD_BYTES;
  }

  finish(rowCount: number): StoredColumn {
    return {
      name: this.name,
      numbers: this.numbers?.subarray(0, rowCount) ?? null,
      codes: this.codes?.subarray(0, rowCount) ?? null,
      labels: this.labels,
      numberLabelsKept: this.numberLabelsKept,
      labelsCapped: this.labelsCapped,
      days: this.days?.subarray(0, rowCount) ?? null,
      dayOrder: this.dayOrder,
      unreadableDays: this.unreadableDays,
      unit: this.unit,
    };
  }

  private addMissing(row: number): void {
    if (this.numbers) this.numbers[row] = NaN;
    if (this.codes) this.codes[row] = NO_LABEL;
    if (this.days) this.days[row] = NaN;
  }

  private addNumber(row: number, value: number, code: number): void {
    if (this.days) {
      this.days[row] = NaN;
      this.unreadableDays++;
      return;
    }
    this.numbers ??= new Float64Array(this.capacity).fill(NaN);
    this.numbers[row] = value;
    if (this.codes) this.codes[row] = code;
  }

  /** A number whose cell text is not cached yet: give it its label (unless that drops the number labels). */
  private addNewNumber(row: number, value: number, cell: string, label: string): void {
    const code = this.labelIndex.get(label) ?? this.newLabel(label, true);
    if (this.numberLabelsKept) this.cache.add(cell, CACHED_NUMBER, value, code);
    this.addNumber(row, value, this.numberLabelsKept ? code : NO_LABEL);
  }

  /** Label code of a small whole number written plainly (`42`): a direct table, no hashing. */
  private smallNumberCode(value: number, text: string, start: number, end: number): number {
    this.smallNumbers ??= new Int32Array(SMALL_NUMBERS).fill(NO_LABEL);
    const known = this.smallNumbers[value] as number;
    if (known !== NO_LABEL) return known;
    const label = text.slice(start, end);
    const code = this.labelIndex.get(label) ?? this.newLabel(label, true);
    if (this.numberLabelsKept && this.smallNumbers) this.smallNumbers[value] = code;
    return this.numberLabelsKept ? code : NO_LABEL;
  }

  private addKnownText(row: number, code: number): void {
    this.textCells++;
    if (this.numbers) this.numbers[row] = NaN;
    if (this.codes) this.codes[row] = code;
  }

  private addText(row: number, cell: string, label: string): void {
    this.textCells++;
    if (this.numbers) this.numbers[row] = NaN;
    const code = this.days ? NO_LABEL : (this.labelIndex.get(label) ?? this.newLabel(label, false));
    // Adding the label may have switched the column to days.
    if (this.days) return this.addDay(row, label, this.days);
    if (this.codes) this.codes[row] = code;
    if (code >= 0) this.cache.add(cell, CACHED_TEXT, NaN, code);
  }

  private addDay(row: number, label: string, days: Float64Array): void {
    const day = parseDateCell(label, this.dayOrder as DateOrder);
    if (Number.isNaN(day)) this.unreadableDays++;
    days[row] = day;
  }

  private newLabel(label: string, isNumber: boolean): number {
    if (isNumber && this.labels.length >= this.limits.numberLabelCap && this.textCells === 0) {
      this.dropNumberLabels();
      return NO_LABEL;
    }
    if (this.labels.length >= this.limits.textLabelCap) {
      if (isNumber) {
        this.numberLabelsKept = false;
        this.cache.clear();
        this.smallNumbers = null;
        return NO_LABEL;
      }
      if (this.switchToDays()) return NO_LABEL;
      this.labelsCapped = true;
      return DROPPED_LABEL;
    }
    this.codes ??= new Int32Array(this.capacity).fill(NO_LABEL);
    const code = this.labels.length;
    this.labels.push(label);
    this.labelIndex.set(label, code);
    this.labelCharacters += label.length;
    return code;
  }

  /** Many distinct numbers and no text so far: the numbers alone describe the column. */
  private dropNumberLabels(): void {
    this.numberLabelsKept = false;
    this.cache.clear();
    this.smallNumbers = null;
    this.codes = null;
    this.labels.length = 0;
    this.labelIndex.clear();
    this.labelCharacters = 0;
  }

  /**
   * Too many distinct texts to keep: if they are dates (timestamps are), keep the day of every row
   * instead, which also frees the labels. Returns false when they are not dates.
   */
  private switchToDays(): boolean {
    const codes = this.codes;
    if (codes === null || this.numbers !== null) return false;
    const guess = guessDateOrder(this.labels.map((value) => ({ value, count: 1 })), this.limits.preferMonthFirst);
    if (guess === null || guess.share < DATE_SHARE) return false;
    const perLabel = this.labels.map((label) => parseDateCell(label, guess.order));
    this.days = new Float64Array(this.capacity).fill(NaN);
    for (let row = 0; row < codes.length; row++) {
      const code = codes[row] as number;
      if (code >= 0) this.days[row] = perLabel[code] as number;
    }
    this.unreadableDays = perLabel.filter(Number.isNaN).length;
    this.dayOrder = guess.order;
    this.cache.clear();
    this.codes = null;
    this.labels.length = 0;
    this.labelIndex.clear();
    this.labelCharacters = 0;
    return true;
  }

  /** Makes room for `rows` rows at once (once the file's length in rows is known well enough). */
  reserve(rows: number): void {
    if (rows > this.capacity) this.resize(rows);
  }

  private grow(row: number): void {
    this.resize(Math.max(row + 1, Math.ceil(this.capacity * 1.5), 1024));
  }

  private resize(capacity: number): void {
    const extend = <T extends Float64Array | Int32Array>(array: T | null, fill: number): T | null => {
      if (array === null) return null;
      const bigger = new (array.constructor as new (length: number) => T)(capacity);
      bigger.set(array);
      bigger.fill(fill, array.length);
      return bigger;
    };
    this.numbers = extend(this.numbers, NaN);
    this.codes = extend(this.codes, NO_LABEL);
    this.days = extend(this.days, NaN);
    this.capacity = capacity;
  }
}

const SMALL_NUMBERS = 4096;

/**
 * A whole number in [0, SMALL_NUMBERS) written with exactly its own digits (no sign, zero padding or
 * decimals), so that its value alone identifies its text.
 */
function isSmallWholeNumber(value: number, length: number): boolean {
  if (!(value >= 0 && value < SMALL_NUMBERS) || value !== Math.floor(value) || Object.is(value, -0)) return false;
  return length === (value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : 4);
}
