import * as tf from '@tensorflow/tfjs';
import { DEFAULT_KERNEL_INITIALIZER, MAX_HIDDEN_LAYERS, type KernelInitializer } from './options';
import { SeededDropout, SeededGaussianNoise } from './noiseLayers';
import { tfjsSeed } from './seeds';
import { INPUT_LAYER_NAME, OUTPUT_LAYER_NAME, tfLayerName, type DenseOptions, type HiddenLayerSpec, type ModelSpec, type OutputSpec } from './spec';

type Initializer = ReturnType<typeof tf.initializers.glorotUniform>;
const INITIALIZERS: Record<KernelInitializer, (args: { seed: number }) => Initializer> = {
  glorotUniform: tf.initializers.glorotUniform,
  glorotNormal: tf.initializers.glorotNormal,
  heUniform: tf.initializers.heUniform,
  heNormal: tf.initializers.heNormal,
  leCunUniform: tf.initializers.leCunUniform,
  leCunNormal: tf.initializers.leCunNormal,
};

/** A residual block's second kernel needs a seed of its own; this offset keeps it clear of every layer's seed. */
const SECOND_KERNEL_SEED_OFFSET = MAX_HIDDEN_LAYERS + 1;

type KernelOptions = Pick<DenseOptions, 'useBias' | 'kernelInitializer' | 'l1' | 'l2'>;

function denseLayer(options: KernelOptions, units: number, activation: OutputSpec['activation'] | DenseOptions['activation'], name: string, seed: number) {
  const { l1 = 0, l2 = 0 } = options;
  return tf.layers.dense({
    units,
    activation,
    useBias: options.useBias ?? true,
    kernelInitializer: INITIALIZERS[options.kernelInitializer ?? DEFAULT_KERNEL_INITIALIZER]({ seed: tfjsSeed(seed) }),
    ...(l1 > 0 || l2 > 0 ? { kernelRegularizer: tf.regularizers.l1l2({ l1, l2 }) } : {}),
    name,
  });
}

function width(tensor: tf.SymbolicTensor): number {
  return tensor.shape[tensor.shape.length - 1] as number;
}

function applyLayer(layer: HiddenLayerSpec, index: number, x: tf.SymbolicTensor, seed: number): tf.SymbolicTensor {
  const name = tfLayerName(index, layer.kind);
  const apply = (l: tf.layers.Layer, input: tf.SymbolicTensor | tf.SymbolicTensor[] = x) => l.apply(input) as tf.SymbolicTensor;
  switch (layer.kind) {
    case 'dense':
      return apply(denseLayer(layer, layer.units, layer.activation, name, seed + index));
    case 'residual': {
      const a = apply(denseLayer(layer, layer.units, layer.activation, tfLayerName(index, 'res_a'), seed + index));
      const b = apply(denseLayer(layer, width(x), 'linear', tfLayerName(index, 'res_b'), seed + index + SECOND_KERNEL_SEED_OFFSET), a);
      return apply(tf.layers.add({ name: tfLayerName(index, 'res_add') }), [x, b]);
    }
    case 'dropout':
      return apply(new SeededDropout({ rate: layer.rate, name, seed, layerIndex: index }));
    case 'batchNormalization':
      return apply(tf.layers.batchNormalization({ name }));
    case 'layerNormalization':
      return apply(tf.layers.layerNormalization({ name }));
    case 'activation':
      return apply(tf.layers.activation({ activation: layer.activation, name }));
    case 'gaussianNoise':
      return apply(new SeededGaussianNoise({ stddev: layer.stddev, name, seed, layerIndex: index }));
  }
}

/**
 * Builds the tfjs model a ModelSpec describes, with the functional API so residual blocks can add their
 * input back. Every kernel initializer is seeded from `seed` and the layer's index, so the same seed
 * gives the same starting weights; dropout and noise draw from sequences seeded the same way. Layer names follow `tfLayerName`, which exports rely on.
 */
export function buildModel(spec: ModelSpec, inputDim: number, output: OutputSpec, seed: number): tf.LayersModel {
  const input = tf.input({ shape: [inputDim], name: INPUT_LAYER_NAME });
  const hidden = spec.hidden.reduce((x, layer, index) => applyLayer(layer, index, x, seed), input);
  const head = denseLayer({}, output.units, output.activation, OUTPUT_LAYER_NAME, seed + spec.hidden.length);
  return tf.model({ inputs: input, outputs: head.apply(hidden) as tf.SymbolicTensor, name: 'layerlab' });
}
