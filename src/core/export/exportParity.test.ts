/**
 * For every layer kind and every preset, the model as the builder makes it (with random weights, so zero
 * biases or unit statistics cannot hide a bug) is exported and reloaded twice: model.json + weights.bin
 * with tfjs and model.onnx with onnxruntime-web. Both must give the app's predictions on the same raw
 * rows, which go through the serialised preprocessing.json on the way in.
 */
import * as tf from '@tensorflow/tfjs';
import * as ort from 'onnxruntime-web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_TOKENS } from '../csv/cells';
import { columnOf, type Table } from '../csv/table';
import { encodeFeatures } from '../dataset/encode';
import { FEATURE_CLIP, featureNamesOf, PREPROCESSING_FORMAT, PREPROCESSING_VERSION, type InputColumn, type Preprocessing, type TargetEncoding } from '../dataset/preprocessing';
import { buildModel } from '../model/build';
import { HIDDEN_ACTIVATIONS } from '../model/options';
import { predictRows } from '../model/predict';
import { MODEL_PRESETS } from '../model/presets';
import { MODEL_SPEC_VERSION, outputFor, type HiddenLayerSpec, type ModelSpec, type Task } from '../model/spec';
import { createRandom } from '../random';
import { layersModelFiles, loadLayersModelFiles } from './artifacts';
import { readModelLayers } from './modelLayers';
import { writeModelOnnx } from './onnxFromSpec';

const TOLERANCE = 1e-4;
const random = createRandom(7);
const largest = { tfjs: 0, onnx: 0 };

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  ort.env.wasm.numThreads = 1;
});

afterAll(() => {
  console.info(`largest difference from the app's predictions: tfjs reload ${largest.tfjs.toExponential(2)}, onnx ${largest.onnx.toExponential(2)}`);
});

/** 60 raw rows: a number with missing cells, a formatted amount, a category with gaps and an unseen value, the targets. */
function rawTable(): Table {
  const rows = 60;
  const cell = (make: (i: number) => string) => Array.from({ length: rows }, (_, i) => make(i));
  return {
    names: ['age', 'spend', 'plan', 'label', 'value'],
    columns: [
      cell((i) => (i % 9 === 0 ? 'NA' : String(Math.round(18 + random() * 60)))),
      cell(() => `$${(random() * 5000).toFixed(2)}`),
      cell((i) => (i % 11 === 0 ? '' : ['basic', 'plus', 'pro', 'gold'][Math.floor(random() * 4)]!)),
      cell((i) => ['a', 'b', 'c'][i % 3]!),
      cell(() => (random() * 100).toFixed(1)),
    ],
    rowCount: rows,
    decimalComma: false,
    notes: [],
  };
}

/** Fitted preprocessing as the worker ships it, written out so this test does not depend on how fitting works. */
function preprocessingFor(task: Task): Preprocessing {
  const target: TargetEncoding =
    task === 'binary'
      ? { name: 'label', task, classes: ['a', 'b'], positiveClass: 'b', threshold: 0.5 }
      : task === 'multiclass'
        ? { name: 'label', task, classes: ['a', 'b', 'c'] }
        : { name: 'value', task, mean: 50, std: 29 };
  const inputs: InputColumn[] = [
    { name: 'age', kind: 'numeric', impute: 47, imputeStrategy: 'mean', transform: 'none', scaling: 'standard', center: 47, scale: 17, missingIndicator: true },
    { name: 'spend', kind: 'numeric', impute: 2480, imputeStrategy: 'median', transform: 'log', scaling: 'log', center: 7.4, scale: 1.1, missingIndicator: false },
    { name: 'plan', kind: 'categorical', encoding: 'onehot', categories: ['basic', 'plus', 'pro'], otherBucket: true, impute: 'plus', missingIndicator: false },
  ];
  return { format: PREPROCESSING_FORMAT, version: PREPROCESSING_VERSION, missingTokens: MISSING_TOKENS, decimalComma: false, featureClip: FEATURE_CLIP, inputs, featureNames: inputs.flatMap(featureNamesOf), excluded: [], target };
}

/**
 * Random weights everywhere; variances stay positive as a trained batch normalisation's do, and kernels
 * are scaled by 1/√fan-in as trained ones roughly are, so outputs stay near 1 where an absolute tolerance means something.
 */
function randomizeWeights(model: tf.LayersModel): void {
  for (const layer of model.layers) {
    const values = layer.weights.map((variable) => {
      const size = variable.shape.reduce((product: number, dim) => product * (dim ?? 1), 1);
      const positive = variable.originalName.endsWith('moving_variance');
      const scale = variable.originalName.endsWith('kernel') ? 1 / Math.sqrt(variable.shape[0] ?? 1) : 1;
      return tf.tensor(Float32Array.from({ length: size }, () => (positive ? 0.2 + random() * 3 : (random() * 2 - 1) * scale)), variable.shape as number[]);
    });
    layer.setWeights(values);
    tf.dispose(values);
  }
}

