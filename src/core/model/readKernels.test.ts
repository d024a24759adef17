import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from './build';
import { MAX_DIAGRAM_WEIGHTS } from './kernels';
import { readKernels } from './readKernels';
import { denseStack, MODEL_SPEC_VERSION, outputFor } from './spec';

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

describe('readKernels', () => {
  it('reads every Dense kernel of a small model by its tfjs name, row-major inputs × units', () => {
    const model = buildModel({ version: MODEL_SPEC_VERSION, hidden: [{ kind: 'dense', units: 3, activation: 'relu' }, { kind: 'dropout', rate: 0.1 }, { kind: 'residual', units: 2, activation: 'relu' }] }, 4, outputFor('multiclass', 3), 1);
    const kernels = readKernels(model);
    expect(kernels.map((k) => [k.name, k.inputs, k.units, k.values.length])).toEqual([
      ['l1_dense', 4, 3, 12],
      ['l3_res_a', 3, 2, 6],
      ['l3_res_b', 2, 3, 6],
      ['output', 3, 3, 9],
    ]);
    const expected = model.getLayer('l1_dense').getWeights()[0]!.arraySync() as number[][];
    expect(kernels[0]!.values[1 * 3 + 2]).toBeCloseTo(expected[1]![2]!, 6);
    model.dispose();
  });

  it('sends nothing for models too large to draw', () => {
    const model = buildModel(denseStack([64, 64]), 10, outputFor('binary', 2), 1);
    expect(model.countParams()).toBeGreaterThan(MAX_DIAGRAM_WEIGHTS);
    expect(readKernels(model)).toEqual([]);
    model.dispose();
  });
});
