import * as tf from '@tensorflow/tfjs';
import type { Task } from '../model/spec';

/** Probabilities are clipped to [ε, 1 − ε] inside the log, as tfjs's and Keras's cross-entropy losses do. */
export const PROBABILITY_EPSILON = 1e-7;

/** Sums over one batch, read every few steps: the epoch's training loss and metric are their means. */
export type BatchStats = {
  /** Σ loss (for cross-entropy: Σ log q, which `lossSign` turns into the loss). */
  loss: tf.Tensor;
  /** Σ correct rows (classification) or Σ |error| (regression). */
  metric: tf.Tensor;
};

/**
 * The loss of each task, matched to its output layer (sigmoid + binary cross-entropy, softmax +
 * categorical cross-entropy, linear + mean squared error). For these pairs the loss gradient with
 * respect to the output layer's pre-activation is (p − y) × `gradientScale`, which is what lets the
 * fast training step skip differentiating through the output activation and the loss.
 */
export interface TaskLoss {
  task: Task;
  gradientScale: number;
  /** −1 when the stats sum log-probabilities, so that loss = lossSign × Σ / rows. */
  lossSign: 1 | -1;
  /** Per-batch sums, unweighted by class so that training and validation curves compare. */
  batchStats: (p: tf.Tensor, y: tf.Tensor, difference: tf.Tensor) => BatchStats;
  /** Σ rowWeight × loss, for automatic differentiation (row weights hold class weight ÷ batch size). */
  weightedLoss: (p: tf.Tensor, y: tf.Tensor, rowWeights: tf.Tensor) => tf.Scalar;
  /** Mean loss and metric of model outputs against targets (row-major, `units` per row), in plain JS. */
  evaluate: (outputs: Float32Array, targets: Float32Array, units: number) => { loss: number; metric: number };
  /** Loss of a model that ignores the inputs (the class shares, or the mean): the yardstick for divergence. */
  baselineLoss: (targets: Float32Array, units: number) => number;
}

const clip = (p: number) => Math.min(1 - PROBABILITY_EPSILON, Math.max(PROBABILITY_EPSILON, p));

function classShares(targets: Float32Array, units: number): number[] {
  const rows = targets.length / units;
  if (units === 1) {
    let positives = 0;
    for (let i = 0; i < rows; i++) positives += targets[i] as number;
    return [1 - positives / rows, positives / rows];
  }
  const shares = new Array<number>(units).fill(0);
  for (let i = 0; i < targets.length; i++) shares[i % units] = (shares[i % units] as number) + (targets[i] as number) / rows;
  return shares;
}

const entropy = (shares: number[]) => -shares.reduce((sum, share) => sum + (share > 0 ? share * Math.log(clip(share)) : 0), 0);

const binary: TaskLoss = {
  task: 'binary',
  gradientScale: 1,
  lossSign: -1,
  batchStats: (_p, _y, difference) => {
    // y is 0 or 1, so the probability given to the true class is 1 − |p − y|.
    const miss = tf.abs(difference);
    return {
      loss: tf.sum(tf.log(tf.clipByValue(tf.sub(1, miss), PROBABILITY_EPSILON, 1 - PROBABILITY_EPSILON))),
      metric: tf.sum(tf.step(tf.sub(0.5, miss))),
    };
  },
  weightedLoss: (p, y, rowWeights) => {
    const clipped = tf.clipByValue(p, PROBABILITY_EPSILON, 1 - PROBABILITY_EPSILON);
    const logLikelihood = tf.add(tf.mul(y, tf.log(clipped)), tf.mul(tf.sub(1, y), tf.log(tf.sub(1, clipped))));
    return tf.neg(tf.sum(tf.mul(logLikelihood, rowWeights))) as tf.Scalar;
  },
  evaluate: (outputs, targets) => {
    let loss = 0;
    let correct = 0;
    for (let i = 0; i < outputs.length; i++) {
      const miss = Math.abs((outputs[i] as number) - (targets[i] as number));
      loss -= Math.log(clip(1 - miss));
      if (miss < 0.5) correct++;
    }
    return { loss: loss / outputs.length, metric: correct / outputs.length };
  },
  baselineLoss: (targets) => entropy(classShares(targets, 1)),
};

const multiclass: TaskLoss = {
  task: 'multiclass',
  gradientScale: 1,
  lossSign: -1,
  batchStats: (p, y) => {
    const trueClass = tf.sum(tf.mul(p, y), 1);
    return {
      loss: tf.sum(tf.log(tf.clipByValue(trueClass, PROBABILITY_EPSILON, 1 - PROBABILITY_EPSILON))),
      metric: tf.sum(tf.cast(tf.equal(trueClass, tf.max(p, 1)), 'float32')),
    };
  },
  weightedLoss: (p, y, rowWeights) => {
    const logLikelihood = tf.sum(tf.mul(y, tf.log(tf.clipByValue(p, PROBABILITY_EPSILON, 1 - PROBABILITY_EPSILON))), 1, true);
    return tf.neg(tf.sum(tf.mul(logLikelihood, rowWeights))) as tf.Scalar;
  },
  evaluate: (outputs, targets, units) => {
    const rows = outputs.length / units;
    let loss = 0;
    let correct = 0;
    for (let r = 0; r < rows; r++) {
      let best = 0;
      let truth = 0;
      for (let k = 1; k < units; k++) {
        if ((outputs[r * units + k] as number) > (outputs[r * units + best] as number)) best = k;
        if ((targets[r * units + k] as number) > (targets[r * units + truth] as number)) truth = k;
      }
      loss -= Math.log(clip(outputs[r * units + truth] as number));
      if (best === truth) correct++;
    }
    return { loss: loss / rows, metric: correct / rows };
  },
  baselineLoss: (targets, units) => entropy(classShares(targets, units)),
};

const regression: TaskLoss = {
  task: 'regression',
  gradientScale: 2,
  lossSign: 1,
  batchStats: (_p, _y, difference) => ({ loss: tf.sum(tf.square(difference)), metric: tf.sum(tf.abs(difference)) }),
  weightedLoss: (p, y, rowWeights) => tf.sum(tf.mul(tf.square(tf.sub(p, y)), rowWeights)),
  evaluate: (outputs, targets) => {
    let squared = 0;
    let absolute = 0;
    for (let i = 0; i < outputs.length; i++) {
      const error = (outputs[i] as number) - (targets[i] as number);
      squared += error * error;
      absolute += Math.abs(error);
    }
    return { loss: squared / outputs.length, metric: absolute / outputs.length };
  },
  baselineLoss: (targets) => {
    const mean = targets.reduce((sum, value) => sum + value, 0) / targets.length;
    return targets.reduce((sum, value) => sum + (value - mean) ** 2, 0) / targets.length;
  },
};

export const TASK_LOSSES: Record<Task, TaskLoss> = { binary, multiclass, regression };
