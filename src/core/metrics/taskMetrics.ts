import type { Preprocessing } from '../dataset/preprocessing';
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
    const labels = new Int32Array(rowCount);
    for (let i = 0; i < rowCount; i++) {
      for (let c = 0; c < k; c++) if (encodedTarget[i * k + c] === 1) labels[i] = c;
    }
    const report = multiclassReport(labels, outputs.subarray(0, rowCount * k), k);
    return { accuracy: report.accuracy, precision: report.precision, recall: report.recall, f1: report.f1, logloss: report.logloss };
  }
  const unscale = (values: Float32Array) => Float64Array.from(values.subarray(0, rowCount), (v) => v * target.std + target.mean);
  const report = regressionReport(unscale(encodedTarget), unscale(outputs));
  return { mae: report.mae, rmse: report.rmse, r2: report.r2 };
}
