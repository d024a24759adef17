import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build';
import { outputFor, type HiddenLayerSpec, type ModelSpec, type Task } from '../model/spec';
import { ShuffledBatches } from './batches';
import { modelPenalties, penaltyTensor } from './regularization';
import { TASK_LOSSES } from './taskLoss';
import { createTrainingStep } from './trainingStep';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const ROWS = 12;
const INPUTS = 5;
const RATE = 0.1;

function data(task: Task, units: number) {
  const random = tf.randomUniform([ROWS, INPUTS], -2, 2, 'float32', 11).dataSync() as Float32Array;
  const targets = new Float32Array(ROWS * units);
  for (let r = 0; r < ROWS; r++) {
    if (task === 'regression') targets[r] = Math.sin(r);
    else if (task === 'binary') targets[r] = r % 3 === 0 ? 1 : 0;
    else targets[r * units + (r % units)] = 1;
  }
  return { features: random, targets, rows: ROWS, inputs: INPUTS, outputs: units, classWeights: task === 'regression' ? null : { 0: 0.7, 1: 2.1, 2: 1.3 } };
}

/** One plain SGD step by tfjs's automatic differentiation of the same weighted loss: the reference. */
function referenceStep(model: tf.LayersModel, task: Task, units: number) {
  const batches = new ShuffledBatches(data(task, units), ROWS, 1);
  batches.shuffle(1, 1);
  const batch = batches.batch(0);
  const variables = model.trainableWeights.map((w) => w.read() as tf.Variable);
  tf.tidy(() => {
    const { grads } = tf.variableGrads(() => {
      const p = model.apply(batch.x, { training: true }) as tf.Tensor;
      return tf.add(TASK_LOSSES[task].weightedLoss(p, batch.y, batch.rowWeights), penaltyTensor(modelPenalties(model)));
    }, variables);
    for (const v of variables) v.assign(tf.sub(v, tf.mul(grads[v.name] as tf.Tensor, RATE)));
  });
  tf.dispose([batch.x, batch.y, batch.rowWeights]);
}

function ourStep(model: tf.LayersModel, task: Task, units: number): string {
  const step = createTrainingStep(model, TASK_LOSSES[task], { optimizer: 'sgd', learningRate: RATE, momentum: 0 });
  const batches = new ShuffledBatches(data(task, units), ROWS, step.rowWeightScale);
  batches.shuffle(1, 1);
  const batch = batches.batch(0);
  const stats = step.run(batch);
  tf.dispose([batch.x, batch.y, batch.rowWeights, stats.loss, stats.metric]);
  step.dispose();
  return step.kind;
}

const dense = (units: number, activation: string, extra: object = {}) => ({ kind: 'dense', units, activation, ...extra }) as HiddenLayerSpec;
const cases: { name: string; task: Task; hidden: HiddenLayerSpec[]; kind: 'fast' | 'general' }[] = [
  { name: 'binary, relu + tanh, L1/L2 and a layer without bias', task: 'binary', hidden: [dense(6, 'relu', { l1: 0.01, l2: 0.02 }), dense(4, 'tanh', { useBias: false })], kind: 'fast' },
  { name: 'multi-class, elu + sigmoid', task: 'multiclass', hidden: [dense(6, 'elu'), dense(4, 'sigmoid')], kind: 'fast' },
  { name: 'regression, relu6 + linear', task: 'regression', hidden: [dense(6, 'relu6'), dense(3, 'linear')], kind: 'fast' },
  { name: 'regression, no hidden layer', task: 'regression', hidden: [], kind: 'fast' },
  { name: 'binary with layer normalisation (automatic differentiation)', task: 'binary', hidden: [dense(6, 'relu'), { kind: 'layerNormalization' }], kind: 'general' },
  { name: 'binary with a softplus layer (automatic differentiation)', task: 'binary', hidden: [dense(6, 'softplus')], kind: 'general' },
];

describe('a training step', () => {
  it.each(cases)('$name: moves the weights exactly as SGD on tfjs gradients does', ({ task, hidden, kind }) => {
    const units = task === 'multiclass' ? 3 : 1;
    const spec: ModelSpec = { version: 1, hidden };
    const ours = buildModel(spec, INPUTS, outputFor(task, units), 5);
    const reference = buildModel(spec, INPUTS, outputFor(task, units), 5);
    const before = ours.getWeights().map((w) => w.dataSync().slice());
    expect(ourStep(ours, task, units)).toBe(kind);
    referenceStep(reference, task, units);
    const expected = reference.getWeights().map((w) => w.dataSync());
    ours.getWeights().forEach((weight, i) => {
      const values = weight.dataSync();
      // The step moved the weights (a step that does nothing would match nothing but itself).
      if (i === 0) expect(values.some((v, j) => Math.abs(v - (before[0]?.[j] as number)) > 1e-4)).toBe(true);
      values.forEach((v, j) => expect(v).toBeCloseTo(expected[i]?.[j] as number, 5));
    });
    ours.dispose();
    reference.dispose();
  });
});
