/**
 * The acceptance property of the builder: for hundreds of random valid stacks, the summary computed
 * without tfjs matches the tfjs model build.ts makes (names, classes, output shapes, parameter counts),
 * and spec → JSON → spec is lossless.
 */
import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from './build';
import { modelSpecToJson, parseModelSpec } from './json';
import { HIDDEN_ACTIVATIONS, KERNEL_INITIALIZERS } from './options';
import { MODEL_SPEC_VERSION, outputFor, type HiddenLayerSpec, type ModelSpec } from './spec';
import { summarizeModel } from './summary';
import { checkModelSpec } from './validation';
import { checkProperty } from '../../test/fastCheckTally';

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

const strength = fc.double({ min: 0, max: 0.01, noNaN: true });
const denseOptions = {
  units: fc.integer({ min: 1, max: 24 }),
  activation: fc.constantFrom(...HIDDEN_ACTIVATIONS),
  useBias: fc.boolean(),
  kernelInitializer: fc.constantFrom(...KERNEL_INITIALIZERS),
  l1: strength,
  l2: strength,
};
const optional = { requiredKeys: ['kind', 'units', 'activation'] as ('kind' | 'units' | 'activation')[] };

const layerArbitrary: fc.Arbitrary<HiddenLayerSpec> = fc.oneof(
  fc.record({ kind: fc.constant('dense' as const), ...denseOptions }, optional),
  fc.record({ kind: fc.constant('residual' as const), ...denseOptions }, optional),
  fc.record({ kind: fc.constant('dropout' as const), rate: fc.double({ min: 0, max: 0.5, noNaN: true }) }),
  fc.record({ kind: fc.constant('batchNormalization' as const) }),
  fc.record({ kind: fc.constant('layerNormalization' as const) }),
  fc.record({ kind: fc.constant('activation' as const), activation: fc.constantFrom(...HIDDEN_ACTIVATIONS) }),
  fc.record({ kind: fc.constant('gaussianNoise' as const), stddev: fc.double({ min: 0, max: 0.9, noNaN: true }) }),
);

const specArbitrary: fc.Arbitrary<ModelSpec> = fc.array(layerArbitrary, { maxLength: 8 }).map((hidden) => ({ version: MODEL_SPEC_VERSION, hidden }));
const outputArbitrary = fc.oneof(
  fc.constant(outputFor('binary', 2)),
  fc.constant(outputFor('regression', 0)),
  fc.integer({ min: 3, max: 6 }).map((classes) => outputFor('multiclass', classes)),
);

const sizeOf = (weights: readonly tf.LayerVariable[]) => weights.reduce((sum, w) => sum + w.shape.reduce((p: number, d) => p * (d ?? 1), 1), 0);

describe('summary against the tfjs model', () => {
  it('gives the same layers, shapes and parameter counts for random valid stacks', () => {
    checkProperty(
      fc.property(specArbitrary, fc.integer({ min: 1, max: 20 }), outputArbitrary, fc.nat(1000), (spec, inputDim, output, seed) => {
        expect(checkModelSpec(spec, { inputDim, output }).filter((p) => p.severity === 'error')).toEqual([]);
        const summary = summarizeModel(spec, inputDim, output);
        const model = buildModel(spec, inputDim, output, seed);
        try {
          expect(model.layers.map((l) => l.name)).toEqual(summary.rows.map((r) => r.name));
          summary.rows.forEach((row, i) => {
            const layer = model.layers[i] as tf.layers.Layer;
            expect(layer.getClassName()).toBe(row.className);
            expect(layer.outputShape).toEqual(row.outputShape);
            expect(layer.countParams()).toBe(row.params);
            expect(sizeOf(layer.trainableWeights)).toBe(row.trainable);
          });
          expect(model.countParams()).toBe(summary.totalParams);
          expect(sizeOf(model.trainableWeights)).toBe(summary.trainableParams);
          expect(model.outputs[0]?.shape).toEqual([null, output.units]);
        } finally {
          model.dispose();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('JSON', () => {
  it('round-trips every valid stack losslessly', () => {
    checkProperty(
      fc.property(specArbitrary, (spec) => {
        expect(parseModelSpec(modelSpecToJson(spec))).toEqual({ ok: true, spec });
      }),
      { numRuns: 500 },
    );
  });
});

describe('seeded builds', () => {
  const spec: ModelSpec = {
    version: MODEL_SPEC_VERSION,
    hidden: [{ kind: 'dense', units: 6, activation: 'relu', kernelInitializer: 'heNormal' }, { kind: 'residual', units: 6, activation: 'tanh' }],
  };
  const kernels = (seed: number) => {
    const model = buildModel(spec, 6, outputFor('binary', 2), seed);
    const values = Object.fromEntries(['l1_dense', 'l2_res_a', 'l2_res_b', 'output'].map((name) => [name, Array.from(model.getLayer(name).getWeights()[0]!.dataSync())]));
    model.dispose();
    return values;
  };

  it('gives the same starting weights for the same seed, and others for another seed', () => {
    const first = kernels(7);
    expect(kernels(7)).toEqual(first);
    expect(kernels(8).l1_dense).not.toEqual(first.l1_dense);
  });

  it('seeds the two kernels of a residual block apart, even when they have the same shape', () => {
    const { l2_res_a: a, l2_res_b: b } = kernels(7);
    expect(a).toHaveLength(b!.length);
    expect(a).not.toEqual(b);
  });
});
