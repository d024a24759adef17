import { MISSING_TOKENS } from '../core/csv/cells';
import type { ColumnProfile } from '../core/csv/profile';
import { columnByName, dayValues, labelAt, numberValues, type ColumnStore, type StoredColumn } from '../core/csv/store';
import type { Table } from '../core/csv/table';
import { tableFromStore } from '../core/csv/tableStore';
import { encodeStoredFeatures, type EncodedFeatures } from '../core/dataset/encode';
import { balancedClassWeights, rarestClass, weighsClasses } from '../core/dataset/classBalance';
import { encodeTarget, targetRows } from '../core/dataset/encodeTarget';
import { DEFAULT_PLAN, type DataPlan } from '../core/dataset/plan';
import { featureColumns, fitPreprocessing, type Preprocessing } from '../core/dataset/preprocessing';
import { splitProblems, quantileStrata, splitByTime, splitRows, type RowSplit } from '../core/dataset/split';
import { describeTarget, type TargetInfo } from '../core/dataset/target';
import { allOf, UserError } from '../core/errors';
import { phrase } from '../core/text';
import { VERIFICATION_ROWS } from '../core/export/verification';

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
  /**
   * Per class index, the weight of its training rows (n / (classes × n_class)), when the plan asks for
   * class weights on a classification target, or leaves it automatic and one class is rare (the data
   * check's rule); null otherwise. In tfjs `classWeight` form.
   */
  classWeights: Record<number, number> | null;
  /** The first test rows as text, for the exported bundle's self-check. */
  testSample: Table;
}

/**
 * From the loaded table to encoded train / validation / test arrays: target checks, a seeded split
 * (stratified for classes, or in time by a date column), and preprocessing fitted on the training rows only.
 */
export function prepareData(store: ColumnStore, profiles: readonly ColumnProfile[], targetName: string, positiveClass: string | null, seed: number, plan: DataPlan = DEFAULT_PLAN): PreparedData {
  const targetProfile = profiles.find((p) => p.name === targetName);
  const targetColumn = columnByName(store, targetName);
  if (!targetProfile || !targetColumn) throw new UserError('unknown-target', phrase('prepare.unknownTarget', { column: targetName }));
  const target = describeTarget(targetProfile, positiveClass ?? undefined);
  if (target.problemText) throw new UserError('bad-target', target.problemText);
  const inputs = featureColumns(profiles, targetName, plan);
  if (inputs.length === 0) {
    throw new UserError('no-inputs', phrase('prepare.noInputs', { target: targetName }));
  }
  const rows = targetRows(targetColumn, store.rowCount, target.task, target.classes);
  if (rows.length < MIN_ROWS) {
    throw new UserError('too-few-rows', phrase('prepare.tooFewRows', { rows: rows.length, target: targetName, min: MIN_ROWS }));
  }
  const split = splitFor(store, profiles, targetColumn, target, rows, plan, seed);
  const pre = fitPreprocessing(store, inputs, target, split.train, MISSING_TOKENS, plan, profiles);
  if (pre.featureNames.length === 0) {
    throw new UserError('no-inputs', phrase('prepare.noValues', { target: targetName }));
  }
  const encode = (part: Int32Array): SplitData => ({ features: encodeStoredFeatures(pre, store, part), target: encodeTarget(pre, targetColumn, part, store.rowCount) });
  return {
    target,
    pre,
    split,
    train: encode(split.train),
    validation: encode(split.validation),
    test: encode(split.test),
    droppedForTarget: store.rowCount - rows.length,
    classWeights: classWeightsFor(plan, targetColumn, target, rows, split.train),
    testSample: tableFromStore(store, split.test.subarray(0, VERIFICATION_ROWS)),
  };
}

function splitFor(store: ColumnStore, profiles: readonly ColumnProfile[], targetColumn: StoredColumn, target: TargetInfo, rows: number[], plan: DataPlan, seed: number): RowSplit {
  const problems = splitProblems(plan.split);
  if (problems.length > 0) throw new UserError('bad-split', allOf(problems));
  const byDate = plan.split.byDate;
  if (byDate !== null) {
    const profile = profiles.find((p) => p.name === byDate);
    const column = columnByName(store, byDate);
    const order = plan.columns.find((choice) => choice.name === byDate)?.dateOrder ?? profile?.date?.order;
    if (!column || !order) throw new UserError('bad-split', phrase('split.notDates', { column: byDate }));
    return splitByTime(rows, plan.split, dayValues(column, order, store.rowCount));
  }
  const classIndex = new Map(target.classes.map((label, k) => [label, k]));
  const numbers = target.task === 'regression' ? numberValues(targetColumn, store.rowCount) : null;
  const strata = numbers
    ? quantileStrata(rows.map((row) => numbers[row] as number))
    : rows.map((row) => classIndex.get(labelAt(targetColumn, row) ?? '') ?? 0);
  return splitRows(rows, plan.split, seed, strata);
}

/** Whether a class is rare is judged on all usable rows, as the data check does; the weights come from the training rows. */
function classWeightsFor(plan: DataPlan, column: StoredColumn, target: TargetInfo, usableRows: readonly number[], trainRows: Int32Array): Record<number, number> | null {
  if (target.task === 'regression') return null;
  if (!weighsClasses(plan.classWeights, rarestClass(classCounts(column, target, usableRows)) !== null)) return null;
  return balancedClassWeights(classCounts(column, target, trainRows));
}

function classCounts(column: StoredColumn, target: TargetInfo, rows: ArrayLike<number>): number[] {
  const index = new Map(target.classes.map((label, k) => [label, k]));
  const counts = new Array<number>(target.classes.length).fill(0);
  for (let i = 0; i < rows.length; i++) {
    const k = index.get(labelAt(column, rows[i] as number) ?? '');
    if (k !== undefined) counts[k] = (counts[k] as number) + 1;
  }
  return counts;
}
