/**
 * The exporter's input: a trained network as plain arrays, detached from tfjs so the writer can run
 * anywhere (worker, Node, tests) and so its contract is checkable without a model in memory.
 */

/**
 * Activation names follow tfjs-layers. 'leakyRelu' is not a tfjs activation identifier but the
 * `tf.layers.leakyReLU()` layer; it is exported with that layer's default slope, 0.3.
 */
export type OnnxActivation = 'linear'|'relu'|'relu6'|'elu'|'selu'|'tanh'|'sigmoid'|'hardSigmoid'|'softplus'|'softsign'|'swish'|'mish'|'gelu'|'leakyRelu'|'softmax';

export type OnnxLayer =
  | { op: 'dense'; inputDim: number; units: number; kernel: Float32Array /* row-major inputDim×units, as tfjs stores Dense kernels */; bias: Float32Array | null; activation: OnnxActivation }
  | { op: 'activation'; activation: OnnxActivation }
  | { op: 'batchNorm'; gamma: Float32Array | null; beta: Float32Array | null; movingMean: Float32Array; movingVariance: Float32Array; epsilon: number } // inference form
  | { op: 'layerNorm'; gamma: Float32Array | null; beta: Float32Array | null; epsilon: number } // over the last axis
  | { op: 'identity' } // Dropout, GaussianNoise at inference
  | { op: 'residual'; body: OnnxLayer[] }; // output = input + body(input)

export interface OnnxNetwork { inputDim: number; layers: OnnxLayer[]; inputName?: string /* default 'features' */; outputName?: string /* default 'output' */ }

export const DEFAULT_INPUT_NAME = 'features';
export const DEFAULT_OUTPUT_NAME = 'output';

/**
 * Checks that every array has the length its layer implies and returns the output width. A mismatch
 * means the caller copied weights wrongly; failing here names the layer, whereas onnxruntime would only
 * reject the file later with a shape error about anonymous tensors.
 */
export function validateNetwork(net: OnnxNetwork): number {
  if (!isPositiveInteger(net.inputDim)) throw new Error(`inputDim must be a positive integer, got ${net.inputDim}.`);
  return validateLayers(net.layers, net.inputDim, 'layers');
}

function validateLayers(layers: readonly OnnxLayer[], inputWidth: number, path: string): number {
  return layers.reduce((width, layer, index) => validateLayer(layer, width, `${path}[${index}]`), inputWidth);
}

function validateLayer(layer: OnnxLayer, width: number, path: string): number {
  const expectLength = (name: string, values: Float32Array | null, length: number): void => {
    if (values !== null && values.length !== length) {
      throw new Error(`${path} (${layer.op}): ${name} has ${values.length} values, expected ${length}.`);
    }
  };
  switch (layer.op) {
    case 'dense':
      if (layer.inputDim !== width) throw new Error(`${path} (dense): inputDim is ${layer.inputDim} but the previous layer outputs ${width}.`);
      if (!isPositiveInteger(layer.units)) throw new Error(`${path} (dense): units must be a positive integer, got ${layer.units}.`);
      expectLength('kernel', layer.kernel, layer.inputDim * layer.units);
      expectLength('bias', layer.bias, layer.units);
      return layer.units;
    case 'batchNorm':
      expectLength('gamma', layer.gamma, width);
      expectLength('beta', layer.beta, width);
      expectLength('movingMean', layer.movingMean, width);
      expectLength('movingVariance', layer.movingVariance, width);
      return width;
    case 'layerNorm':
      expectLength('gamma', layer.gamma, width);
      expectLength('beta', layer.beta, width);
      return width;
    case 'residual': {
      const bodyWidth = validateLayers(layer.body, width, `${path}.body`);
      if (bodyWidth !== width) throw new Error(`${path} (residual): the body outputs ${bodyWidth} values but its input has ${width}; they cannot be added.`);
      return width;
    }
    case 'activation':
    case 'identity':
      return width;
  }
}

function isPositiveInteger(value: number): boolean {
  return Number.isInteger(value) && value > 0;
}
