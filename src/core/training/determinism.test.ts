import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build';
import { MODEL_SPEC_VERSION, outputFor, type ModelSpec } from '../model/spec';
import { createRandom } from '../random';
import { TrainingControl } from './control';
import { fitModel, startProgress } from './fit';
import { DEFAULT_TRAINING } from './settings';
import { TASK_LOSSES } from './taskLoss';

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

const INPUTS = 4;

/**
 * Every source of randomness in one stack: a normal initializer (tfjs's normal generators take a seed of 0
 * as "no seed"), dropout and Gaussian noise (drawn anew at every step), which also rule out the fast
 * Dense path, so training goes through the layers themselves.
 */
const NOISY_STACK: ModelSpec = {
  version: MODEL_SPEC_VERSION,
  hidden: [
    // First: its initializer's seed is the training seed itself, 0 for seed 0.
    { kind: 'dense', units: 8, activation: 'relu', kernelInitializer: 'heNormal' },
    { kind: 'gaussianNoise', stddev: 0.3 },
    { kind: 'dropout', rate: 0.3 },
    { kind: 'dense', units: 4, activation: 'tanh', kernelInitializer: 'glorotNormal' },
  ],
};

/** Rows whose class follows x0 + x1. */
function rows(count: number, seed: number) {
  const random = createRandom(seed);
  const features = Float32Array.from({ length: count * INPUTS }, () => random() * 2 - 1);
  const targets = Float32Array.from({ length: count }, (_, r) => Number((features[r * INPUTS] as number) + (features[r * INPUTS + 1] as number) > 0));
  return { features, targets, rows: count };
}

/** Trains the noisy stack from scratch with this seed; returns every epoch's losses and metrics. */
async function curve(seed: number): Promise<number[][]> {
  const settings = { ...DEFAULT_TRAINING, epochs: 3, batchSize: 16, patience: 0, lrPatience: 0, learningRate: 0.01, seed };
  const model = buildModel(NOISY_STACK, INPUTS, outputFor('binary', 2), seed);
  try {
    const outcome = await fitModel({
      model,
      loss: TASK_LOSSES.binary,
      train: { ...rows(160, 1), inputs: INPUTS, outputs: 1, classWeights: null },
      validation: rows(60, 2),
      settings,
      metricScale: 1,
      control: new TrainingControl(),
      progress: startProgress(settings),
      onEpoch: () => {},
      onBatch: () => {},
      onPause: () => {},
    });
    return outcome.history.map((r) => [r.loss, r.valLoss, r.metric, r.valMetric]);
  } finally {
    model.dispose();
  }
}

describe('the same seed gives the same curve', () => {
  it('with dropout, Gaussian noise and normal initializers', async () => {
    const first = await curve(7);
    expect(first).toHaveLength(3);
    expect(await curve(7)).toEqual(first);
    expect(await curve(8)).not.toEqual(first);
  });

  it('with seed 0 too', async () => {
    const first = await curve(0);
    expect(await curve(0)).toEqual(first);
    expect(first).not.toEqual(await curve(7));
  });

  it('draws a new dropout mask and new noise at every step, not one fixed draw', async () => {
    const model = buildModel(NOISY_STACK, INPUTS, outputFor('binary', 2), 3);
    const x = tf.ones([2, INPUTS]);
    const draws = [0, 1, 2].map(() => tf.tidy(() => (model.apply(x, { training: true }) as tf.Tensor).arraySync()));
    expect(draws[1]).not.toEqual(draws[0]);
    expect(draws[2]).not.toEqual(draws[1]);
    // Out of training, both layers pass their input through.
    const [a, b] = [0, 1].map(() => tf.tidy(() => (model.predict(x) as tf.Tensor).arraySync()));
    expect(a).toEqual(b);
    tf.dispose(x);
    model.dispose();
  });
});
