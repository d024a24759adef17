import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FlatOptimizer } from './flatOptimizer';
import type { OptimizerName } from './settings';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const shapes = [[3, 4], [4], [4, 1]];
const startValues = () => shapes.map((shape, i) => tf.variable(tf.randomNormal(shape, 0, 1, 'float32', i + 1)));
/** Gradients that change from step to step, so momentum and moments matter. */
// Seeds start at 1: tfjs takes a seed of 0 as no seed at all.
const gradientsAt = (step: number) => shapes.map((shape, i) => tf.randomNormal(shape, 0, 1, 'float32', 100 * step + i + 1));

const TFJS: Record<OptimizerName, () => tf.Optimizer> = {
  adam: () => tf.train.adam(0.01),
  sgd: () => tf.train.momentum(0.01, 0.9),
  rmsprop: () => tf.train.rmsprop(0.01),
};

describe('FlatOptimizer', () => {
  it.each(['adam', 'sgd', 'rmsprop'] as const)('%s updates the variables as tfjs’s optimizer does, over several steps', (kind) => {
    const ours = startValues();
    const theirs = startValues();
    const flat = new FlatOptimizer(kind, 0.01, 0.9, ours);
    const reference = TFJS[kind]();
    for (let step = 0; step < 4; step++) {
      tf.tidy(() => flat.apply(gradientsAt(step)));
      tf.tidy(() => reference.applyGradients(theirs.map((v, i) => ({ name: v.name, tensor: gradientsAt(step)[i] as tf.Tensor }))));
    }
    ours.forEach((v, i) => {
      const expected = theirs[i]?.dataSync() as Float32Array;
      v.dataSync().forEach((value, j) => expect(value).toBeCloseTo(expected[j] as number, 5));
    });
    flat.dispose();
    reference.dispose();
    tf.dispose([...ours, ...theirs]);
  });

  it('carries its state over to a fresh copy (a change of backend mid-training)', async () => {
    const [first, second] = [startValues(), startValues()];
    const original = new FlatOptimizer('adam', 0.01, 0.9, first);
    for (let step = 0; step < 3; step++) tf.tidy(() => original.apply(gradientsAt(step)));
    // The copy starts from the same weights and the exported moments, then both take the same step.
    second.forEach((v, i) => v.assign(first[i] as tf.Variable));
    const copy = new FlatOptimizer('adam', 0.01, 0.9, second);
    copy.importState(await original.exportState());
    tf.tidy(() => original.apply(gradientsAt(3)));
    tf.tidy(() => copy.apply(gradientsAt(3)));
    second.forEach((v, i) => expect(Array.from(v.dataSync())).toEqual(Array.from(first[i]?.dataSync() as Float32Array)));
    original.dispose();
    copy.dispose();
    tf.dispose([...first, ...second]);
  });
});
