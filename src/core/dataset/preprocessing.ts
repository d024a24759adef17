import { isMissingCell, parseNumberCell } from '../csv/cells';
import type { ColumnProfile } from '../csv/profile';
import type { Table } from '../csv/table';
import type { TargetInfo } from './target';

/**
 * Everything needed to turn a raw CSV row into the model's input and the model's output back into a
 * label or value. It is plain JSON: the worker fits it, the bundle ships it as `preprocessing.json`, and
 * the scoring scripts apply it. Every statistic comes from the training split only.
 */
export const PREPROCESSING_FORMAT = 'layerlab.preprocessing';
export const PREPROCESSING_VERSION = 1;

export interface NumericInput {
  name: string;
  kind: 'numeric';
  /** Replaces a missing or unreadable value (the training mean). */
  impute: number;
  /** Standardisation: (value - mean) / std. */
  mean: number;
  std: number;
}

export interface CategoricalInput {
  name: string;
  kind: 'categorical';
  /** One-hot order; a value not in the list (unseen or rare) encodes as all zeros. */
  categories: string[];
  /** Replaces a missing value (the training split's most frequent category). */
  impute: string;
}

export type InputColumn = NumericInput | CategoricalInput;

export type TargetEncoding =
  | { name: string; task: 'binary'; classes: [string, string]; positiveClass: string; threshold: number }
  | { name: string; task: 'multiclass'; classes: string[] }
  | { name: string; task: 'regression'; mean: number; std: number };

export interface Preprocessing {
  format: typeof PREPROCESSING_FORMAT;
  version: typeof PREPROCESSING_VERSION;
  /** Cells equal to one of these (after trimming, case-insensitive) are missing. */
  missingTokens: readonly string[];
  decimalComma: boolean;
  inputs: InputColumn[];
  /** One name per model input, in order (`state=KS` for one-hot parts). */
  featureNames: string[];
  target: TargetEncoding;
}

/** Categories beyond this many (by training frequency) share the all-zeros encoding. */
export const MAX_ONE_HOT = 50;

export function featureColumns(profiles: readonly ColumnProfile[], targetName: string): ColumnProfile[] {
  return profiles.filter((p) => p.name !== targetName && (p.type === 'numeric' || p.type === 'categorical'));
}

export function fitPreprocessing(
  table: Table,
  inputs: readonly ColumnProfile[],
  target: TargetInfo,
  trainRows: ArrayLike<number>,
  missingTokens: readonly string[],
): Preprocessing {
  const fitted = inputs.map((profile): InputColumn => {
    const cells = table.columns[table.names.indexOf(profile.name)] ?? [];
    return profile.type === 'numeric'
      ? fitNumeric(profile.name, cells, trainRows, table.decimalComma)
      : fitCategorical(profile.name, cells, trainRows);
  });
  return {
    format: PREPROCESSING_FORMAT,
    version: PREPROCESSING_VERSION,
    missingTokens,
    decimalComma: table.decimalComma,
    inputs: fitted,
    featureNames: fitted.flatMap((input) => (input.kind === 'numeric' ? [input.name] : input.categories.map((c) => `${input.name}=${c}`))),
    target: fitTarget(table, target, trainRows),
  };
}

function fitNumeric(name: string, cells: readonly string[], rows: ArrayLike<number>, decimalComma: boolean): NumericInput {
  let count = 0;
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < rows.length; i++) {
    const value = parseNumberCell(cells[rows[i] as number] ?? '', decimalComma);
    if (!Number.isFinite(value)) continue;
    count++;
    sum += value;
    sumSquares += value * value;
  }
  const mean = count > 0 ? sum / count : 0;
  const std = count > 0 ? Math.sqrt(Math.max(0, sumSquares / count - mean * mean)) : 0;
  // A column constant on the training split carries no information; std 1 keeps the encoding finite.
  return { name, kind: 'numeric', impute: mean, mean, std: std > 1e-12 ? std : 1 };
}

function fitCategorical(name: string, cells: readonly string[], rows: ArrayLike<number>): CategoricalInput {
  const counts = countValues(cells, rows);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const categories = ranked.slice(0, MAX_ONE_HOT).map(([value]) => value).sort();
  return { name, kind: 'categorical', categories, impute: ranked[0]?.[0] ?? '' };
}

function fitTarget(table: Table, target: TargetInfo, rows: ArrayLike<number>): TargetEncoding {
  if (target.task === 'binary') {
    return { name: target.name, task: 'binary', classes: [target.classes[0]!, target.classes[1]!], positiveClass: target.positiveClass ?? target.classes[1]!, threshold: 0.5 };
  }
  if (target.task === 'multiclass') return { name: target.name, task: 'multiclass', classes: [...target.classes] };
  const scaling = fitNumeric(target.name, table.columns[table.names.indexOf(target.name)] ?? [], rows, table.decimalComma);
  return { name: target.name, task: 'regression', mean: scaling.mean, std: scaling.std };
}

function countValues(cells: readonly string[], rows: ArrayLike<number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const raw = cells[rows[i] as number] ?? '';
    if (isMissingCell(raw)) continue;
    const value = raw.trim();
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/**
 * Model inputs the preprocessing will produce, from the whole-table profile: exact for numeric columns,
 * an upper bound for categories (the training split may lack a rare one). For the live layer summary.
 */
export function estimateFeatureCount(profiles: readonly ColumnProfile[], targetName: string): number {
  return featureColumns(profiles, targetName).reduce((sum, p) => sum + (p.type === 'numeric' ? 1 : Math.min(p.distinct, MAX_ONE_HOT)), 0);
}
