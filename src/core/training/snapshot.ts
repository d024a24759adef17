import * as tf from '@tensorflow/tfjs';
import type { OptimizerState } from './flatOptimizer';

/**
 * A model's weights (trainable and not, e.g. batch-norm statistics) copied into plain arrays: they
 * outlive the backend they were read from, so training can resume elsewhere after a backend fails.
 */
export type WeightValues = Float32Array[];

/** The state at the end of a finished epoch: what training resumes from. */
export interface Checkpoint {
  epoch: number;
  weights: WeightValues;
  optimizer: OptimizerState | null;
}

export async function readWeights(model: tf.LayersModel): Promise<WeightValues> {
  // getWeights returns the variables themselves: read them, never dispose them.
  return Promise.all(model.getWeights().map(async (weight) => (await weight.data()) as Float32Array));
}

export function writeWeights(model: tf.LayersModel, values: WeightValues): void {
  const shapes = model.getWeights().map((weight) => weight.shape);
  tf.tidy(() => model.setWeights(values.map((value, i) => tf.tensor(value, shapes[i]))));
}
