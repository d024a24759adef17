/**
 * Activations as opset-13 operators, matching tfjs-layers 4.x numerically. Each constant below was read
 * from the tfjs source rather than from Keras or the ONNX defaults, because where they differ the
 * exported model must agree with the one the person trained and evaluated.
 */
import type { GraphBuilder } from './graphBuilder';
import type { OnnxActivation } from './network';

/** tfjs-core selu_util.ts: SELU_SCALE, and SELU_SCALEALPHA / SELU_SCALE since ONNX's alpha is unscaled. */
const SELU_GAMMA = 1.0507009873554805;
const SELU_ALPHA = 1.7580993408473768 / SELU_GAMMA;
/** tfjs-layers advanced_activations.ts: LeakyReLU.DEFAULT_ALPHA (Keras uses the same 0.3). */
const LEAKY_RELU_ALPHA = 0.3;

/**
 * Appends the nodes for `activation` applied to `x` and returns the result's name (`x` itself for
 * 'linear', which needs no node).
 */
export function emitActivation(graph: GraphBuilder, x: string, activation: OnnxActivation, scope: string): string {
  switch (activation) {
    case 'linear':
      return x;
    case 'relu':
      return graph.node(scope, 'Relu', [x]);
    case 'relu6':
      // Opset 11+ takes Clip's bounds as inputs, not attributes.
      return graph.node(scope, 'Clip', [x, graph.scalar(0), graph.scalar(6)]);
    case 'elu':
      // tfjs-layers refuses any alpha but 1 for the elu activation.
      return graph.node(scope, 'Elu', [x], [{ name: 'alpha', type: 'float', value: 1 }]);
    case 'selu':
      return graph.node(scope, 'Selu', [x], [
        { name: 'alpha', type: 'float', value: SELU_ALPHA },
        { name: 'gamma', type: 'float', value: SELU_GAMMA },
      ]);
    case 'tanh':
      return graph.node(scope, 'Tanh', [x]);
    case 'sigmoid':
      return graph.node(scope, 'Sigmoid', [x]);
    case 'hardSigmoid':
      // tfjs: clip(0.2·x + 0.5, 0, 1), which is ONNX HardSigmoid with these (also its default) values.
      return graph.node(scope, 'HardSigmoid', [x], [
        { name: 'alpha', type: 'float', value: 0.2 },
        { name: 'beta', type: 'float', value: 0.5 },
      ]);
    case 'softplus':
      return graph.node(scope, 'Softplus', [x]);
    case 'softsign':
      return graph.node(scope, 'Softsign', [x]);
    case 'swish':
      // tfjs swish is x·sigmoid(x) (alpha 1); ONNX has no Swish/SiLU operator before opset 24.
      return graph.node(scope, 'Mul', [x, graph.node(scope, 'Sigmoid', [x])]);
    case 'mish': {
      // x·tanh(softplus(x)); ONNX Mish arrives only in opset 18.
      const softplus = graph.node(scope, 'Softplus', [x]);
      return graph.node(scope, 'Mul', [x, graph.node(scope, 'Tanh', [softplus])]);
    }
    case 'gelu':
      return emitGelu(graph, x, scope);
    case 'leakyRelu':
      return graph.node(scope, 'LeakyRelu', [x], [{ name: 'alpha', type: 'float', value: LEAKY_RELU_ALPHA }]);
    case 'softmax':
      // Opset 13 Softmax normalises along one axis, like tfjs's default of the last axis.
      return graph.node(scope, 'Softmax', [x], [{ name: 'axis', type: 'int', value: -1 }]);
  }
}

/**
 * tfjs-layers 'gelu' is the exact form x·½(1 + erf(x/√2)), not the tanh approximation (that one is
 * 'gelu_new'). ONNX Gelu needs opset 20, so it is spelled out with Erf, which opset 13 has.
 */
function emitGelu(graph: GraphBuilder, x: string, scope: string): string {
  const scaled = graph.node(scope, 'Div', [x, graph.scalar(Math.SQRT2)]);
  const erf = graph.node(scope, 'Erf', [scaled]);
  const onePlusErf = graph.node(scope, 'Add', [erf, graph.scalar(1)]);
  const half = graph.node(scope, 'Mul', [onePlusErf, graph.scalar(0.5)]);
  return graph.node(scope, 'Mul', [x, half]);
}
