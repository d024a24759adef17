/**
 * Checks that keep a stack buildable and sensible, each explained in plain words. Errors block training;
 * warnings and notes teach. Only types come from spec.ts, which re-exports `validateModelSpec`.
 */
import { LAYER_TITLES } from './help';
import { HIDDEN_ACTIVATIONS, KERNEL_INITIALIZERS, MAX_HIDDEN_LAYERS, MAX_NOISE_STDDEV, MAX_PARAMS, MAX_REGULARIZATION, MAX_UNITS, hasDenseOptions } from './options';
import { countParams } from './params';
import type { HiddenLayerSpec, ModelSpec, OutputSpec } from './spec';

export type ProblemSeverity = 'error' | 'warning' | 'info';
export type LayerField = 'units' | 'activation' | 'kernelInitializer' | 'l1' | 'l2' | 'rate' | 'stddev';

export interface ModelProblem {
  severity: ProblemSeverity;
  /** The whole sentence, naming the layer ("Layer 2 (Dense): …"). */
  message: string;
  /** The same without the layer's name, for showing beside the layer itself. */
  detail: string;
  /** The spec layer it concerns, or null for the stack as a whole. */
  layerIndex: number | null;
  field: LayerField | null;
}

/** What the data tells about the model's ends; checks that need it run only when it is given. */
export interface ValidationContext {
  inputDim: number;
  output: OutputSpec;
}

const SATURATING = new Set<string>(['sigmoid', 'tanh', 'hardSigmoid', 'softsign']);

export function checkModelSpec(spec: ModelSpec, context?: ValidationContext): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const stack = (severity: ProblemSeverity, message: string) => problems.push({ severity, message, detail: message, layerIndex: null, field: null });
  if (spec.hidden.length > MAX_HIDDEN_LAYERS) stack('error', `There are ${spec.hidden.length} layers; at most ${MAX_HIDDEN_LAYERS} are supported.`);
  spec.hidden.forEach((layer, index) => {
    const at = (severity: ProblemSeverity, field: LayerField | null, detail: string) =>
      problems.push({ severity, message: `Layer ${index + 1} (${LAYER_TITLES[layer.kind]}): ${detail}`, detail, layerIndex: index, field });
    checkOptions(layer, at);
    checkNeighbours(layer, spec.hidden[index + 1], at);
  });
  const saturating = spec.hidden.filter((l) => hasDenseOptions(l) && SATURATING.has(l.activation)).length;
  if (saturating >= 4) stack('warning', `${saturating} layers use sigmoid-like activations, which learn slowly in deep stacks. relu, or residual blocks, train much faster.`);
  checkSize(spec, context, stack);
  if (context) checkAgainstData(spec, context, problems, stack);
  return problems;
}

type Report = (severity: ProblemSeverity, field: LayerField | null, text: string) => void;

function checkOptions(layer: HiddenLayerSpec, at: Report): void {
  if (hasDenseOptions(layer)) {
    if (!Number.isInteger(layer.units) || layer.units < 1 || layer.units > MAX_UNITS) {
      at('error', 'units', layer.units === 0 ? 'a layer with 0 units passes nothing on, so nothing after it could learn. Use at least 1.' : `units must be a whole number from 1 to ${MAX_UNITS}.`);
    }
  }
  if (hasDenseOptions(layer) || layer.kind === 'activation') checkActivation(layer.activation, at);
  if (hasDenseOptions(layer)) {
    const initializer: string | undefined = layer.kernelInitializer;
    if (initializer !== undefined && !(KERNEL_INITIALIZERS as readonly string[]).includes(initializer)) at('error', 'kernelInitializer', `unknown weight initializer "${initializer}".`);
    checkRegularization(layer.l1, 'l1', at);
    checkRegularization(layer.l2, 'l2', at);
  }
  if (layer.kind === 'dropout') {
    if (!Number.isFinite(layer.rate) || layer.rate < 0 || layer.rate >= 1) {
      at('error', 'rate', layer.rate === 1 ? 'a dropout rate of 1 switches off every output, so nothing reaches the next layer. Use less than 1; 0.2 to 0.5 is usual.' : 'the dropout rate must be at least 0 and less than 1.');
    } else if (layer.rate > 0.5) at('warning', 'rate', `switching off ${Math.round(layer.rate * 100)}% of the outputs leaves little to learn from; above 0.5 rarely helps.`);
    else if (layer.rate === 0) at('info', 'rate', 'a rate of 0 switches nothing off, so this layer does nothing.');
  }
  if (layer.kind === 'gaussianNoise') {
    if (!Number.isFinite(layer.stddev) || layer.stddev < 0 || layer.stddev > MAX_NOISE_STDDEV) at('error', 'stddev', `the noise level must be from 0 to ${MAX_NOISE_STDDEV}.`);
    else if (layer.stddev >= 1) at('warning', 'stddev', 'noise this strong is as large as the scaled data itself and hides the patterns; try 0.05 to 0.3.');
  }
}

