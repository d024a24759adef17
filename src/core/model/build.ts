import * as tf from '@tensorflow/tfjs';
import type { ModelSpec, OutputSpec } from './spec';

/**
 * Builds the tfjs model a ModelSpec describes. Initial weights are seeded per layer, so the same seed
 * and backend give the same training curve.
 */
export function buildModel(spec: ModelSpec, inputDim: number, output: OutputSpec, seed: number): tf.Sequential {
  const model = tf.sequential();
  spec.hidden.forEach((layer, index) => {
    model.add(
      tf.layers.dense({
        units: layer.units,
        activation: layer.activation,
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + index }),
        name: `dense_${index + 1}`,
        ...(index === 0 ? { inputShape: [inputDim] } : {}),
      }),
    );
  });
  model.add(
    tf.layers.dense({
      units: output.units,
      activation: output.activation,
      kernelInitializer: tf.initializers.glorotUniform({ seed: seed + spec.hidden.length }),
      name: 'output',
      ...(spec.hidden.length === 0 ? { inputShape: [inputDim] } : {}),
    }),
  );
  return model;
}
