/**
 * The layer stack as plain, versioned data. The UI edits it, the worker builds a tfjs model from it, and
 * exports describe it; nothing here depends on tfjs.
 */
import type { HiddenActivation, KernelInitializer } from './options';

export type { HiddenActivation, KernelInitializer } from './options';
export { hasDenseOptions } from './options';
// The worker checks a spec through this module, its entry point to the model's data.
export { validateModelSpec } from './validation';

export const MODEL_SPEC_VERSION = 1;

/** Options shared by every layer that owns a Dense kernel. */
export interface DenseOptions {
  units: number;
  activation: HiddenActivation;
  /** Default true. */
  useBias?: boolean;
  /** Default 'glorotUniform'. */
  kernelInitializer?: KernelInitializer;
  /** Kernel regularisation strengths; default 0. */
  l1?: number;
  l2?: number;
}

export interface DenseLayerSpec extends DenseOptions {
  kind: 'dense';
}

export interface DropoutLayerSpec {
  kind: 'dropout';
  /** Share of outputs switched off during training, 0 ≤ rate < 1. */
  rate: number;
}

export interface BatchNormLayerSpec {
  kind: 'batchNormalization';
}

export interface LayerNormLayerSpec {
  kind: 'layerNormalization';
}

export interface ActivationLayerSpec {
  kind: 'activation';
  activation: HiddenActivation;
}

export interface GaussianNoiseLayerSpec {
  kind: 'gaussianNoise';
  /** Standard deviation of the noise added during training. */
  stddev: number;
}

/**
 * Two Dense layers with a skip connection: y = x + B(A(x)), where A has `units` and `activation` and
 * B maps back to the width of x with a linear activation (so the sum is defined). Bias, initializer and
 * regularisation apply to both.
 */
export interface ResidualLayerSpec extends DenseOptions {
  kind: 'residual';
}

export type HiddenLayerSpec =
  | DenseLayerSpec
  | DropoutLayerSpec
  | BatchNormLayerSpec
  | LayerNormLayerSpec
  | ActivationLayerSpec
  | GaussianNoiseLayerSpec
  | ResidualLayerSpec;

export type LayerKind = HiddenLayerSpec['kind'];

export interface ModelSpec {
  version: typeof MODEL_SPEC_VERSION;
  hidden: HiddenLayerSpec[];
}

/**
 * The tfjs layer names the builder gives each spec layer; exports find weights by these names.
 * Layer i (0-based) is `l{i+1}_{kind}`; a residual block's parts are `l{i+1}_res_a`, `l{i+1}_res_b`
 * and `l{i+1}_res_add`; the output layer is `output`.
 */
export function tfLayerName(index: number, part: LayerKind | 'res_a' | 'res_b' | 'res_add'): string {
  return `l${index + 1}_${part}`;
}
export const OUTPUT_LAYER_NAME = 'output';
export const INPUT_LAYER_NAME = 'input';

export type Task = 'binary' | 'multiclass' | 'regression';

/** The output layer follows the task; it is derived, never edited. */
export interface OutputSpec {
  units: number;
  activation: 'sigmoid' | 'softmax' | 'linear';
  loss: 'binaryCrossentropy' | 'categoricalCrossentropy' | 'meanSquaredError';
}

export function outputFor(task: Task, classCount: number): OutputSpec {
  switch (task) {
    case 'binary':
      return { units: 1, activation: 'sigmoid', loss: 'binaryCrossentropy' };
    case 'multiclass':
      return { units: classCount, activation: 'softmax', loss: 'categoricalCrossentropy' };
    case 'regression':
      return { units: 1, activation: 'linear', loss: 'meanSquaredError' };
  }
}

export function denseStack(widths: readonly number[], activation: HiddenActivation = 'relu'): ModelSpec {
  return { version: MODEL_SPEC_VERSION, hidden: widths.map((units) => ({ kind: 'dense', units, activation })) };
}

/** The suggested stack: two hidden layers, narrowing, which suits most tabular data of modest size. */
export function defaultModelSpec(): ModelSpec {
  return denseStack([64, 32]);
}

