import type { ColumnProfile } from '../core/csv/profile';
import { MISSING_TOKENS } from '../core/csv/cells';
import { columnOf, type Table } from '../core/csv/table';
import { encodeFeatures, encodeTarget, targetRows, type EncodedFeatures } from '../core/dataset/encode';
import { featureColumns, fitPreprocessing, type Preprocessing } from '../core/dataset/preprocessing';
import { DEFAULT_SPLIT, splitRows, type RowSplit } from '../core/dataset/split';
import { describeTarget, type TargetInfo } from '../core/dataset/target';
import { UserError } from '../core/errors';

/** Fewer usable rows than this cannot be split into train, validation and test in a meaningful way. */
export const MIN_ROWS = 20;

export interface SplitData {
  features: EncodedFeatures;
  target: Float32Array;
}

export interface PreparedData {
  target: TargetInfo;
  pre: Preprocessing;
  split: RowSplit;
  train: SplitData;
  validation: SplitData;
  test: SplitData;
  droppedForTarget: number;
}

/**
 * From the loaded table to encoded train / validation / test arrays: target checks, seeded (stratified)
 * split, preprocessing fitted on the training rows only.
 */
export function prepareData(table: Table, profiles: readonly ColumnProfile[], targetName: string, positiveClass: string | null, seed: number): PreparedData {
  const targetProfile = profiles.find((p) => p.name === targetName);
  const targetCells = columnOf(table, targetName);
  if (!targetProfile || !targetCells) throw new UserError('unknown-target', `There is no column "${targetName}" in this table. Choose the column to predict from the list.`);
  const target = describeTarget(targetProfile, positiveClass ?? undefined);
  if (target.problem) throw new UserError('bad-target', target.problem);
  const inputs = featureColumns(profiles, targetName);
  if (inputs.length === 0) {
    throw new UserError('no-inputs', `Apart from "${targetName}" there is no column with numbers or categories to learn from. Add input columns to the file.`);
  }
  const rows = targetRows({ decimalComma: table.decimalComma }, targetCells, target.task, target.classes);
  if (rows.length < MIN_ROWS) {
    throw new UserError('too-few-rows', `Only ${rows.length} rows have a usable value in "${targetName}"; at least ${MIN_ROWS} are needed to train and test a model.`);
  }
  const classIndex = new Map(target.classes.map((c, k) => [c, k]));
  const strata = target.task === 'regression' ? undefined : rows.map((row) => classIndex.get((targetCells[row] ?? '').trim()) ?? 0);
  const split = splitRows(rows, DEFAULT_SPLIT, seed, strata);
  const pre = fitPreprocessing(table, inputs, target, split.train, MISSING_TOKENS);
  const lookup = (name: string) => columnOf(table, name);
  const encode = (part: Int32Array): SplitData => ({ features: encodeFeatures(pre, lookup, part), target: encodeTarget(pre, targetCells, part) });
  return { target, pre, split, train: encode(split.train), validation: encode(split.validation), test: encode(split.test), droppedForTarget: table.rowCount - rows.length };
}
