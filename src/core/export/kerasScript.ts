/**
 * Writes `keras_model.py`: the architecture spelled out in Keras 3 with the same layer names as
 * model.json, plus a loader for weights.bin, so the model can be trained further with TensorFlow.
 */
import { OUTPUT_LAYER_NAME, tfLayerName, type HiddenLayerSpec, type ModelSpec } from '../model/spec';
import { layerOf, type LayerParams, type ModelLayers } from './modelLayers';

/**
 * tfjs activation → Keras 3. Names differ ('swish' is 'silu'), and Keras 3's hard_sigmoid has another
 * slope than tfjs's clip(0.2x + 0.5, 0, 1), so that one is the script's own function.
 */
const KERAS_ACTIVATIONS: Record<string, string> = {
  linear: '"linear"', relu: '"relu"', relu6: '"relu6"', elu: '"elu"', selu: '"selu"', tanh: '"tanh"', sigmoid: '"sigmoid"',
  softplus: '"softplus"', softsign: '"softsign"', softmax: '"softmax"', swish: '"silu"', mish: '"mish"', gelu: '"gelu"',
  hardSigmoid: 'tfjs_hard_sigmoid',
};

const LOSSES: Record<string, string> = { sigmoid: 'binary_crossentropy', softmax: 'categorical_crossentropy', linear: 'mean_squared_error' };

export function kerasScript(spec: ModelSpec, inputDim: number, layers: ModelLayers): string {
  const lines = spec.hidden.flatMap((layer, index) => layerLines(layer, index, layers));
  const output = layerOf(layers, OUTPUT_LAYER_NAME, 'Dense');
  const loss = LOSSES[String(output.config.activation)];
  if (loss === undefined) throw new Error(`The output activation ${String(output.config.activation)} has no training loss here.`);
  lines.push(`outputs = ${denseCall(OUTPUT_LAYER_NAME, output)}(x)`);
  const code = lines.map((line) => `    ${line}`).join('\n');
  return `${HEADER}
${code.includes('tfjs_hard_sigmoid') ? HARD_SIGMOID : ''}
def build_model():
    """The trained architecture; weights start random until load_weights() fills them."""
    inputs = keras.Input(shape=(${inputDim},), name="features")
    x = inputs
${code}
    return keras.Model(inputs, outputs, name="layerlab")

${LOADER}
if __name__ == "__main__":
    model = build_model()
    load_weights(model)
    # Ready to train further: fit() on features encoded as preprocessing.json describes.
    model.compile(optimizer=keras.optimizers.Adam(), loss="${loss}")
    model.summary()
    model.save(os.path.join(HERE, "model.keras"))
    print("Saved model.keras")
`;
}

function layerLines(layer: HiddenLayerSpec, index: number, layers: ModelLayers): string[] {
  const name = tfLayerName(index, layer.kind);
  switch (layer.kind) {
    case 'dense':
      return [`x = ${denseCall(name, layerOf(layers, name, 'Dense'))}(x)`];
    case 'residual': {
      const [first, second] = [tfLayerName(index, 'res_a'), tfLayerName(index, 'res_b')];
      return [
        'shortcut = x',
        `x = ${denseCall(first, layerOf(layers, first, 'Dense'))}(x)`,
        `x = ${denseCall(second, layerOf(layers, second, 'Dense'))}(x)`,
        `x = layers.Add(name="${tfLayerName(index, 'res_add')}")([shortcut, x])`,
      ];
    }
    case 'dropout':
      return [`x = layers.Dropout(${layer.rate}, name="${name}")(x)`];
    case 'gaussianNoise':
      return [`x = layers.GaussianNoise(${layer.stddev}, name="${name}")(x)`];
    case 'activation':
      return [`x = layers.Activation(${activation(layerOf(layers, name, 'Activation'), name)}, name="${name}")(x)`];
    case 'batchNormalization': {
      const { config } = layerOf(layers, name, 'BatchNormalization');
      return [`x = layers.BatchNormalization(momentum=${config.momentum}, epsilon=${config.epsilon}, center=${py(config.center)}, scale=${py(config.scale)}, name="${name}")(x)`];
    }
    case 'layerNormalization': {
      const { config } = layerOf(layers, name, 'LayerNormalization');
      return [`x = layers.LayerNormalization(epsilon=${config.epsilon}, center=${py(config.center)}, scale=${py(config.scale)}, name="${name}")(x)`];
    }
  }
}

