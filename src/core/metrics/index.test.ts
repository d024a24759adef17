import { describe, expect, it } from 'vitest';
import * as metrics from './index';

describe('metrics index', () => {
  it('re-exports the public API by its exact names', () => {
    const names = [
      'argmaxRows',
      'averagePrecision',
      'binaryLogLoss',
      'binaryReport',
      'confusionAtStep',
      'confusionAtThreshold',
      'confusionMatrix',
      'constantBaselineOutputs',
      'downsampleParallel',
      'evenlySpacedIndices',
      'figuresAtStep',
      'gainsCurve',
      'histogram',
      'meanAbsoluteError',
      'meanAbsolutePercentageError',
      'multiclassLogLoss',
      'multiclassReport',
      'operatingPoint',
      'permutationImportance',
      'precisionRecallCurve',
      'profitCurve',
      'r2Score',
      'regressionReport',
      'rocAuc',
      'rocCurve',
      'rootMeanSquaredError',
      'stepOfThreshold',
      'testFigures',
      'thresholdAtStep',
      'thresholdTable',
    ];
    expect(Object.keys(metrics).sort()).toEqual(names);
    for (const name of names) expect(typeof metrics[name as keyof typeof metrics]).toBe('function');
  });
});
