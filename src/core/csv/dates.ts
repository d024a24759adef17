/**
 * Calendar dates in cells, as spreadsheets and CRMs write them. A date is read as the calendar day it
 * names: any time of day (and time zone) after it is ignored, so `2022-09-19T23:30:00-05:00` is the
 * 19th. The scoring scripts mirror these rules exactly (see preprocessing.ts, `DateInput`).
 */

/** How the day, month and year are ordered: ISO (`2022-09-16`), day first (`16/09/2022`) or month first (`09/16/2022`). */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

// An optional time after the date: `T` or spaces, hours and minutes, optional seconds and fraction,
// optional AM/PM, optional `Z` or offset. It is validated loosely and then ignored.
const TIME = '(?:(?:T|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:\\s*[AaPp][Mm])?\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?';
const YEAR_FIRST = new RegExp(`^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${TIME}$`);
const YEAR_LAST = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})${TIME}$`);

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of the date the cell names in this order, or NaN when it names none. */
export function parseDateCell(cell: string, order: DateOrder): number {
  const text = cell.trim();
  if (order === 'ymd') {
    const match = YEAR_FIRST.exec(text);
    return match ? dayNumber(Number(match[1]), Number(match[3]), Number(match[4])) : NaN;
  }
  const match = YEAR_LAST.exec(text);
  if (!match) return NaN;
  const first = Number(match[1]);
  const second = Number(match[3]);
  const year = Number(match[4]);
  return order === 'dmy' ? dayNumber(year, second, first) : dayNumber(year, first, second);
}

function dayNumber(year: number, month: number, day: number): number {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return NaN;
  const days = Date.UTC(year, month - 1, day) / MS_PER_DAY;
  // Date.UTC rolls 31 April over to 1 May: a day beyond the month's end is not a date.
  return new Date(days * MS_PER_DAY).getUTCDate() === day ? days : NaN;
}

/** Year, month (1–12), weekday (Monday 0 … Sunday 6) of a day number from {@link parseDateCell}. */
export function dateParts(days: number): { year: number; month: number; weekday: number } {
  const date = new Date(days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, weekday: (date.getUTCDay() + 6) % 7 };
}

/** `2022-09-16` for a day number. */
export function formatDay(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export interface DateOrderGuess {
  order: DateOrder;
  /** Both day-first and month-first read every value (no day above 12): the person should confirm. */
  ambiguous: boolean;
  /** Share of the given values that read as dates in `order`. */
  share: number;
}

/** A column is a date column when at least this share of its present values read as dates. */
export const DATE_SHARE = 0.95;

/**
 * The order in which a column's values read as dates, from the values themselves: ISO when they are
 * year-first; otherwise day-first when some day is above 12 and month-first when some month would be.
 * When no value decides, dots (`11.12.2023`, the German and Scandinavian habit) mean day-first and
 * slashes follow `preferMonthFirst` (the browser's locale is en-US); the guess is then marked
 * ambiguous so that the person can correct it. Null when the values are not dates.
 */
export function guessDateOrder(values: readonly { value: string; count: number }[], preferMonthFirst: boolean): DateOrderGuess | null {
  let total = 0;
  const counts = { ymd: 0, dmy: 0, mdy: 0 };
  let dotted = 0;
  for (const { value, count } of values) {
    total += count;
    for (const order of ['ymd', 'dmy', 'mdy'] as const) if (!Number.isNaN(parseDateCell(value, order))) counts[order] += count;
    if (value.includes('.') && !value.includes(':')) dotted += count;
  }
  if (total === 0) return null;
  const share = (order: DateOrder) => counts[order] / total;
  if (share('ymd') >= DATE_SHARE) return { order: 'ymd', ambiguous: false, share: share('ymd') };
  if (Math.max(share('dmy'), share('mdy')) < DATE_SHARE) return null;
  // Some value reads in one order only (a day above 12): that order is the truth.
  if (share('dmy') !== share('mdy')) {
    const order = share('dmy') > share('mdy') ? 'dmy' : 'mdy';
    return { order, ambiguous: false, share: share(order) };
  }
  const order = dotted * 2 > total || !preferMonthFirst ? 'dmy' : 'mdy';
  return { order, ambiguous: true, share: share(order) };
}