function denseCall(name: string, params: LayerParams): string {
  return `layers.Dense(${String(params.config.units)}, activation=${activation(params, name)}, use_bias=${py(params.config.useBias)}${regularizer(params.config.kernelRegularizer)}, name="${name}")`;
}

/** tfjs serialises `tf.regularizers.l1l2` as { className: 'L1L2', config: { l1, l2 } }; Keras's L1L2 means the same sum. */
function regularizer(serialized: unknown): string {
  if (serialized === null || serialized === undefined) return '';
  const { className, config } = serialized as { className: string; config: { l1?: number; l2?: number } };
  if (className !== 'L1L2') throw new Error(`The kernel regulariser ${className} has no Keras equivalent here.`);
  return `, kernel_regularizer=keras.regularizers.L1L2(l1=${config.l1 ?? 0}, l2=${config.l2 ?? 0})`;
}

function activation(params: LayerParams, name: string): string {
  const keras = KERAS_ACTIVATIONS[String(params.config.activation)];
  if (keras === undefined) throw new Error(`Layer "${name}" uses the activation "${String(params.config.activation)}", which the Keras script does not support.`);
  return keras;
}

const py = (flag: unknown): string => (flag === false ? 'False' : 'True');

const HEADER = `"""Rebuilds the Layerlab model in Keras 3 (TensorFlow 2.16 or later) and loads its trained weights.

    pip install tensorflow numpy
    python keras_model.py      # builds, loads weights.bin, saves model.keras

Layer names match model.json, whose weightsManifest describes weights.bin. Inputs are the model features
of preprocessing.json (standardised numbers, one-hot categories, in featureNames order); outputs are
class probabilities, or for regression the standardised target (multiply by std, add mean).
"""
import json
import os

import keras
import numpy as np
from keras import layers, ops

HERE = os.path.dirname(os.path.abspath(__file__))
`;

const HARD_SIGMOID = `
@keras.saving.register_keras_serializable(package="layerlab")
def tfjs_hard_sigmoid(x):
    """TensorFlow.js hardSigmoid; Keras 3's hard_sigmoid uses another slope."""
    return ops.clip(0.2 * x + 0.5, 0.0, 1.0)

`;

const LOADER = `# Keras's order of each layer's weights; model.json names them "<layer>/<role>".
WEIGHT_ORDER = {
    "Dense": ["kernel", "bias"],
    "BatchNormalization": ["gamma", "beta", "moving_mean", "moving_variance"],
    "LayerNormalization": ["gamma", "beta"],
}


def read_weights(folder=HERE):
    """weights.bin as named arrays, following model.json's weightsManifest (little-endian float32)."""
    with open(os.path.join(folder, "model.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)["weightsManifest"]
    arrays = {}
    for group in manifest:
        data = b"".join(open(os.path.join(folder, path), "rb").read() for path in group["paths"])
        offset = 0
        for entry in group["weights"]:
            if entry["dtype"] != "float32":
                raise ValueError("Unexpected dtype %s for %s" % (entry["dtype"], entry["name"]))
            count = int(np.prod(entry["shape"]))
            arrays[entry["name"]] = np.frombuffer(data, dtype="<f4", count=count, offset=offset).reshape(entry["shape"])
            offset += 4 * count
    return arrays


def load_weights(model, folder=HERE):
    arrays = read_weights(folder)
    for layer in model.layers:
        roles = [role for role in WEIGHT_ORDER.get(type(layer).__name__, []) if "%s/%s" % (layer.name, role) in arrays]
        if roles:
            layer.set_weights([arrays["%s/%s" % (layer.name, role)] for role in roles])

`;