function checkActivation(activation: string, at: Report): void {
  if (activation === 'softmax') {
    at('error', 'activation', 'softmax turns values into shares that sum to 1, which throws away their size; it belongs only in the output layer of a classifier, which Layerlab sets for you. Use relu here.');
  } else if (!(HIDDEN_ACTIVATIONS as readonly string[]).includes(activation)) {
    at('error', 'activation', `unknown activation "${activation}".`);
  }
}

function checkRegularization(strength: number | undefined, field: 'l1' | 'l2', at: Report): void {
  if (strength === undefined) return;
  const name = field.toUpperCase();
  if (!Number.isFinite(strength) || strength < 0 || strength > MAX_REGULARIZATION) at('error', field, `the ${name} strength must be from 0 to ${MAX_REGULARIZATION}.`);
  else if (strength > 0.1) at('warning', field, `an ${name} strength above 0.1 pushes the weights towards 0 so hard that the model may learn nothing; 0.0001 to 0.01 is usual.`);
}

/** Orders that work but waste effort or fight each other. */
function checkNeighbours(layer: HiddenLayerSpec, next: HiddenLayerSpec | undefined, at: Report): void {
  if (layer.kind === 'dense' && layer.activation === 'linear' && next && hasDenseOptions(next)) {
    at('warning', 'activation', 'two Dense layers with no bend between them act like one. Give this layer an activation such as relu, or put an Activation layer after it.');
  }
  if (layer.kind === 'dense' && layer.activation !== 'linear' && next?.kind === 'activation') {
    at('info', 'activation', `the next layer applies a second activation right after this layer’s ${layer.activation}. To activate after a normalisation instead, set this layer to linear.`);
  }
  if (layer.kind === 'dropout' && next?.kind === 'batchNormalization') {
    at('warning', null, 'batch normalisation right after dropout learns averages that do not hold when predicting. Put the batch normalisation before the dropout.');
  }
}

/** Without the data, one input and one output give a lower bound, which the worker's check relies on. */
function checkSize(spec: ModelSpec, context: ValidationContext | undefined, stack: (s: ProblemSeverity, m: string) => void): void {
  const params = countParams(spec, context?.inputDim ?? 1, context?.output.units ?? 1);
  const total = params.trainable + params.nonTrainable;
  if (total > MAX_PARAMS) {
    stack('error', `This network has ${context ? '' : 'at least '}${(total / 1e6).toFixed(1)} million weights; more than ${MAX_PARAMS / 1e6} million would not fit in this browser tab while training. Use fewer or narrower layers.`);
  }
}

function checkAgainstData(spec: ModelSpec, context: ValidationContext, problems: ModelProblem[], stack: (s: ProblemSeverity, m: string) => void): void {
  const { output } = context;
  if (spec.hidden.length === 0) {
    stack('info', output.activation === 'linear'
      ? 'No hidden layer: this is linear regression, a good baseline to beat.'
      : 'No hidden layer: this is logistic regression, a good baseline to beat.');
  }
  if (output.activation === 'softmax') {
    spec.hidden.forEach((layer, index) => {
      if (layer.kind === 'dense' && layer.units > 0 && layer.units < output.units) {
        const detail = `${layer.units} units is narrower than the ${output.units} classes the model must tell apart, which may lose information.`;
        problems.push({ severity: 'warning', layerIndex: index, field: 'units', message: `Layer ${index + 1} (Dense): ${detail}`, detail });
      }
    });
  }
}

/** The errors alone, as sentences: a stack with none can be built and trained. */
export function validateModelSpec(spec: ModelSpec, context?: ValidationContext): string[] {
  return checkModelSpec(spec, context).filter((p) => p.severity === 'error').map((p) => p.message);
}
