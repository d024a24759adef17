/**
 * keras_model.py must compile, rebuild the builder's architecture layer by layer (names, widths,
 * activations, the residual wiring) and load weights.bin into the right layers. TensorFlow is not
 * installed here, so a stand-in `keras` module records what the script builds; numpy reads the weights.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build';
import { MODEL_SPEC_VERSION, outputFor, type ModelSpec } from '../model/spec';
import { layersModelFiles } from './artifacts';
import { kerasScript } from './kerasScript';
import { readModelLayers } from './modelLayers';

const hasNumpy = spawnSync('python3', ['-c', 'import numpy']).status === 0;

const SPEC: ModelSpec = {
  version: MODEL_SPEC_VERSION,
  hidden: [
    { kind: 'gaussianNoise', stddev: 0.2 },
    { kind: 'dense', units: 8, activation: 'hardSigmoid', l2: 0.01 },
    { kind: 'batchNormalization' },
    { kind: 'residual', units: 5, activation: 'swish', useBias: false },
    { kind: 'layerNormalization' },
    { kind: 'activation', activation: 'gelu' },
    { kind: 'dropout', rate: 0.25 },
  ],
};

/** Records every layer the script creates, its arguments and its inputs, then what load_weights gives it. */
const KERAS_STAND_IN = `import json, sys, types
created = []

class Symbol:
    def __init__(self, source):
        self.source = source

class Layer:
    def __init__(self, *args, **kwargs):
        self.args, self.kwargs, self.name, self.weights = list(args), kwargs, kwargs["name"], None
        created.append(self)
    def __call__(self, x):
        self.inputs = [s.source for s in x] if isinstance(x, list) else [x.source]
        return Symbol(self.name)
    def set_weights(self, arrays):
        self.weights = [a.tolist() for a in arrays]

keras = types.ModuleType("keras")
keras.layers = types.SimpleNamespace(**{n: type(n, (Layer,), {}) for n in ["Dense", "Dropout", "GaussianNoise", "Activation", "BatchNormalization", "LayerNormalization", "Add"]})
keras.ops = types.SimpleNamespace(clip=lambda x, low, high: x)
keras.saving = types.SimpleNamespace(register_keras_serializable=lambda package: (lambda f: f))
keras.regularizers = types.SimpleNamespace(L1L2=lambda l1, l2: {"l1": l1, "l2": l2})
keras.Input = lambda shape, name: Symbol("input:%d" % shape[0])
keras.Model = lambda inputs, outputs, name: types.SimpleNamespace(layers=created, output=outputs.source)
sys.modules["keras"] = keras

import keras_model
model = keras_model.build_model()
keras_model.load_weights(model)
describe = lambda v: getattr(v, "__name__", v)
print(json.dumps({"output": model.output, "layers": [
    {"class": type(l).__name__, "name": l.name, "args": [describe(a) for a in l.args],
     "kwargs": {k: describe(v) for k, v in l.kwargs.items() if k != "name"}, "inputs": l.inputs, "weights": l.weights}
    for l in created]}))
`;

interface RecordedLayer {
  class: string;
  name: string;
  args: unknown[];
  kwargs: Record<string, unknown>;
  inputs: string[];
  weights: number[][] | null;
}

let folder: string;
let model: tf.LayersModel;

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  model = buildModel(SPEC, 4, outputFor('multiclass', 3), 3);
  // Non-trivial statistics, so that a weight loaded into the wrong slot shows.
  const batchNorm = model.getLayer('l3_batchNormalization');
  const statistics = batchNorm.getWeights().map((w, i) => tf.fill(w.shape, i + 0.5));
  batchNorm.setWeights(statistics);
  tf.dispose(statistics);
  folder = mkdtempSync(join(tmpdir(), 'layerlab-keras-'));
  const files = await layersModelFiles(model);
  writeFileSync(join(folder, 'model.json'), files.modelJson);
  writeFileSync(join(folder, 'weights.bin'), files.weights);
  writeFileSync(join(folder, 'keras_model.py'), kerasScript(SPEC, 4, await readModelLayers(model)));
}, 60_000);

afterAll(() => {
  model.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('keras_model.py', () => {
  it('compiles', () => {
    execFileSync('python3', ['-m', 'py_compile', join(folder, 'keras_model.py')], { stdio: 'pipe' });
  });

  it.skipIf(!hasNumpy)('rebuilds every layer in order, wired like the tfjs model, with its trained weights', () => {
    writeFileSync(join(folder, 'run_stand_in.py'), KERAS_STAND_IN);
    const output = execFileSync('python3', [join(folder, 'run_stand_in.py')], { cwd: folder, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    const built = JSON.parse(output.toString()) as { output: string; layers: RecordedLayer[] };
    const tfjsLayers = model.layers.slice(1);
    expect(built.layers.map((l) => [l.class, l.name])).toEqual(tfjsLayers.map((l) => [l.getClassName(), l.name]));
    expect(built.output).toBe('output');

    const byName = new Map(built.layers.map((l) => [l.name, l]));
    expect(byName.get('l4_res_add')!.inputs).toEqual(['l3_batchNormalization', 'l4_res_b']);
    expect(byName.get('l2_dense')!.kwargs).toMatchObject({ activation: 'tfjs_hard_sigmoid', kernel_regularizer: { l1: 0, l2: 0.01 } });
    expect(byName.get('l4_res_a')!).toMatchObject({ args: [5], kwargs: { activation: 'silu', use_bias: false } });
    expect(byName.get('l4_res_b')!).toMatchObject({ args: [8], kwargs: { activation: 'linear', use_bias: false } });
    expect(byName.get('l6_activation')!.args).toEqual(['gelu']);
    expect(byName.get('l7_dropout')!.args).toEqual([0.25]);
    expect(byName.get('l1_gaussianNoise')!.args).toEqual([0.2]);
    expect(byName.get('output')!).toMatchObject({ args: [3], kwargs: { activation: 'softmax' } });

    for (const layer of tfjsLayers) {
      const expected = layer.getWeights().map((w) => Array.from(w.dataSync()));
      const loaded = (byName.get(layer.name)!.weights ?? []).map((w) => w.flat(2));
      expect(loaded.length, layer.name).toBe(expected.length);
      loaded.forEach((values, i) => values.forEach((v, j) => expect(v, `${layer.name}[${i}][${j}]`).toBeCloseTo(expected[i]![j]!, 6)));
    }
  });
});
