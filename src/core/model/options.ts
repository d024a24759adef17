/**
 * The choices and limits a layer's options may take. Kept apart from the spec's types so that
 * validation, help texts and the UI share one list without importing each other; it imports only types,
 * so spec.ts can re-export from the modules built on it without a cycle at load time.
 */
import type { DenseLayerSpec, HiddenLayerSpec, ResidualLayerSpec } from './spec';

/** Activations a hidden layer may use: those tfjs-layers offers that make sense between Dense layers. */
export const HIDDEN_ACTIVATIONS = ['relu', 'relu6', 'elu', 'selu', 'gelu', 'swish', 'mish', 'tanh', 'sigmoid', 'hardSigmoid', 'softplus', 'softsign', 'linear'] as const;
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

/** Every kernel initializer here takes a seed in tfjs, which keeps builds reproducible. */
export const KERNEL_INITIALIZERS = ['glorotUniform', 'glorotNormal', 'heUniform', 'heNormal', 'leCunUniform', 'leCunNormal'] as const;
export type KernelInitializer = (typeof KERNEL_INITIALIZERS)[number];
export const DEFAULT_KERNEL_INITIALIZER: KernelInitializer = 'glorotUniform';

/** The layer kinds in the order the palette offers them. */
export const LAYER_KINDS = ['dense', 'dropout', 'batchNormalization', 'layerNormalization', 'activation', 'gaussianNoise', 'residual'] as const;

export const MAX_UNITS = 4096;
export const MAX_HIDDEN_LAYERS = 32;
/** Above this, the weights and the optimizer's copies of them no longer fit comfortably in a browser tab. */
export const MAX_PARAMS = 20_000_000;
/** L1/L2 strengths above this make the penalty outweigh the data entirely. */
export const MAX_REGULARIZATION = 1;
/** Inputs are standardised to a spread of 1; noise far beyond that only hides the data. */
export const MAX_NOISE_STDDEV = 10;
/** Bytes per weight: tfjs trains in float32. */
export const BYTES_PER_PARAM = 4;

/** Whether a layer owns Dense kernels (and so has units, activation, initializer, bias and regularisation). */
export function hasDenseOptions(layer: HiddenLayerSpec): layer is DenseLayerSpec | ResidualLayerSpec {
  return layer.kind === 'dense' || layer.kind === 'residual';
}
