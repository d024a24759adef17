/** Evaluation metrics: pure functions over plain or typed arrays, safe to run in the worker and in tests. */
export {
  averagePrecision,
  binaryLogLoss,
  confusionAtThreshold,
  precisionRecallCurve,
  rocAuc,
  rocCurve,
  type Confusion,
  type PrecisionRecallCurve,
  type RocCurve,
} from './binary';
export { argmaxRows, confusionMatrix, multiclassLogLoss } from './multiclass';
export { meanAbsoluteError, meanAbsolutePercentageError, r2Score, rootMeanSquaredError } from './regression';
export { gainsCurve, type GainsCurve } from './curves';
export {
  binaryReport,
  multiclassReport,
  regressionReport,
  type BinaryReport,
  type ClassFigures,
  type MulticlassReport,
  type RegressionReport,
} from './report';
