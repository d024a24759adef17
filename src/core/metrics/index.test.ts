import { describe, expect, it } from 'vitest';
import * as metrics from './index';

describe('metrics index', () => {
  it('re-exports the public API by its exact names', () => {
    const names = [
      'argmaxRows',
      'averagePrecision',
      'binaryLogLoss',
      'binaryReport',
      'confusionAtThreshold',
      'confusionMatrix',
      'gainsCurve',
      'meanAbsoluteError',
      'meanAbsolutePercentageError',
      'multiclassLogLoss',
      'multiclassReport',
      'precisionRecallCurve',
      'r2Score',
      'regressionReport',
      'rocAuc',
      'rocCurve',
      'rootMeanSquaredError',
    ];
    expect(Object.keys(metrics).sort()).toEqual(names);
    for (const name of names) expect(typeof metrics[name as keyof typeof metrics]).toBe('function');
  });
});
