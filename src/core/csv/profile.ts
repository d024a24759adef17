import { allDistinct, histogram, labelCounts, sampleQuantiles, summarise, type Histogram } from './columnStats';
import { countPresent, dayValues, labelBooleans, type ColumnStore, type NumberUnit, type StoredColumn } from './store';
import { formatDay, guessDateOrder, type DateOrder, type DateOrderGuess } from './dates';
import { inferType, NUMERIC_SHARE } from './inference';
import { REASON_TEXTS, type ReasonId } from './texts';
import type { Table } from './table';
import { storeFromTable } from './tableStore';

/**
 * What a column holds, as far as a model is concerned. Identifier, constant and free-text columns carry
 * no signal a small network can use, so they are excluded from the inputs by default.
 */
export type ColumnType = 'numeric' | 'categorical' | 'boolean' | 'date' | 'identifier' | 'constant' | 'text';
/** The types a column can be used as; the others mean "excluded". */
export type UsableType = 'numeric' | 'categorical' | 'boolean' | 'date';

export interface CategoryCount {
  value: string;
  count: number;
}

export interface DateSummary {
  order: DateOrder;
  /** No value tells day-first from month-first: the person should confirm `order`. */
  ambiguous: boolean;
  first: string;
  last: string;
  histogram: Histogram;
}

export interface ColumnProfile {
  name: string;
  /** The inferred type; the person may override it (see `usableAs`). */
  type: ColumnType;
  /** Why, in plain English: "unique in every row", "yes/no values"... */
  reason: string;
  /** The same reason as a message id, for the page to show in the person's language. */
  reasonId: ReasonId;
  missing: number;
  /** Cells that are not missing (`missing + present` is the row count). */
  present: number;
  /** Present cells that are not numbers (numeric columns) or not dates (date columns): read as missing. */
  unreadable: number;
  distinct: number;
  /** `distinct` is a lower bound: there were too many values to count each one. */
  distinctAtLeast: boolean;
  /** Numeric summary over the cells that are numbers. */
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  median?: number;
  q1?: number;
  q3?: number;
  skew?: number;
  /** Whether every number is a whole number. */
  integer?: boolean;
  unit?: NumberUnit;
  histogram?: Histogram;
  /** Most frequent values first, at most `TOP_CATEGORY_LIMIT`. */
  top: CategoryCount[];
  date?: DateSummary;
  /** The types this column can be used as. */
  usableAs: UsableType[];
}

export const TOP_CATEGORY_LIMIT = 50;
/** Most frequent values kept for a column of numbers with more distinct values than a class list has. */
const NUMBER_EXAMPLES = 10;

export interface ProfileOptions {
  /** Slashed dates that no value can order are read month-first (the browser's locale is en-US). */
  preferMonthFirst?: boolean;
}

export function profileStore(store: ColumnStore, options: ProfileOptions = {}): ColumnProfile[] {
  return store.columns.map((column) => profileColumn(column, store.rowCount, options));
}

