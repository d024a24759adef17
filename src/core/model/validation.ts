/**
 * Checks that keep a stack buildable and sensible, each explained in plain words. Errors block training;
 * warnings and notes teach. Only types come from spec.ts, which re-exports `validateModelSpec`.
 */
import { phrase, type Phrase } from '../text';
import { english } from '../texts';
import { HIDDEN_ACTIVATIONS, KERNEL_INITIALIZERS, MAX_HIDDEN_LAYERS, MAX_NOISE_STDDEV, MAX_PARAMS, MAX_REGULARIZATION, MAX_UNITS, hasDenseOptions } from './options';
import { countParams } from './params';
import type { HiddenLayerSpec, ModelSpec, OutputSpec } from './spec';
import type { MODEL_CHECK_TEXTS } from './texts';

type CheckText = Phrase<keyof typeof MODEL_CHECK_TEXTS>;

export type ProblemSeverity = 'error' | 'warning' | 'info';
export type LayerField = 'units' | 'activation' | 'kernelInitializer' | 'l1' | 'l2' | 'rate' | 'stddev';

export interface ModelProblem {
  severity: ProblemSeverity;
  /** The whole sentence, naming the layer ("Layer 2 (Dense): …"). */
  message: string;
  /** The same without the layer's name, for showing beside the layer itself. */
  detail: string;
  /** `message` and `detail` as messages, for the page to show in the person's language. */
  messageText: CheckText;
  detailText: CheckText;
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
  const stack = (severity: ProblemSeverity, text: CheckText) => problems.push(problem(severity, text, text, null, null));
  if (spec.hidden.length > MAX_HIDDEN_LAYERS) stack('error', phrase('modelCheck.tooManyLayers', { count: spec.hidden.length, max: MAX_HIDDEN_LAYERS }));
  spec.hidden.forEach((layer, index) => {
    const at = (severity: ProblemSeverity, field: LayerField | null, detail: CheckText) => problems.push(atLayer(severity, detail, layer, index, field));
    checkOptions(layer, at);
    checkNeighbours(layer, spec.hidden[index + 1], at);
  });
  const saturating = spec.hidden.filter((l) => hasDenseOptions(l) && SATURATING.has(l.activation)).length;
  if (saturating >= 4) stack('warning', phrase('modelCheck.saturating', { count: saturating }));
  checkSize(spec, context, stack);
  if (context) checkAgainstData(spec, context, problems, stack);
  return problems;
}

function problem(severity: ProblemSeverity, messageText: CheckText, detailText: CheckText, layerIndex: number | null, field: LayerField | null): ModelProblem {
  return { severity, message: english(messageText), detail: english(detailText), messageText, detailText, layerIndex, field };
}

/** A problem of one layer: the message names the layer, the detail does not. */
function atLayer(severity: ProblemSeverity, detail: CheckText, layer: HiddenLayerSpec, index: number, field: LayerField | null): ModelProblem {
  return problem(severity, phrase('modelCheck.atLayer', { index: index + 1, layer: phrase(`layer.${layer.kind}`), detail }), detail, index, field);
}

type Report = (severity: ProblemSeverity, field: LayerField | null, text: CheckText) => void;

function checkOptions(layer: HiddenLayerSpec, at: Report): void {
  if (hasDenseOptions(layer)) {
    if (!Number.isInteger(layer.units) || layer.units < 1 || layer.units > MAX_UNITS) {
      // Widths are written as machine-learning people write them: 4096, not 4,096.
      at('error', 'units', layer.units === 0 ? phrase('modelCheck.zeroUnits') : phrase('modelCheck.unitsRange', { max: String(MAX_UNITS) }));
    }
  }
  if (hasDenseOptions(layer) || layer.kind === 'activation') checkActivation(layer.activation, at);
  if (hasDenseOptions(layer)) {
    const initializer: string | undefined = layer.kernelInitializer;
    if (initializer !== undefined && !(KERNEL_INITIALIZERS as readonly string[]).includes(initializer)) at('error', 'kernelInitializer', phrase('modelCheck.unknownInitializer', { name: initializer }));
    checkRegularization(layer.l1, 'l1', at);
    checkRegularization(layer.l2, 'l2', at);
  }
  if (layer.kind === 'dropout') {
    if (!Number.isFinite(layer.rate) || layer.rate < 0 || layer.rate >= 1) {
      at('error', 'rate', phrase(layer.rate === 1 ? 'modelCheck.dropoutOne' : 'modelCheck.dropoutRange'));
    } else if (layer.rate > 0.5) at('warning', 'rate', phrase('modelCheck.dropoutHigh', { share: `${Math.round(layer.rate * 100)}%` }));
    else if (layer.rate === 0) at('info', 'rate', phrase('modelCheck.dropoutZero'));
  }
  if (layer.kind === 'gaussianNoise') {
    if (!Number.isFinite(layer.stddev) || layer.stddev < 0 || layer.stddev > MAX_NOISE_STDDEV) at('error', 'stddev', phrase('modelCheck.noiseRange', { max: MAX_NOISE_STDDEV }));
    else if (layer.stddev >= 1) at('warning', 'stddev', phrase('modelCheck.noiseHigh'));
  }
}

