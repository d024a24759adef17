/**
 * Maps a trained model to the ONNX writer's IR. The spec gives the structure and, through the naming
 * contract (`tfLayerName`), the tfjs layer behind each part; the trained layers give weights and the
 * values the builder chose (activation, epsilon), so the export follows what the model computes.
 */
import { OUTPUT_LAYER_NAME, tfLayerName, type HiddenLayerSpec, type ModelSpec } from '../model/spec';
import { writeOnnx, type OnnxActivation, type OnnxLayer, type OnnxNetwork } from './onnx';
import { layerOf, weightOf, type ModelLayers } from './modelLayers';

const ONNX_ACTIVATIONS: readonly string[] = ['linear', 'relu', 'relu6', 'elu', 'selu', 'tanh', 'sigmoid', 'hardSigmoid', 'softplus', 'softsign', 'swish', 'mish', 'gelu', 'leakyRelu', 'softmax'] satisfies OnnxActivation[];

/** The IR of the whole network, input features to output (including its sigmoid or softmax). */
export function onnxNetworkFromSpec(spec: ModelSpec, inputDim: number, layers: ModelLayers): OnnxNetwork {
  const hidden: OnnxLayer[] = [];
  let width = inputDim;
  spec.hidden.forEach((layer, index) => {
    const mapped = mapLayer(layer, index, width, layers);
    hidden.push(mapped);
    if (mapped.op === 'dense') width = mapped.units;
  });
  return { inputDim, layers: [...hidden, dense(OUTPUT_LAYER_NAME, width, layers)] };
}

/** The `model.onnx` bytes for a trained model. */
export function writeModelOnnx(spec: ModelSpec, inputDim: number, layers: ModelLayers, docString: string): Uint8Array {
  return writeOnnx(onnxNetworkFromSpec(spec, inputDim, layers), { producerName: 'Layerlab', docString });
}

function mapLayer(layer: HiddenLayerSpec, index: number, width: number, layers: ModelLayers): OnnxLayer {
  const name = tfLayerName(index, layer.kind);
  switch (layer.kind) {
    case 'dense':
      return dense(name, width, layers);
    case 'residual': {
      const first = dense(tfLayerName(index, 'res_a'), width, layers);
      return { op: 'residual', body: [first, dense(tfLayerName(index, 'res_b'), first.units, layers)] };
    }
    case 'batchNormalization': {
      const params = layerOf(layers, name, 'BatchNormalization');
      expectLastAxis(params.config.axis, name);
      return {
        op: 'batchNorm',
        gamma: params.weights.get('gamma') ?? null,
        beta: params.weights.get('beta') ?? null,
        movingMean: weightOf(params, 'moving_mean', name),
        movingVariance: weightOf(params, 'moving_variance', name),
        epsilon: params.config.epsilon as number,
      };
    }
    case 'layerNormalization': {
      const params = layerOf(layers, name, 'LayerNormalization');
      expectLastAxis(params.config.axis, name);
      return { op: 'layerNorm', gamma: params.weights.get('gamma') ?? null, beta: params.weights.get('beta') ?? null, epsilon: params.config.epsilon as number };
    }
    case 'activation':
      return { op: 'activation', activation: activationOf(layerOf(layers, name, 'Activation').config, name) };
    // Both only act while training; at inference they pass their input through.
    case 'dropout':
    case 'gaussianNoise':
      return { op: 'identity' };
  }
}

function dense(name: string, inputDim: number, layers: ModelLayers): Extract<OnnxLayer, { op: 'dense' }> {
  const params = layerOf(layers, name, 'Dense');
  return {
    op: 'dense',
    inputDim,
    units: params.config.units as number,
    kernel: weightOf(params, 'kernel', name),
    bias: params.weights.get('bias') ?? null,
    activation: activationOf(params.config, name),
  };
}

function activationOf(config: Record<string, unknown>, name: string): OnnxActivation {
  const activation = config.activation;
  if (typeof activation !== 'string' || !ONNX_ACTIVATIONS.includes(activation)) {
    throw new Error(`Layer "${name}" uses the activation ${JSON.stringify(activation)}, which the ONNX export does not support.`);
  }
  return activation as OnnxActivation;
}

/** Every layer here sees [batch, width] inputs, so normalising over the last axis means axis 1 or -1. */
function expectLastAxis(axis: unknown, name: string): void {
  const axes = Array.isArray(axis) ? axis : [axis];
  if (axes.length !== 1 || (axes[0] !== 1 && axes[0] !== -1)) throw new Error(`Layer "${name}" normalises over axis ${JSON.stringify(axis)}; only the feature axis can be exported.`);
}