export function profileColumn(column: StoredColumn, rowCount: number, options: ProfileOptions = {}): ColumnProfile {
  // Cells that are not dates in a column stored as days are present, though their text was not kept.
  const present = countPresent(column, rowCount) + (column.days ? column.unreadableDays : 0);
  const counts = labelCounts(column.codes, column.labels.length);
  const numeric = column.numbers ? summarise(column.numbers) : null;
  // A column of many different numbers needs few example values (a histogram shows it); classes need them all.
  const top = topCategories(column.labels, counts, numeric && numeric.count >= present * NUMERIC_SHARE && column.labels.length > NUMBER_EXAMPLES ? NUMBER_EXAMPLES : TOP_CATEGORY_LIMIT);
  const labelled = column.labels.reduce((sum, _, code) => sum + (counts[code] as number), 0);
  const numberCount = numeric?.count ?? 0;
  const textCount = present - numberCount - (column.days ? present : 0);
  const dateGuess = column.days
    ? ({ order: column.dayOrder as DateOrder, ambiguous: false, share: 1 } satisfies DateOrderGuess)
    : numberCount === 0 && column.labels.length > 0 && !column.labelsCapped
      ? guessDateOrder(top.length < column.labels.length ? allCategories(column.labels, counts) : top, options.preferMonthFirst ?? false)
      : null;
  const distinctLabels = counts.reduce((sum, count) => sum + (count > 0 ? 1 : 0), 0);
  const labelsCoverAll = column.days === null && !column.labelsCapped && (column.numberLabelsKept || numberCount === 0);
  const exactDistinct = labelsCoverAll ? distinctLabels : numeric?.integer && numberCount === present && allDistinct(column.numbers as Float64Array, numeric) ? numberCount : null;
  const distinct = exactDistinct ?? Math.max(distinctLabels, present > 0 ? 2 : 0);
  const booleanShare = booleanCoverage(column, counts, present);

  const inferred = inferType({
    name: column.name,
    present,
    numberCount,
    distinct,
    distinctExact: exactDistinct !== null,
    numeric,
    booleans: booleanShare === 1,
    dates: dateGuess !== null,
    leadingZeros: column.numberLabelsKept && column.labels.some((label) => /^[+-]?0\d/.test(label)),
    averageLength: averageLength(column.labels, counts, labelled),
  });
  const profile: ColumnProfile = {
    name: column.name,
    type: inferred.type,
    reason: REASON_TEXTS[inferred.reason],
    reasonId: inferred.reason,
    missing: rowCount - present,
    present,
    unreadable: column.days ? column.unreadableDays : inferred.type === 'numeric' ? textCount : 0,
    distinct,
    distinctAtLeast: exactDistinct === null,
    top,
    usableAs: [
      ...(numberCount > 0 ? (['numeric'] as const) : []),
      ...(labelsCoverAll && distinct > 0 ? (['categorical'] as const) : []),
      ...(booleanShare === 1 ? (['boolean'] as const) : []),
      ...(dateGuess ? (['date'] as const) : []),
    ],
  };
  if (column.unit) profile.unit = column.unit;
  if (numeric && column.numbers) {
    Object.assign(profile, { min: numeric.min, max: numeric.max, mean: numeric.mean, std: numeric.std, skew: numeric.skew, integer: numeric.integer });
    Object.assign(profile, sampleQuantiles(column.numbers));
    profile.histogram = histogram(column.numbers, numeric.min, numeric.max);
  }
  if (dateGuess) {
    const days = dayValues(column, dateGuess.order, rowCount);
    profile.date = summariseDates(days, dateGuess);
    if (inferred.type === 'date' && !column.days) profile.unreadable = present - (summarise(days)?.count ?? 0);
  }
  return profile;
}

function topCategories(labels: readonly string[], counts: Int32Array, limit: number): CategoryCount[] {
  return allCategories(labels, counts).slice(0, limit);
}

function allCategories(labels: readonly string[], counts: Int32Array): CategoryCount[] {
  return labels
    .map((value, code) => ({ value, count: counts[code] as number }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Share of present cells that read as yes/no: boolean words, or the numbers 0 and 1. */
function booleanCoverage(column: StoredColumn, counts: Int32Array, present: number): number {
  if (present === 0 || column.days || column.labelsCapped) return 0;
  const perLabel = labelBooleans(column);
  let yesNo = 0;
  for (let code = 0; code < perLabel.length; code++) if (!Number.isNaN(perLabel[code] as number)) yesNo += counts[code] as number;
  // Number cells count through their value (their labels, `1` and `0`, are not words).
  const numbers = column.numbers;
  if (numbers) {
    for (let row = 0; row < numbers.length; row++) {
      const value = numbers[row] as number;
      if (Number.isNaN(value)) continue;
      if (value !== 0 && value !== 1) return 0;
      yesNo++;
    }
  }
  return yesNo / present;
}

function averageLength(labels: readonly string[], counts: Int32Array, labelled: number): number {
  if (labelled === 0) return 0;
  let total = 0;
  for (let code = 0; code < labels.length; code++) total += (labels[code] as string).length * (counts[code] as number);
  return total / labelled;
}

function summariseDates(days: Float64Array, guess: DateOrderGuess): DateSummary | undefined {
  const summary = summarise(days);
  if (!summary) return undefined;
  return { order: guess.order, ambiguous: guess.ambiguous, first: formatDay(summary.min), last: formatDay(summary.max), histogram: histogram(days, summary.min, summary.max) };
}

/** Profiles of cells given as text (small tables and tests), read as a loaded file would be. */
export function profileTable(table: Table, options: ProfileOptions = {}): ColumnProfile[] {
  return profileStore(storeFromTable(table), options);
}
