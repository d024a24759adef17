import type * as tf from '@tensorflow/tfjs';
import { MAX_DIAGRAM_WEIGHTS, type LayerKernel } from './kernels';

/** The Dense kernels of a small trained model, for the diagram; an empty list for larger models. */
export function readKernels(model: tf.LayersModel): LayerKernel[] {
  if (model.countParams() > MAX_DIAGRAM_WEIGHTS) return [];
  return model.layers.flatMap((layer) => {
    if (layer.getClassName() !== 'Dense') return [];
    const [kernel] = layer.getWeights();
    if (!kernel || kernel.rank !== 2) return [];
    const [inputs, units] = kernel.shape as [number, number];
    return [{ name: layer.name, inputs, units, values: Float32Array.from(kernel.dataSync()) }];
  });
}