function checkActivation(activation: string, at: Report): void {
  if (activation === 'softmax') {
    at('error', 'activation', phrase('modelCheck.softmaxHidden'));
  } else if (!(HIDDEN_ACTIVATIONS as readonly string[]).includes(activation)) {
    at('error', 'activation', phrase('modelCheck.unknownActivation', { name: activation }));
  }
}

function checkRegularization(strength: number | undefined, field: 'l1' | 'l2', at: Report): void {
  if (strength === undefined) return;
  const name = field.toUpperCase();
  if (!Number.isFinite(strength) || strength < 0 || strength > MAX_REGULARIZATION) at('error', field, phrase('modelCheck.regularizationRange', { name, max: MAX_REGULARIZATION }));
  else if (strength > 0.1) at('warning', field, phrase('modelCheck.regularizationHigh', { name }));
}

/** Orders that work but waste effort or fight each other. */
function checkNeighbours(layer: HiddenLayerSpec, next: HiddenLayerSpec | undefined, at: Report): void {
  if (layer.kind === 'dense' && layer.activation === 'linear' && next && hasDenseOptions(next)) {
    at('warning', 'activation', phrase('modelCheck.linearThenDense'));
  }
  if (layer.kind === 'dense' && layer.activation !== 'linear' && next?.kind === 'activation') {
    at('info', 'activation', phrase('modelCheck.doubleActivation', { activation: layer.activation }));
  }
  if (layer.kind === 'dropout' && next?.kind === 'batchNormalization') {
    at('warning', null, phrase('modelCheck.dropoutBeforeBatchNorm'));
  }
}

/** Without the data, one input and one output give a lower bound, which the worker's check relies on. */
function checkSize(spec: ModelSpec, context: ValidationContext | undefined, stack: (s: ProblemSeverity, text: CheckText) => void): void {
  const params = countParams(spec, context?.inputDim ?? 1, context?.output.units ?? 1);
  const total = params.trainable + params.nonTrainable;
  if (total > MAX_PARAMS) {
    stack('error', phrase(context ? 'modelCheck.tooBig' : 'modelCheck.tooBigAtLeast', { millions: (total / 1e6).toFixed(1), max: MAX_PARAMS / 1e6 }));
  }
}

function checkAgainstData(spec: ModelSpec, context: ValidationContext, problems: ModelProblem[], stack: (s: ProblemSeverity, text: CheckText) => void): void {
  const { output } = context;
  if (spec.hidden.length === 0) stack('info', phrase(output.activation === 'linear' ? 'modelCheck.noHiddenLinear' : 'modelCheck.noHiddenLogistic'));
  if (output.activation === 'softmax') {
    spec.hidden.forEach((layer, index) => {
      if (layer.kind === 'dense' && layer.units > 0 && layer.units < output.units) {
        problems.push(atLayer('warning', phrase('modelCheck.narrow', { units: layer.units, classes: output.units }), layer, index, 'units'));
      }
    });
  }
}

/** The errors alone, as sentences: a stack with none can be built and trained. */
export function validateModelSpec(spec: ModelSpec, context?: ValidationContext): string[] {
  return checkModelSpec(spec, context).filter((p) => p.severity === 'error').map((p) => p.message);
}
