/**
 * Parity tests: each case builds a tfjs model, copies its (randomised) weights into the exporter's IR,
 * runs the written bytes in onnxruntime-web and compares with tfjs's own predictions. onnxruntime
 * accepting the file is also the proof that the hand-written protobuf and the opset-13 graph are valid.
 */
import * as tf from '@tensorflow/tfjs';
import * as ort from 'onnxruntime-web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import { writeOnnx, type OnnxActivation, type OnnxLayer, type OnnxNetwork } from './index';

const TOLERANCE = 1e-4;
const ROWS = 16;

/** A tfjs layer, or a residual block whose output is its input plus its body's output. */
type Block = tf.layers.Layer | { residual: Block[] };

const random = createRandom(20240613);
let largestDifference = 0;

beforeAll(async () => {
  // PROD only silences tfjs's banner recommending tfjs-node, which this project cannot install.
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  // One thread: models this small gain nothing from more, and the run should not depend on the host's cores.
  ort.env.wasm.numThreads = 1;
});

afterAll(() => {
  console.info(`largest |onnxruntime − tfjs| difference: ${largestDifference.toExponential(2)}`);
});

function uniform(length: number, low: number, high: number): Float32Array {
  return Float32Array.from({ length }, () => low + (high - low) * random());
}

/** Replaces every weight with random values, so zero biases or unit statistics cannot hide a bug. */
function randomizeWeights(layer: tf.layers.Layer): void {
  const weights = layer.weights.map((variable) => {
    const size = variable.shape.reduce((product: number, dim) => product * (dim ?? 1), 1);
    const values = variable.name.endsWith('moving_variance') ? uniform(size, 0.2, 3) : uniform(size, -1, 1);
    return tf.tensor(values, variable.shape as number[]);
  });
  layer.setWeights(weights);
  tf.dispose(weights);
}

function weightsByRole(layer: tf.layers.Layer): Map<string, Float32Array> {
  const values = layer.getWeights();
  return new Map(layer.weights.map((variable, index) => [variable.name.split('/').pop() ?? '', values[index]?.dataSync() as Float32Array]));
}

function required(weights: Map<string, Float32Array>, role: string): Float32Array {
  const values = weights.get(role);
  if (!values) throw new Error(`missing weight ${role}`);
  return values;
}

/** The test's tfjs → IR mapping, written independently of the app's so that the two can disagree. */
function toOnnxLayer(layer: tf.layers.Layer): OnnxLayer {
  const config = layer.getConfig();
  const weights = weightsByRole(layer);
  switch (layer.getClassName()) {
    case 'Dense': {
      const kernelShape = layer.weights[0]?.shape ?? [];
      return {
        op: 'dense',
        inputDim: kernelShape[0] ?? 0,
        units: config.units as number,
        kernel: required(weights, 'kernel'),
        bias: weights.get('bias') ?? null,
        activation: config.activation as OnnxActivation,
      };
    }
    case 'Activation':
      return { op: 'activation', activation: config.activation as OnnxActivation };
    case 'LeakyReLU':
      expect(config.alpha).toBeCloseTo(0.3);
      return { op: 'activation', activation: 'leakyRelu' };
    case 'BatchNormalization':
      return {
        op: 'batchNorm',
        gamma: weights.get('gamma') ?? null,
        beta: weights.get('beta') ?? null,
        movingMean: required(weights, 'moving_mean'),
        movingVariance: required(weights, 'moving_variance'),
        epsilon: config.epsilon as number,
      };
    case 'LayerNormalization':
      return { op: 'layerNorm', gamma: weights.get('gamma') ?? null, beta: weights.get('beta') ?? null, epsilon: config.epsilon as number };
    case 'Dropout':
    case 'GaussianNoise':
      return { op: 'identity' };
    default:
      throw new Error(`no IR mapping for ${layer.getClassName()}`);
  }
}

