/** The English of every text the model's core shows people (see core/text.ts): layer names, checks, diagram labels. */
import type { LayerKind } from './spec';

export const LAYER_TEXTS = {
  'layer.dense': 'Dense',
  'layer.dropout': 'Dropout',
  'layer.batchNormalization': 'Batch normalisation',
  'layer.layerNormalization': 'Layer normalisation',
  'layer.activation': 'Activation',
  'layer.gaussianNoise': 'Gaussian noise',
  'layer.residual': 'Residual block',
} as const satisfies Record<`layer.${LayerKind}`, string>;

/** The checks of a layer stack (validation.ts); `modelCheck.atLayer` names the layer a detail is about. */
export const MODEL_CHECK_TEXTS = {
  'modelCheck.atLayer': 'Layer {index} ({layer}): {detail}',
  'modelCheck.tooManyLayers': 'There are {count} layers; at most {max} are supported.',
  'modelCheck.saturating': '{count} layers use sigmoid-like activations, which learn slowly in deep stacks. relu, or residual blocks, train much faster.',
  'modelCheck.zeroUnits': 'a layer with 0 units passes nothing on, so nothing after it could learn. Use at least 1.',
  'modelCheck.unitsRange': 'units must be a whole number from 1 to {max}.',
  'modelCheck.unknownInitializer': 'unknown weight initializer "{name}".',
  'modelCheck.dropoutOne': 'a dropout rate of 1 switches off every output, so nothing reaches the next layer. Use less than 1; 0.2 to 0.5 is usual.',
  'modelCheck.dropoutRange': 'the dropout rate must be at least 0 and less than 1.',
  'modelCheck.dropoutHigh': 'switching off {share} of the outputs leaves little to learn from; above 0.5 rarely helps.',
  'modelCheck.dropoutZero': 'a rate of 0 switches nothing off, so this layer does nothing.',
  'modelCheck.noiseRange': 'the noise level must be from 0 to {max}.',
  'modelCheck.noiseHigh': 'noise this strong is as large as the scaled data itself and hides the patterns; try 0.05 to 0.3.',
  'modelCheck.softmaxHidden': 'softmax turns values into shares that sum to 1, which throws away their size; it belongs only in the output layer of a classifier, which Layerlab sets for you. Use relu here.',
  'modelCheck.unknownActivation': 'unknown activation "{name}".',
  'modelCheck.regularizationRange': 'the {name} strength must be from 0 to {max}.',
  'modelCheck.regularizationHigh': 'an {name} strength above 0.1 pushes the weights towards 0 so hard that the model may learn nothing; 0.0001 to 0.01 is usual.',
  'modelCheck.linearThenDense': 'two Dense layers with no bend between them act like one. Give this layer an activation such as relu, or put an Activation layer after it.',
  'modelCheck.doubleActivation': 'the next layer applies a second activation right after this layer’s {activation}. To activate after a normalisation instead, set this layer to linear.',
  'modelCheck.dropoutBeforeBatchNorm': 'batch normalisation right after dropout learns averages that do not hold when predicting. Put the batch normalisation before the dropout.',
  'modelCheck.tooBig': 'This network has {millions} million weights; more than {max} million would not fit in this browser tab while training. Use fewer or narrower layers.',
  'modelCheck.tooBigAtLeast': 'This network has at least {millions} million weights; more than {max} million would not fit in this browser tab while training. Use fewer or narrower layers.',
  'modelCheck.noHiddenLinear': 'No hidden layer: this is linear regression, a good baseline to beat.',
  'modelCheck.noHiddenLogistic': 'No hidden layer: this is logistic regression, a good baseline to beat.',
  'modelCheck.narrow': '{units} units is narrower than the {classes} classes the model must tell apart, which may lose information.',
} as const;

/** Labels under the columns of the network diagram (diagram.ts). */
export const DIAGRAM_TEXTS = {
  'diagram.inputs': 'Inputs',
  'diagram.layerWith': '{layer} {detail}',
  'diagram.activation': '{activation}',
  'diagram.block': 'Block {activation}',
  'diagram.blockShortcut': 'Block + shortcut',
  'diagram.output': 'Output {activation}',
} as const;

/** Why a saved layer stack (json.ts) cannot be read; a project file's layers are read the same way. */
export const MODEL_FILE_TEXTS = {
  'modelFile.notJson': 'This file is not valid JSON, so it cannot be a saved Layerlab model.',
  /** `version` and `hidden` are the fields' names in the file. */
  'modelFile.notModel': 'This file is not a saved Layerlab model: it has no "{version}" and "{hidden}" layer list.',
  /** `version` and `supported` are format numbers, written as they are. */
  'modelFile.newer': 'This model was saved by a newer Layerlab (format {version}); this one reads format {supported}. Open it in the newer version.',
  'modelFile.unknownVersion': 'This model file has an unknown format version ({version}).',
  'modelFile.notLayer': 'Layer {index} is not a layer description.',
  /** `kind` is the file's own word; `kinds` the kinds' names as files write them. */
  'modelFile.unknownKind': 'Layer {index} has an unknown kind "{kind}". Layerlab builds these kinds: {kinds}.',
  /** `field` and `kind` are names as files write them; `type` is one of the `modelFile.type.*` phrases. */
  'modelFile.fieldType': 'Layer {index} ({kind}) needs "{field}" as a {type}.',
  'modelFile.type.number': 'number',
  'modelFile.type.string': 'string',
  'modelFile.type.boolean': 'boolean',
} as const;
