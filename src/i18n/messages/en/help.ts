/**
 * Plain-language help for every layer and option: what a workshop trainer would say while pointing at
 * the screen. Texts that mention a value take it as a placeholder, so the help reads "20%" when the
 * rate is 0.2.
 */
import type { HiddenActivation, KernelInitializer } from '../../../core/model/options';
import type { LayerKind } from '../../../core/model/spec';

const layers = {
  'help.layer.dense':
    'Every unit adds up all outputs of the previous layer, each times its own learnt weight, plus a bias, and passes the sum through its activation. The basic building block of a neural network.',
  'help.layer.dropout':
    'Switches off a random share of the previous layer’s outputs at every training step, so the network cannot lean on any single one and memorises less. Nothing is switched off when predicting.',
  'help.layer.batchNormalization':
    'Rescales each value to an average of 0 and a spread of 1 over the current batch, then learns its own scale and shift. Deep stacks train faster and more steadily with it. Its running averages are counted as non-trainable parameters.',
  'help.layer.layerNormalization':
    'Rescales the values of each row to an average of 0 and a spread of 1, then learns a scale and shift. Like batch normalisation, but it does not depend on the batch, which suits residual blocks and small batches.',
  'help.layer.activation':
    'Applies an activation on its own, without weights: for example after a Dense layer with a linear activation and a batch normalisation, the classic order Dense → normalise → activate.',
  'help.layer.gaussianNoise':
    'Adds a little random noise to the values during training, so the network learns patterns that survive small measurement errors. No noise is added when predicting.',
  'help.layer.residual':
    'Two Dense layers with a shortcut: the block’s input is added to what the two layers compute, so the block only has to learn a correction. Deep stacks of these train more easily than plain ones.',
} as const satisfies Record<`help.layer.${LayerKind}`, string>;

const activations = {
  'help.activation.relu': 'relu keeps positive sums and turns negative ones into 0: simple, fast and the usual first choice.',
  'help.activation.relu6': 'relu6 is relu capped at 6, which keeps very large values in check.',
  'help.activation.elu': 'elu is like relu but lets negative sums through softly, down to −1, which can help learning.',
  'help.activation.selu': 'selu is a scaled elu that keeps values normalised by itself; it works best with the LeCun normal initializer and no batch normalisation.',
  'help.activation.gelu': 'gelu is a smooth relu, popular in large modern networks.',
  'help.activation.swish': 'swish (x × sigmoid(x)) is a smooth relu that lets small negative values through.',
  'help.activation.mish': 'mish is a smooth relu much like swish.',
  'help.activation.tanh': 'tanh squeezes every sum into −1 to 1; it can learn slowly in deep stacks.',
  'help.activation.sigmoid': 'sigmoid squeezes every sum into 0 to 1; it learns slowly in deep stacks, so it is rarely used between layers.',
  'help.activation.hardSigmoid': 'hard sigmoid is a fast, straight-line version of sigmoid.',
  'help.activation.softplus': 'softplus is a smooth relu that is never exactly 0.',
  'help.activation.softsign': 'softsign squeezes sums into −1 to 1, more gently than tanh.',
  'help.activation.linear': 'linear passes the sum on unchanged: no bend, so it adds no power by itself.',
} as const satisfies Record<`help.activation.${HiddenActivation}`, string>;

const initializers = {
  'help.initializer.glorotUniform': 'Glorot uniform (the default) draws starting weights evenly from a range that suits most activations.',
  'help.initializer.glorotNormal': 'Glorot normal draws starting weights from a bell curve of the same spread as Glorot uniform.',
  'help.initializer.heUniform': 'He uniform draws larger starting weights, which suit relu and its relatives.',
  'help.initializer.heNormal': 'He normal is the bell-curve version of He uniform; it suits relu and its relatives.',
  'help.initializer.leCunUniform': 'LeCun uniform draws smaller starting weights, scaled only by the number of inputs.',
  'help.initializer.leCunNormal': 'LeCun normal is the bell-curve version of LeCun uniform and the right partner for selu.',
} as const satisfies Record<`help.initializer.${KernelInitializer}`, string>;

const options = {
  'help.option.units': 'How many units (neurons) this layer has: {units} numbers come out of it. More units can learn finer patterns but need more data and time, and memorise more easily.',
  'help.option.residualUnits': 'How many units the first of the block’s two Dense layers has ({units}). The second maps back to the width of the block’s input, so that the shortcut can be added.',
  'help.option.activation': 'The bend each unit applies to its sum. Without a bend, stacked layers collapse into one straight-line model. {detail}',
  'help.option.kernelInitializer': 'How the starting weights are drawn before training begins. {detail}',
  'help.option.l1': 'Adds {strength} × the sum of the weights’ sizes to the loss, which pushes unhelpful weights to exactly 0. 0 turns it off; 0.0001 to 0.01 is a usual range.',
  'help.option.l2': 'Adds {strength} × the sum of the squared weights to the loss, which keeps all weights small so the model memorises less. 0 turns it off; 0.0001 to 0.01 is a usual range.',
  'help.option.thisNumber': 'this number',
  'help.option.useBias': 'Adds a learnt offset to each unit, so it can be active even when its inputs are all 0. Turn it off only right before a batch normalisation, which has its own offset.',
  'help.option.rate': 'Dropout switches off a random {rate} of this layer’s outputs during training, so the network cannot lean on any single one. 10% to 50% is usual.',
  'help.option.stddev': 'Adds random noise with a spread (standard deviation) of {stddev} to every value during training. Inputs are scaled to a spread of 1, so 0.1 is a light shake and 1 drowns the data.',
} as const;

export const help = { ...layers, ...activations, ...initializers, ...options } as const;