function applyBlocks(x: tf.SymbolicTensor, blocks: readonly Block[]): tf.SymbolicTensor {
  return blocks.reduce((value, block) => {
    if ('residual' in block) return tf.layers.add().apply([value, applyBlocks(value, block.residual)]) as tf.SymbolicTensor;
    const output = block.apply(value) as tf.SymbolicTensor;
    randomizeWeights(block);
    return output;
  }, x);
}

function toOnnxLayers(blocks: readonly Block[]): OnnxLayer[] {
  return blocks.map((block) => ('residual' in block ? { op: 'residual', body: toOnnxLayers(block.residual) } : toOnnxLayer(block)));
}

/**
 * Builds the tfjs model, exports its IR and checks onnxruntime against tfjs on random rows drawn from
 * [-inputRange, inputRange]; returns the ONNX session for further checks.
 */
async function expectParity(inputDim: number, blocks: Block[], inputRange = 3): Promise<ort.InferenceSession> {
  const input = tf.input({ shape: [inputDim] });
  const model = tf.model({ inputs: input, outputs: applyBlocks(input, blocks) });
  const net: OnnxNetwork = { inputDim, layers: toOnnxLayers(blocks) };
  const rows = uniform(ROWS * inputDim, -inputRange, inputRange);

  const expected = tf.tidy(() => (model.predict(tf.tensor2d(rows, [ROWS, inputDim])) as tf.Tensor).dataSync());
  const session = await ort.InferenceSession.create(writeOnnx(net));
  const result = await session.run({ features: new ort.Tensor('float32', rows, [ROWS, inputDim]) });
  const actual = result.output?.data as Float32Array;

  expect(result.output?.dims).toEqual([ROWS, expected.length / ROWS]);
  let worst = 0;
  expected.forEach((value, index) => {
    worst = Math.max(worst, Math.abs(value - (actual[index] ?? Number.NaN)));
  });
  largestDifference = Math.max(largestDifference, worst);
  expect(worst).toBeLessThanOrEqual(TOLERANCE);
  model.dispose();
  return session;
}

const DENSE_ACTIVATIONS = ['linear', 'relu', 'relu6', 'elu', 'selu', 'tanh', 'sigmoid', 'hardSigmoid', 'softplus', 'softsign', 'swish', 'mish', 'gelu', 'softmax'] as const;

describe('activations match tfjs', () => {
  it.each(DENSE_ACTIVATIONS)('dense with %s', async (activation) => {
    await expectParity(5, [tf.layers.dense({ units: 7, activation })]);
  });

  // A wide input range reaches the saturated and overflow-prone regions (softplus, elu, sigmoid tails).
  it.each(DENSE_ACTIVATIONS)('standalone %s on [-30, 30]', async (activation) => {
    await expectParity(6, [tf.layers.activation({ activation })], 30);
  });

  it('leakyRelu with the LeakyReLU layer default slope', async () => {
    await expectParity(6, [tf.layers.leakyReLU()], 5);
    await expectParity(4, [tf.layers.dense({ units: 6 }), tf.layers.leakyReLU()]);
  });
});

