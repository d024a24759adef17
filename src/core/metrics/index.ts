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
export { operatingPoint, type OperatingPoint } from './operatingPoint';
export { confusionAtStep, figuresAtStep, stepOfThreshold, thresholdAtStep, thresholdTable, type ThresholdFigures, type ThresholdTable } from './thresholds';
export { profitCurve, type ProfitCurve, type ProfitPoint } from './profit';
export { permutationImportance, type ColumnBlock, type ColumnImportance, type PermutationImportance } from './importance';
export { constantBaselineOutputs } from './baselines';
export { histogram, type Histogram } from './histogram';
export { downsampleParallel, evenlySpacedIndices } from './downsample';
export { testFigures, type Evaluation, type TestFigures } from './evaluation';
export {
  binaryReport,
  multiclassReport,
  regressionReport,
  type BinaryReport,
  type ClassFigures,
  type MulticlassReport,
  type RegressionReport,
} from './report';
