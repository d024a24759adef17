/**
 * The layer stack as plain, versioned data. The UI edits it, the worker builds a tfjs model from it, and
 * exports describe it; nothing here depends on tfjs.
 */
export const MODEL_SPEC_VERSION = 1;

export const HIDDEN_ACTIVATIONS = ['relu', 'elu', 'selu', 'tanh', 'sigmoid', 'softplus', 'swish', 'linear'] as const;
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

export interface DenseLayerSpec {
  kind: 'dense';
  units: number;
  activation: HiddenActivation;
}

export type HiddenLayerSpec = DenseLayerSpec;

export interface ModelSpec {
  version: typeof MODEL_SPEC_VERSION;
  hidden: HiddenLayerSpec[];
}

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
    rows.push({ name: `dense_${index + 1} (${layer.activation})`, outputShape: [null, layer.units], params: width * layer.units + layer.units });
    width = layer.units;
  });
  rows.push({ name: `output (${output.activation})`, outputShape: [null, output.units], params: width * output.units + output.units });
  return rows;
}
