/**
 * The layer stack as plain, versioned data. The UI edits it, the worker builds a tfjs model from it, and
 * exports describe it; nothing here depends on tfjs.
 */
export const MODEL_SPEC_VERSION = 1;


/** Activations a hidden layer may use: those tfjs-layers offers that make sense between Dense layers. */
export const HIDDEN_ACTIVATIONS = ['relu', 'relu6', 'elu', 'selu', 'gelu', 'swish', 'mish', 'tanh', 'sigmoid', 'hardSigmoid', 'softplus', 'softsign', 'linear'] as const;
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

export const KERNEL_INITIALIZERS = ['glorotUniform', 'glorotNormal', 'heUniform', 'heNormal', 'leCunUniform', 'leCunNormal'] as const;
export type KernelInitializer = (typeof KERNEL_INITIALIZERS)[number];

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
 * B maps back to the width of x with a linear activation (so the sum is defined).
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

export const MAX_UNITS = 4096;
export const MAX_HIDDEN_LAYERS = 32;

/** Problems that make a stack impossible, each in plain words; empty when the stack can be built. */
export function validateModelSpec(spec: ModelSpec): string[] {
  const problems: string[] = [];
  if (spec.hidden.length > MAX_HIDDEN_LAYERS) problems.push(`At most ${MAX_HIDDEN_LAYERS} hidden layers are supported.`);
  spec.hidden.forEach((layer, index) => {
    if (layer.kind !== 'dense') return;
    if (!Number.isInteger(layer.units) || layer.units < 1 || layer.units > MAX_UNITS) {
      problems.push(`Layer ${index + 1}: units must be a whole number from 1 to ${MAX_UNITS}.`);
    }
    if (!HIDDEN_ACTIVATIONS.includes(layer.activation)) {
      problems.push(`Layer ${index + 1}: unknown activation "${String(layer.activation)}".`);
    }
  });
  return problems;
}

export interface LayerSummaryRow {
  name: string;
  outputShape: [null, number];
  params: number;
}

/** Keras-style summary (output shape and parameter count per layer), computed without tfjs. */
export function summarizeModel(spec: ModelSpec, inputDim: number, output: OutputSpec): LayerSummaryRow[] {
  const rows: LayerSummaryRow[] = [];
  let width = inputDim;
  spec.hidden.forEach((layer, index) => {
    if (layer.kind !== 'dense') return;
    rows.push({ name: `dense_${index + 1} (${layer.activation})`, outputShape: [null, layer.units], params: width * layer.units + layer.units });
    width = layer.units;
  });
  rows.push({ name: `output (${output.activation})`, outputShape: [null, output.units], params: width * output.units + output.units });
  return rows;
}
