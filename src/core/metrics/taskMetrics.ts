import type { Preprocessing } from '../dataset/preprocessing';
import { classIndices, unscaled } from './evaluation';
import { binaryReport, multiclassReport, regressionReport } from './report';

/**
 * The headline test-set figures for a task, keyed as in the test-hook contract
 * (`metric-<key>`): regression figures are in the target's original units.
 */
export function taskMetrics(pre: Preprocessing, encodedTarget: Float32Array, outputs: Float32Array, rowCount: number): Record<string, number> {
  const target = pre.target;
  if (target.task === 'binary') {
    const report = binaryReport(encodedTarget.subarray(0, rowCount), outputs.subarray(0, rowCount), target.threshold);
    return { accuracy: report.accuracy, auc: report.auc, precision: report.precision, recall: report.recall, f1: report.f1, logloss: report.logloss };
  }
  if (target.task === 'multiclass') {
    const k = target.classes.length;
    const report = multiclassReport(classIndices(encodedTarget, k, rowCount), outputs.subarray(0, rowCount * k), k);
    return { accuracy: report.accuracy, precision: report.precision, recall: report.recall, f1: report.f1, logloss: report.logloss };
  }
  const report = regressionReport(unscaled(pre, encodedTarget, rowCount), unscaled(pre, outputs, rowCount));
  return { mae: report.mae, rmse: report.rmse, r2: report.r2 };
}