describe('layers match tfjs', () => {
  it('dense without bias', async () => {
    await expectParity(4, [tf.layers.dense({ units: 3, useBias: false, activation: 'tanh' })]);
  });

  it('batch normalization with moving statistics, with and without scale and centre', async () => {
    await expectParity(5, [tf.layers.batchNormalization({ epsilon: 0.01 })]);
    await expectParity(5, [tf.layers.batchNormalization({ scale: false, center: false })]);
    await expectParity(5, [tf.layers.dense({ units: 6 }), tf.layers.batchNormalization({ center: false }), tf.layers.activation({ activation: 'relu' })]);
  });

  it('layer normalization over the last axis, with and without scale and centre', async () => {
    await expectParity(6, [tf.layers.layerNormalization({ epsilon: 1e-5 })]);
    await expectParity(6, [tf.layers.layerNormalization({ scale: false })]);
    await expectParity(6, [tf.layers.dense({ units: 8 }), tf.layers.layerNormalization({ center: false, scale: false })]);
  });

  it('dropout and gaussian noise leave the inference output unchanged', async () => {
    await expectParity(4, [tf.layers.dense({ units: 5, activation: 'relu' }), tf.layers.dropout({ rate: 0.5 }), tf.layers.gaussianNoise({ stddev: 1 }), tf.layers.dense({ units: 2 })]);
  });

  it('residual blocks, including nested ones', async () => {
    await expectParity(6, [
      tf.layers.dense({ units: 8, activation: 'relu' }),
      { residual: [tf.layers.dense({ units: 8, activation: 'gelu' }), tf.layers.dropout({ rate: 0.1 }), tf.layers.dense({ units: 8 })] },
      { residual: [tf.layers.layerNormalization(), { residual: [tf.layers.dense({ units: 8, activation: 'swish' })] }] },
      tf.layers.dense({ units: 3 }),
    ]);
  });
});

describe('deep stacks match tfjs', () => {
  it('a binary classifier ending with sigmoid', async () => {
    await expectParity(12, [
      tf.layers.dense({ units: 32, activation: 'relu' }),
      tf.layers.batchNormalization(),
      tf.layers.dropout({ rate: 0.2 }),
      tf.layers.dense({ units: 16, activation: 'elu' }),
      tf.layers.dense({ units: 16, activation: 'mish' }),
      tf.layers.layerNormalization(),
      tf.layers.dense({ units: 8, activation: 'selu' }),
      tf.layers.dense({ units: 1, activation: 'sigmoid' }),
    ]);
  });

  it('a multiclass classifier ending with softmax', async () => {
    await expectParity(10, [
      tf.layers.dense({ units: 24, activation: 'gelu' }),
      { residual: [tf.layers.dense({ units: 24, activation: 'relu6' }), tf.layers.batchNormalization()] },
      tf.layers.dense({ units: 12, activation: 'softsign' }),
      tf.layers.leakyReLU(),
      tf.layers.dense({ units: 12, activation: 'hardSigmoid' }),
      tf.layers.dense({ units: 5, activation: 'softmax' }),
    ]);
  });
});

describe('graph interface', () => {
  it('declares a symbolic batch dimension, so any number of rows can be scored', async () => {
    const session = await expectParity(3, [tf.layers.dense({ units: 2 })]);
    expect(session.inputMetadata[0]).toMatchObject({ name: 'features', isTensor: true, type: 'float32', shape: ['batch', 3] });
    expect(session.outputMetadata[0]).toMatchObject({ name: 'output', isTensor: true, type: 'float32', shape: ['batch', 2] });
    const single = await session.run({ features: new ort.Tensor('float32', Float32Array.of(1, 2, 3), [1, 3]) });
    expect(single.output?.dims).toEqual([1, 2]);
  });

  it('uses custom input and output names', async () => {
    const net: OnnxNetwork = { inputDim: 2, inputName: 'rows', outputName: 'scores', layers: [{ op: 'activation', activation: 'relu' }] };
    const session = await ort.InferenceSession.create(writeOnnx(net));
    expect([session.inputNames, session.outputNames]).toEqual([['rows'], ['scores']]);
    const result = await session.run({ rows: new ort.Tensor('float32', Float32Array.of(-1, 2), [1, 2]) });
    expect(Array.from(result.scores?.data as Float32Array)).toEqual([0, 2]);
  });

  it('passes the input through when no layer computes anything', async () => {
    const net: OnnxNetwork = { inputDim: 3, layers: [{ op: 'identity' }, { op: 'activation', activation: 'linear' }] };
    const session = await ort.InferenceSession.create(writeOnnx(net));
    const result = await session.run({ features: new ort.Tensor('float32', Float32Array.of(1, -2, 3), [1, 3]) });
    expect(Array.from(result.output?.data as Float32Array)).toEqual([1, -2, 3]);
  });
});
