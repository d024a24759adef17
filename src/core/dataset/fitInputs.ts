import { FALSE_WORDS, readNumberCell, TRUE_WORDS } from '../csv/cells';
import { labelCounts, quantile, sortedValues, summarise } from '../csv/columnStats';
import { dateParts } from '../csv/dates';
import type { ColumnProfile } from '../csv/profile';
import { booleanValues, columnByName, dayValues, NO_LABEL, numberValues, type ColumnStore, type StoredColumn } from '../csv/store';
import type { Table } from '../csv/table';
import { storeFromTable } from '../csv/tableStore';
import { UserError } from '../errors';
import { phrase } from '../text';
import { choiceFor, MAX_CATEGORIES, MISSING_CATEGORY, resolveColumn, roleOf, type ColumnFacts, type DataPlan, type ResolvedColumn } from './plan';
import { DATE_PARTS, type BooleanInput, type CategoricalInput, type DateInput, type InputColumn, type NumericInput } from './preprocessing';

/** Callers may still pass cells as text; they are read into typed columns the way files are. */
export function asStore(data: Table | ColumnStore): ColumnStore {
  return data.columns.every((column) => !Array.isArray(column)) ? (data as ColumnStore) : storeFromTable(data as Table);
}

/** Fits every input on the training rows: values, counts and the automatic choices all come from them. */
export function fitInputs(store: ColumnStore, inputs: readonly ColumnProfile[], plan: DataPlan, rows: ArrayLike<number>): InputColumn[] {
  return inputs.map((profile) => {
    const column = columnByName(store, profile.name);
    if (!column) throw new UserError('unknown-column', phrase('prepare.unknownColumn', { column: profile.name }));
    const choice = choiceFor(plan, profile.name);
    const role = roleOf(profile, choice);
    const values = role === 'numeric' ? numberValues(column, store.rowCount) : role === 'boolean' ? booleanValues(column, store.rowCount) : null;
    const order = choice?.dateOrder ?? profile.date?.order ?? 'ymd';
    const days = role === 'date' ? dayValues(column, order, store.rowCount) : null;
    const resolved = resolveColumn(profile, choice, trainingFacts(column, values ?? days, rows, order));
    if (role === 'numeric') return fitNumeric(resolved, values as Float64Array, rows);
    if (role === 'boolean') return fitBoolean(resolved, values as Float64Array, rows);
    if (role === 'date') return fitDate(resolved, days as Float64Array, rows);
    return fitCategorical(resolved, column, rows, store.decimalComma);
  });
}

function trainingFacts(column: StoredColumn, values: Float64Array | null, rows: ArrayLike<number>, dateOrder: ColumnFacts['dateOrder']): ColumnFacts {
  if (values === null) {
    const counts = labelCounts(column.codes, column.labels.length, rows);
    const present = counts.reduce((sum, count) => sum + count, 0);
    return { missingShare: rows.length > 0 ? 1 - present / rows.length : 0, distinct: counts.filter((count) => count > 0).length };
  }
  const summary = summarise(values, rows);
  const facts: ColumnFacts = { missingShare: rows.length > 0 ? 1 - (summary?.count ?? 0) / rows.length : 0, distinct: 0 };
  if (summary) Object.assign(facts, { min: summary.min, skew: summary.skew });
  if (dateOrder) facts.dateOrder = dateOrder;
  return facts;
}

/** A usable (center, scale): finite, and a scale of 1 for a constant, so features stay finite. */
function safe(center: number, scale: number): { center: number; scale: number } {
  return { center: Number.isFinite(center) ? center : 0, scale: Number.isFinite(scale) && scale > 1e-12 ? scale : 1 };
}

function mostFrequent(sorted: Float64Array): number {
  let best = sorted[0] ?? NaN;
  let bestRun = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    if (end - start > bestRun) [best, bestRun] = [sorted[start] as number, end - start];
    start = end;
  }
  return best;
}

function imputeNumber(column: ResolvedColumn, sorted: Float64Array, mean: number): number {
  if (sorted.length === 0) return column.impute === 'constant' ? column.imputeValue : 0;
  if (column.impute === 'median') return quantile(sorted, 0.5);
  if (column.impute === 'most_frequent') return mostFrequent(sorted);
  return column.impute === 'constant' ? column.imputeValue : mean;
}

