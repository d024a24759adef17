import type { DateOrder } from '../csv/dates';
import type { ColumnProfile } from '../csv/profile';
import type { ColumnStore } from '../csv/store';
import type { Table } from '../csv/table';
import { asStore, fitInputs } from './fitInputs';
import { fitTarget } from './fitTarget';
import { DEFAULT_PLAN, factsOf, MAX_CATEGORIES, resolveColumn, roleOf, choiceFor, type DataPlan } from './plan';
import type { TargetInfo } from './target';

/**
 * `preprocessing.json`: everything needed to turn a raw CSV row into the model's input and the model's
 * output back into a label or value. Plain JSON: the worker fits it on the training rows only, the
 * bundle ships it, and predict.mjs / predict.py apply it. Reading a cell, for every kind of input:
 *
 * - A cell is trimmed of surrounding whitespace. It is *missing* when it is empty, whitespace only, or
 *   exactly one of `missingTokens` (case-sensitive).
 * - A *number* is read as in src/core/csv/cells.ts `parseNumberCell`: thousands separators, currency
 *   symbols and codes, `12%` → 12, `(5)` → -5; with `decimalComma`, `1.234,5` → 1234.5. A result that is
 *   not finite (`1e999`) is not a number.
 * - Every feature, once computed as below, is clipped to [-featureClip, featureClip].
 *
 * Features come in the order of `inputs`, each input's own features first and then, when
 * `missingIndicator` is true, one more feature `<name> (missing)`: 1 when the cell was missing or could
 * not be read as the input's kind (a column absent from the file counts as missing), else 0.
 *
 * Version history: 1 — numeric (impute, mean, std) and one-hot categorical (categories, impute) only.
 * 2 — numeric `transform` and `center`/`scale` (standard, min-max, robust, none, log); boolean and date
 * inputs; categorical `encoding` (one-hot, ordinal), `otherBucket` (top-k) and nullable `impute`;
 * `missingIndicator` on every input; top-level `featureClip` and `excluded`.
 */
export const PREPROCESSING_FORMAT = 'layerlab.preprocessing';
export const PREPROCESSING_VERSION = 2;
export const FEATURE_CLIP = 1e6;

/**
 * feature = (t - center) / scale, where x is the cell's number (`impute` when missing or not a number)
 * and t = x, or ln(1 + max(x, 0)) when `transform` is 'log'.
 */
export interface NumericInput {
  name: string;
  kind: 'numeric';
  impute: number;
  imputeStrategy: 'mean' | 'median' | 'most_frequent' | 'constant';
  transform: 'none' | 'log';
  /** How center and scale were fitted (informational): standard = mean/std, minmax = min/range, robust = median/IQR, none = 0/1; log = standard on t. */
  scaling: 'standard' | 'minmax' | 'robust' | 'none' | 'log';
  center: number;
  scale: number;
  missingIndicator: boolean;
}

/**
 * One feature, 1 or 0: the cell lower-cased is in `trueValues` or is the number 1 → 1; in `falseValues`
 * or the number 0 → 0; anything else counts as missing → `impute`.
 */
export interface BooleanInput {
  name: string;
  kind: 'boolean';
  trueValues: string[];
  falseValues: string[];
  impute: 0 | 1;
  missingIndicator: boolean;
}

/**
 * The cell's category is its trimmed text; a missing cell takes `impute` (null: it stays missing).
 * - `onehot`: one feature per entry of `categories` (1 for the cell's category), then, when
 *   `otherBucket`, a feature `<name>=(other)` that is 1 for any other present category (rare ones
 *   grouped at fitting, or unseen); without it such a value is all zeros. A missing cell is all zeros.
 * - `ordinal`: one feature, index / (categories.length - 1) (0 when there is one category); a value not
 *   in `categories` counts as missing, and a missing cell with `impute` null gives 0.
 */
export interface CategoricalInput {
  name: string;
  kind: 'categorical';
  encoding: 'onehot' | 'ordinal';
  categories: string[];
  otherBucket: boolean;
  impute: string | null;
  missingIndicator: boolean;
}

/**
 * A calendar date read in `order` (see src/core/csv/dates.ts: `2022-09-16` / `16.09.2022` /
 * `09/16/2022`, any time after it ignored) as a day number, days since 1970-01-01 (`impute` when missing
 * or not a date). Features, in the order of `parts`, each (value - center) / scale: `year`, `month`
 * (1–12), `weekday` (Monday 0 … Sunday 6), `days` (day number − `reference`).
 */
