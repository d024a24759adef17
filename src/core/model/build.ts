import * as tf from '@tensorflow/tfjs';
import { OUTPUT_LAYER_NAME, tfLayerName, type ModelSpec, type OutputSpec } from './spec';

/**
 * Builds the tfjs model a ModelSpec describes. Initial weights are seeded per layer, so the same seed
 * and backend give the same training curve.
 */
export function buildModel(spec: ModelSpec, inputDim: number, output: OutputSpec, seed: number): tf.Sequential {
  const model = tf.sequential();
  spec.hidden.forEach((layer, index) => {
    if (layer.kind !== 'dense') throw new Error(`Layer kind ${layer.kind} is not built yet.`);
    model.add(
      tf.layers.dense({
        units: layer.units,
        activation: layer.activation,
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + index }),
        name: tfLayerName(index, 'dense'),
        ...(index === 0 ? { inputShape: [inputDim] } : {}),
      }),
    );
  });
  model.add(
    tf.layers.dense({
      units: output.units,
      activation: output.activation,
      kernelInitializer: tf.initializers.glorotUniform({ seed: seed + spec.hidden.length }),
      name: OUTPUT_LAYER_NAME,
      ...(spec.hidden.length === 0 ? { inputShape: [inputDim] } : {}),
    }),
  );
  return model;
}