function fitNumeric(column: ResolvedColumn, values: Float64Array, rows: ArrayLike<number>): NumericInput {
  const sorted = sortedValues(values, rows);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  const impute = imputeNumber(column, sorted, mean);
  const log = column.scaling === 'log';
  const transformed = log ? sorted.map((value) => Math.log1p(Math.max(value, 0))) : sorted;
  const stats = summarise(transformed);
  let scaling = { center: 0, scale: 1 };
  if (stats && (column.scaling === 'standard' || log)) scaling = safe(stats.mean, stats.std);
  if (stats && column.scaling === 'minmax') scaling = safe(stats.min, stats.max - stats.min);
  if (stats && column.scaling === 'robust') scaling = safe(quantile(transformed, 0.5), quantile(transformed, 0.75) - quantile(transformed, 0.25));
  const strategy = column.impute === 'most_frequent' || column.impute === 'median' || column.impute === 'constant' ? column.impute : 'mean';
  return { name: column.name, kind: 'numeric', impute: Number.isFinite(impute) ? impute : 0, imputeStrategy: strategy, transform: log ? 'log' : 'none', scaling: column.scaling, ...scaling, missingIndicator: column.missingIndicator };
}

function fitBoolean(column: ResolvedColumn, values: Float64Array, rows: ArrayLike<number>): BooleanInput {
  let yes = 0;
  let no = 0;
  for (let i = 0; i < rows.length; i++) {
    const value = values[rows[i] as number];
    if (value === 1) yes++;
    else if (value === 0) no++;
  }
  const impute = column.impute === 'constant' ? (column.imputeValue >= 0.5 ? 1 : 0) : yes > no ? 1 : 0;
  return { name: column.name, kind: 'boolean', trueValues: [...TRUE_WORDS], falseValues: [...FALSE_WORDS], impute, missingIndicator: column.missingIndicator };
}

function fitDate(column: ResolvedColumn, days: Float64Array, rows: ArrayLike<number>): DateInput {
  const sorted = sortedValues(days, rows);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  const impute = Math.round(imputeNumber(column, sorted, mean));
  const reference = sorted.length > 0 ? Math.floor(sorted[0] as number) : 0;
  const partValues = DATE_PARTS.map(() => new Float64Array(sorted.length));
  sorted.forEach((day, i) => {
    const { year, month, weekday } = dateParts(day);
    [year, month, weekday, day - reference].forEach((value, part) => ((partValues[part] as Float64Array)[i] = value));
  });
  const parts = DATE_PARTS.map((part, index) => {
    const stats = summarise(partValues[index] as Float64Array);
    return { part, ...safe(stats?.mean ?? 0, stats?.std ?? 1) };
  });
  return { name: column.name, kind: 'date', order: column.dateOrder, impute: Number.isFinite(impute) ? impute : 0, reference, parts, missingIndicator: column.missingIndicator };
}

function fitCategorical(column: ResolvedColumn, stored: StoredColumn, rows: ArrayLike<number>, decimalComma: boolean): CategoricalInput {
  const counts = labelCounts(stored.codes, stored.labels.length, rows);
  let missing = 0;
  for (let i = 0; i < rows.length; i++) if ((stored.codes?.[rows[i] as number] ?? NO_LABEL) === NO_LABEL) missing++;
  const ranked = stored.labels.map((value, code) => ({ value, count: counts[code] as number })).filter((entry) => entry.count > 0);
  if (column.impute === 'constant' && missing > 0) ranked.push({ value: MISSING_CATEGORY, count: missing });
  ranked.sort((a, b) => b.count - a.count || compareText(a.value, b.value));
  const impute = column.impute === 'constant' ? MISSING_CATEGORY : (ranked[0]?.value ?? null);
  if (column.encoding === 'ordinal') {
    return { name: column.name, kind: 'categorical', encoding: 'ordinal', categories: naturalOrder(ranked.map((entry) => entry.value), decimalComma), otherBucket: false, impute, missingIndicator: column.missingIndicator };
  }
  const kept = column.encoding === 'topk' ? column.topK : MAX_CATEGORIES;
  const categories = ranked.slice(0, kept).map((entry) => entry.value).sort(compareText);
  return { name: column.name, kind: 'categorical', encoding: 'onehot', categories, otherBucket: ranked.length > kept, impute, missingIndicator: column.missingIndicator };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Numbers by value (`2` before `10`), anything else alphabetically: the order ordinal encoding follows. */
function naturalOrder(values: string[], decimalComma: boolean): string[] {
  const numbers = values.map((value) => readNumberCell(value, decimalComma));
  if (numbers.every((number) => !Number.isNaN(number))) return values.map((value, i) => ({ value, number: numbers[i] as number })).sort((a, b) => a.number - b.number || compareText(a.value, b.value)).map((entry) => entry.value);
  return [...values].sort(compareText);
}