export interface DateInput {
  name: string;
  kind: 'date';
  order: DateOrder;
  impute: number;
  reference: number;
  parts: DatePart[];
  missingIndicator: boolean;
}

export const DATE_PARTS = ['year', 'month', 'weekday', 'days'] as const;

export interface DatePart {
  part: (typeof DATE_PARTS)[number];
  center: number;
  scale: number;
}

export type InputColumn = NumericInput | BooleanInput | CategoricalInput | DateInput;

/** Binary: output = probability of `positiveClass`; regression: value = output * std + mean. */
export type TargetEncoding =
  | { name: string; task: 'binary'; classes: [string, string]; positiveClass: string; threshold: number }
  | { name: string; task: 'multiclass'; classes: string[] }
  | { name: string; task: 'regression'; mean: number; std: number };

export interface Preprocessing {
  format: typeof PREPROCESSING_FORMAT;
  version: typeof PREPROCESSING_VERSION;
  missingTokens: readonly string[];
  decimalComma: boolean;
  featureClip: number;
  inputs: InputColumn[];
  /** One name per model input, in order (`plan=pro` for one-hot parts). */
  featureNames: string[];
  /** Columns of the training file that are not inputs, and why (informational). */
  excluded: { name: string; reason: string }[];
  target: TargetEncoding;
}

/** The columns that feed the model by default: usable types, not the target. */
export function featureColumns(profiles: readonly ColumnProfile[], targetName: string, plan: DataPlan = DEFAULT_PLAN): ColumnProfile[] {
  return profiles.filter((p) => p.name !== targetName && roleOf(p, choiceFor(plan, p.name)) !== 'excluded');
}

/**
 * Fits the preprocessing of `inputs` and the target on `trainRows` only: no statistic, category or
 * automatic choice looks at another row.
 */
export function fitPreprocessing(
  data: Table | ColumnStore,
  inputs: readonly ColumnProfile[],
  target: TargetInfo,
  trainRows: ArrayLike<number>,
  missingTokens: readonly string[],
  plan: DataPlan = DEFAULT_PLAN,
  profiles: readonly ColumnProfile[] = inputs,
): Preprocessing {
  const store = asStore(data);
  const fitted = fitInputs(store, inputs, plan, trainRows);
  const used = new Set([...fitted.map((input) => input.name), target.name]);
  return {
    format: PREPROCESSING_FORMAT,
    version: PREPROCESSING_VERSION,
    missingTokens: [...missingTokens],
    decimalComma: store.decimalComma,
    featureClip: FEATURE_CLIP,
    inputs: fitted,
    featureNames: fitted.flatMap(featureNamesOf),
    excluded: profiles.filter((p) => !used.has(p.name)).map((p) => ({ name: p.name, reason: p.reason })),
    target: fitTarget(store, target, trainRows),
  };
}

export function featureNamesOf(input: InputColumn): string[] {
  const own =
    input.kind === 'categorical'
      ? input.encoding === 'ordinal'
        ? [input.name]
        : [...input.categories.map((category) => `${input.name}=${category}`), ...(input.otherBucket ? [`${input.name}=(other)`] : [])]
      : input.kind === 'date'
        ? input.parts.map((part) => `${input.name} ${part.part}`)
        : [input.name];
  return input.missingIndicator ? [...own, `${input.name} (missing)`] : own;
}

/**
 * Model inputs the preprocessing will produce, from the whole-table profiles: exact for numbers, yes/no
 * and dates, an upper bound for categories (the training rows may lack a rare one). For the live layer summary.
 */
export function estimateFeatureCount(profiles: readonly ColumnProfile[], targetName: string, plan: DataPlan = DEFAULT_PLAN): number {
  return featureColumns(profiles, targetName, plan).reduce((sum, profile) => {
    const column = resolveColumn(profile, choiceFor(plan, profile.name), factsOf(profile));
    const indicator = column.missingIndicator ? 1 : 0;
    if (column.role === 'date') return sum + DATE_PARTS.length + indicator;
    if (column.role !== 'categorical' || column.encoding === 'ordinal') return sum + 1 + indicator;
    const categories = profile.distinct + (column.impute === 'constant' && profile.missing > 0 ? 1 : 0);
    const kept = column.encoding === 'topk' ? column.topK : MAX_CATEGORIES;
    return sum + Math.min(categories, kept) + (categories > kept ? 1 : 0) + indicator;
  }, 0);
}