async function expectParity(spec: ModelSpec, task: Task): Promise<void> {
  const table = rawTable();
  const pre = preprocessingFor(task);
  const rows = Int32Array.from({ length: table.rowCount }, (_, i) => i);
  const lookup = (name: string) => columnOf(table, name);
  const inputDim = pre.featureNames.length;
  const model = buildModel(spec, inputDim, outputFor(task, task === 'multiclass' ? 3 : 2), 1);
  randomizeWeights(model);
  const app = await predictRows(model, encodeFeatures(pre, lookup, rows).values, table.rowCount, inputDim);

  const shipped = JSON.parse(JSON.stringify(pre)) as Preprocessing;
  const features = encodeFeatures(shipped, lookup, rows);
  const reloaded = await loadLayersModelFiles(await layersModelFiles(model));
  const tfjs = await predictRows(reloaded, features.values, table.rowCount, inputDim);
  const session = await ort.InferenceSession.create(writeModelOnnx(spec, inputDim, await readModelLayers(model), ''));
  const result = await session.run({ features: new ort.Tensor('float32', features.values, [table.rowCount, inputDim]) });
  const onnx = result.output!.data as Float32Array;
  model.dispose();
  reloaded.dispose();

  expect(onnx.length).toBe(app.length);
  const differences = { tfjs: 0, onnx: 0 };
  app.forEach((value, i) => {
    differences.tfjs = Math.max(differences.tfjs, Math.abs(value - tfjs[i]!));
    differences.onnx = Math.max(differences.onnx, Math.abs(value - onnx[i]!));
  });
  expect(differences.tfjs).toBeLessThanOrEqual(TOLERANCE);
  expect(differences.onnx).toBeLessThanOrEqual(TOLERANCE);
  largest.tfjs = Math.max(largest.tfjs, differences.tfjs);
  largest.onnx = Math.max(largest.onnx, differences.onnx);
}

const stack = (...hidden: HiddenLayerSpec[]): ModelSpec => ({ version: MODEL_SPEC_VERSION, hidden });
const TASKS: readonly Task[] = ['binary', 'multiclass', 'regression'];

describe('every layer kind exports with the trained model’s predictions', () => {
  it.each(HIDDEN_ACTIVATIONS.map((activation, i) => [activation, TASKS[i % 3]!] as const))('dense with %s (%s)', async (activation, task) => {
    await expectParity(stack({ kind: 'dense', units: 6, activation }), task);
  });

  it.each(HIDDEN_ACTIVATIONS.map((activation, i) => [activation, TASKS[(i + 1) % 3]!] as const))('activation layer %s (%s)', async (activation, task) => {
    await expectParity(stack({ kind: 'dense', units: 6, activation: 'linear' }, { kind: 'activation', activation }), task);
  });

  it.each(TASKS)('dense without bias, with L1/L2 regularisation (%s)', async (task) => {
    await expectParity(stack({ kind: 'dense', units: 5, activation: 'tanh', useBias: false, l1: 0.01, l2: 0.01 }), task);
  });

  it.each(TASKS)('batch and layer normalisation, first and after a dense layer (%s)', async (task) => {
    await expectParity(stack({ kind: 'batchNormalization' }, { kind: 'dense', units: 7, activation: 'relu' }, { kind: 'layerNormalization' }), task);
    await expectParity(stack({ kind: 'layerNormalization' }, { kind: 'dense', units: 7, activation: 'elu' }, { kind: 'batchNormalization' }), task);
  });

  it.each(TASKS)('dropout and gaussian noise pass through at inference (%s)', async (task) => {
    await expectParity(stack({ kind: 'gaussianNoise', stddev: 1 }, { kind: 'dense', units: 6, activation: 'relu' }, { kind: 'dropout', rate: 0.5 }), task);
  });

  it.each(TASKS)('residual blocks, at the input width and after a dense layer (%s)', async (task) => {
    await expectParity(stack({ kind: 'residual', units: 9, activation: 'gelu' }, { kind: 'dense', units: 5, activation: 'relu' }, { kind: 'residual', units: 3, activation: 'selu', useBias: false }), task);
  });
});

describe('every preset exports with the trained model’s predictions', () => {
  it.each(MODEL_PRESETS.flatMap((preset) => TASKS.map((task) => [preset.id, task] as const)))('%s (%s)', async (id, task) => {
    await expectParity(MODEL_PRESETS.find((preset) => preset.id === id)!.spec(), task);
  });
});

describe('the naming contract', () => {
  it('refuses a model whose layers do not match the spec, naming the layer', async () => {
    const model = buildModel(stack({ kind: 'dense', units: 4, activation: 'relu' }), 3, outputFor('binary', 2), 1);
    const layers = await readModelLayers(model);
    model.dispose();
    expect(() => writeModelOnnx(stack({ kind: 'batchNormalization' }), 3, layers, '')).toThrow(/"l1_batchNormalization"/);
    expect(() => writeModelOnnx(stack({ kind: 'residual', units: 4, activation: 'relu' }), 3, layers, '')).toThrow(/"l1_res_a"/);
  });
});
