import type * as tf from '@tensorflow/tfjs';

/** One trained tfjs layer as plain data: what the exporters need, detached from tensors and backends. */
export interface LayerParams {
  /** tfjs class name, e.g. 'Dense', 'BatchNormalization'. */
  className: string;
  config: Record<string, unknown>;
  /** Weights by role ('kernel', 'bias', 'gamma', 'moving_mean'...), as tfjs stores them (row-major). */
  weights: Map<string, Float32Array>;
}

/** Trained layers by tfjs layer name, the key of the spec's naming contract (`tfLayerName`). */
export type ModelLayers = ReadonlyMap<string, LayerParams>;

/**
 * Reads every layer's configuration and weights once. Roles come from `originalName` ('l1_dense/kernel'):
 * `name` gets a numeric suffix when another model in the same process used the layer name before.
 */
export async function readModelLayers(model: tf.LayersModel): Promise<ModelLayers> {
  const layers = new Map<string, LayerParams>();
  for (const layer of model.layers) {
    const values = layer.getWeights();
    const weights = new Map<string, Float32Array>();
    for (const [index, variable] of layer.weights.entries()) {
      const role = variable.originalName.split('/').pop() ?? variable.originalName;
      weights.set(role, (await values[index]!.data()) as Float32Array);
    }
    layers.set(layer.name, { className: layer.getClassName(), config: layer.getConfig() as Record<string, unknown>, weights });
  }
  return layers;
}

/** The named layer, checked to be of the class the spec implies; a mismatch means the builder broke the contract. */
export function layerOf(layers: ModelLayers, name: string, className: string): LayerParams {
  const layer = layers.get(name);
  if (!layer) throw new Error(`The trained model has no layer "${name}".`);
  if (layer.className !== className) throw new Error(`Layer "${name}" is a ${layer.className}, expected ${className}.`);
  return layer;
}

export function weightOf(layer: LayerParams, role: string, layerName: string): Float32Array {
  const values = layer.weights.get(role);
  if (!values) throw new Error(`Layer "${layerName}" has no ${role} weights.`);
  return values;
}
