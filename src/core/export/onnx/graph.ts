/**
 * Lowers the layer stack to an ONNX graph. Only opset-13 operators are used, so the file loads in any
 * runtime that supports opset 13; newer fused operators (LayerNormalization, Gelu, Mish) are spelled
 * out from basic ones instead.
 */
import { emitActivation } from './activations';
import { GraphBuilder } from './graphBuilder';
import type { OnnxLayer, OnnxNetwork } from './network';
import { DEFAULT_INPUT_NAME, DEFAULT_OUTPUT_NAME, validateNetwork } from './network';
import type { OnnxGraph } from './onnxProto';

/** The symbolic batch dimension, so one file scores any number of rows. */
const BATCH_DIM = 'batch';

export function lowerNetwork(net: OnnxNetwork): OnnxGraph {
  const inputName = net.inputName ?? DEFAULT_INPUT_NAME;
  const outputName = net.outputName ?? DEFAULT_OUTPUT_NAME;
  if (!inputName || !outputName || inputName === outputName) {
    throw new Error(`Input and output names must be non-empty and distinct, got "${inputName}" and "${outputName}".`);
  }
  const outputWidth = validateNetwork(net);
  const graph = new GraphBuilder([inputName, outputName]);
  graph.publish(emitLayers(graph, inputName, net.layers, 'layers'), outputName);
  return {
    name: 'layerlab',
    nodes: graph.nodes,
    initializers: graph.initializers,
    inputs: [{ name: inputName, shape: [BATCH_DIM, net.inputDim] }],
    outputs: [{ name: outputName, shape: [BATCH_DIM, outputWidth] }],
  };
}

function emitLayers(graph: GraphBuilder, x: string, layers: readonly OnnxLayer[], path: string): string {
  return layers.reduce((value, layer, index) => emitLayer(graph, value, layer, `${path}.${index}`), x);
}

function emitLayer(graph: GraphBuilder, x: string, layer: OnnxLayer, scope: string): string {
  switch (layer.op) {
    case 'dense': {
      // tfjs stores the kernel as inputDim×units, exactly Gemm's B with transB=0 (the default).
      const kernel = graph.weight(scope, 'kernel', [layer.inputDim, layer.units], layer.kernel);
      const inputs = layer.bias ? [x, kernel, graph.weight(scope, 'bias', [layer.units], layer.bias)] : [x, kernel];
      return emitActivation(graph, graph.node(scope, 'Gemm', inputs), layer.activation, scope);
    }
    case 'activation':
      return emitActivation(graph, x, layer.activation, scope);
    case 'batchNorm':
      return emitBatchNorm(graph, x, layer, scope);
    case 'layerNorm':
      return emitLayerNorm(graph, x, layer, scope);
    case 'identity':
      // Dropout and noise layers do nothing at inference, so they leave no trace in the graph.
      return x;
    case 'residual':
      return graph.node(scope, 'Add', [x, emitLayers(graph, x, layer.body, `${scope}.body`)]);
  }
}

/**
 * Kept as one BatchNormalization node (rather than folded into Mul/Add) so viewers show the layer the
 * person built and the moving statistics stay inspectable. ONNX requires scale and bias, so a layer
 * trained without them gets the neutral 1 and 0.
 */
function emitBatchNorm(graph: GraphBuilder, x: string, layer: Extract<OnnxLayer, { op: 'batchNorm' }>, scope: string): string {
  const width = layer.movingMean.length;
  const inputs = [
    x,
    graph.weight(scope, 'gamma', [width], layer.gamma ?? new Float32Array(width).fill(1)),
    graph.weight(scope, 'beta', [width], layer.beta ?? new Float32Array(width)),
    graph.weight(scope, 'movingMean', [width], layer.movingMean),
    graph.weight(scope, 'movingVariance', [width], layer.movingVariance),
  ];
  return graph.node(scope, 'BatchNormalization', inputs, [{ name: 'epsilon', type: 'float', value: layer.epsilon }]);
}

/**
 * LayerNormalization is opset 17, so it is written as tfjs computes it: population mean and variance over
 * the last axis, (x − mean) / √(variance + ε), then the optional scale and offset.
 */
function emitLayerNorm(graph: GraphBuilder, x: string, layer: Extract<OnnxLayer, { op: 'layerNorm' }>, scope: string): string {
  // Before opset 18 ReduceMean takes its axes as an attribute.
  const lastAxis = [
    { name: 'axes', type: 'ints', value: [-1] },
    { name: 'keepdims', type: 'int', value: 1 },
  ] as const;
  const mean = graph.node(scope, 'ReduceMean', [x], lastAxis);
  const centred = graph.node(scope, 'Sub', [x, mean]);
  const variance = graph.node(scope, 'ReduceMean', [graph.node(scope, 'Mul', [centred, centred])], lastAxis);
  const deviation = graph.node(scope, 'Sqrt', [graph.node(scope, 'Add', [variance, graph.scalar(layer.epsilon)])]);
  let y = graph.node(scope, 'Div', [centred, deviation]);
  if (layer.gamma) y = graph.node(scope, 'Mul', [y, graph.weight(scope, 'gamma', [layer.gamma.length], layer.gamma)]);
  if (layer.beta) y = graph.node(scope, 'Add', [y, graph.weight(scope, 'beta', [layer.beta.length], layer.beta)]);
  return y;
}
