/**
 * What the Evaluate step shows, as plain data the worker builds once after training and sends to the
 * page: every figure is computed on the test split, and every list is bounded in size (curves of at
 * most `MAX_CURVE_POINTS`, a threshold table instead of per-row probabilities), so the message stays
 * small and the page draws it in a frame whatever the size of the data.
 */
import type { Preprocessing } from '../dataset/preprocessing';
import type { Phrase } from '../text';
import { precisionRecallCurve, rocCurve } from './binary';
import { gainsCurve, type GainsCurve } from './curves';
import { downsampleParallel } from './downsample';
import { histogram, type Histogram } from './histogram';
import type { PermutationImportance } from './importance';
import { hasNaN } from './ranking';
import { binaryReport, multiclassReport, regressionReport, type BinaryReport, type MulticlassReport, type RegressionReport } from './report';
import { thresholdTable, type ThresholdTable } from './thresholds';

export const MAX_CURVE_POINTS = 200;
export const MAX_SCATTER_POINTS = 1000;
export const RESIDUAL_BINS = 20;
/** Gains and lift at every whole percent of the rows. */
export const GAINS_POINTS = 100;

export interface BinaryFigures {
  task: 'binary';
  negativeClass: string;
  positiveClass: string;
  report: BinaryReport;
  /** Empty when the model's scores cannot be ranked (NaN) or the test split lacks a class. */
  roc: { fpr: number[]; tpr: number[] };
  precisionRecall: { recall: number[]; precision: number[] };
  gains: GainsCurve;
  thresholds: ThresholdTable;
}

export interface MulticlassFigures {
  task: 'multiclass';
  classes: string[];
  report: MulticlassReport;
}

export interface RegressionFigures {
  task: 'regression';
  targetName: string;
  /** In the target's own units. */
  report: RegressionReport;
  /** A systematic sample of the test rows, at most `MAX_SCATTER_POINTS`. */
  scatter: { actual: number[]; predicted: number[] };
  /** Of actual − predicted over all test rows. */
  residuals: Histogram;
}

export type TestFigures = BinaryFigures | MulticlassFigures | RegressionFigures;

/** A simple model trained on the same split, shown beside the network. */
export interface BaselineResult {
  kind: 'constant' | 'linear';
  /** Plain words: "Always the most common class", "Logistic regression". */
  title: string;
  /** Keyed as the network's test metrics. */
  metrics: Record<string, number>;
}

export interface ImportanceResult extends PermutationImportance {
  /** The score that shuffling lowers: key and plain name. */
  metric: 'auc' | 'accuracy' | 'r2';
  metricName: string;
  rowsUsed: number;
  repeats: number;
}

/** One input of the what-if form, generated from the fitted preprocessing; values are raw cell text. */
export type InputField =
  | { name: string; kind: 'numeric'; min: number; max: number; integer: boolean; initial: string }
  | { name: string; kind: 'categorical'; categories: string[]; initial: string }
  | { name: string; kind: 'text'; initial: string; hint: string };

export interface Evaluation {
  testRows: number;
  figures: TestFigures;
  baselines: BaselineResult[];
  /** Null when it could not be measured (a score undefined on this split). */
  importance: ImportanceResult | null;
  inputs: InputField[];
  /**
   * Plain-language notes on figures that could not be measured (baselines, importance): phrases
   * (`evaluate.unavailable.*`), or English text in results saved before the worker sent phrases.
   */
  unavailable: (string | Phrase)[];
}

/** Class index of each row from a one-hot encoded target. */
export function classIndices(encodedTarget: Float32Array, k: number, rowCount: number): Int32Array {
  const labels = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    for (let c = 0; c < k; c++) if (encodedTarget[i * k + c] === 1) labels[i] = c;
  }
  return labels;
}

/** Regression values back in the target's units. */
export function unscaled(pre: Preprocessing, values: Float32Array, rowCount: number): Float64Array {
  const target = pre.target;
  if (target.task !== 'regression') throw new RangeError('unscaled: the target is not a number.');
  return Float64Array.from(values.subarray(0, rowCount), (v) => v * target.std + target.mean);
}

/** Every test-split figure and chart the task calls for, from the encoded target and the model outputs. */
export function testFigures(pre: Preprocessing, encodedTarget: Float32Array, outputs: Float32Array, rowCount: number): TestFigures {
  const target = pre.target;
  if (target.task === 'binary') {
    const labels = encodedTarget.subarray(0, rowCount);
    const probs = outputs.subarray(0, rowCount);
    const report = binaryReport(labels, probs, target.threshold);
    const rankable = !hasNaN(probs) && report.confusion.tp + report.confusion.fn > 0 && report.confusion.tn + report.confusion.fp > 0;
    const roc = rankable ? rocCurve(labels, probs) : { fpr: [], tpr: [] };
    const pr = rankable ? precisionRecallCurve(labels, probs, { dropIntermediate: true }) : { recall: [], precision: [] };
    return {
      task: 'binary',
      negativeClass: target.classes[0],
      positiveClass: target.classes[1],
      report,
      roc: downsampleParallel({ fpr: roc.fpr, tpr: roc.tpr }, MAX_CURVE_POINTS),
      precisionRecall: downsampleParallel({ recall: pr.recall, precision: pr.precision }, MAX_CURVE_POINTS),
      gains: rankable ? gainsCurve(labels, probs, GAINS_POINTS) : { fraction: [], gain: [], lift: [] },
      thresholds: thresholdTable(labels, probs),
    };
  }
  if (target.task === 'multiclass') {
    const k = target.classes.length;
    return { task: 'multiclass', classes: [...target.classes], report: multiclassReport(classIndices(encodedTarget, k, rowCount), outputs.subarray(0, rowCount * k), k) };
  }
  const actual = unscaled(pre, encodedTarget, rowCount);
  const predicted = unscaled(pre, outputs, rowCount);
  return {
    task: 'regression',
    targetName: target.name,
    report: regressionReport(actual, predicted),
    scatter: downsampleParallel({ actual, predicted }, MAX_SCATTER_POINTS),
    residuals: histogram(actual.map((y, i) => y - (predicted[i] as number)), RESIDUAL_BINS),
  };
}
