import { strToU8, zipSync } from 'fflate';
import type { Preprocessing } from '../dataset/preprocessing';
import type { LayersModelFiles } from './artifacts';
import predictMjs from './scripts/predict.mjs?raw';
import predictPy from './scripts/predict.py?raw';

export interface BundleInput {
  model: LayersModelFiles;
  onnx: Uint8Array;
  preprocessing: Preprocessing;
  /** The model card, Markdown. */
  card: string;
  kerasScript: string;
  /** Pinned in the bundle's package.json, so predict.mjs loads model.json with the version that wrote it. */
  tfjsVersion: string;
}

/** The downloadable zip: the model in two formats, its preprocessing, its card and scoring scripts. */
export function writeBundle(input: BundleInput): Uint8Array {
  const packageJson = {
    name: 'layerlab-model',
    private: true,
    type: 'module',
    description: 'Scores CSV files with a model trained in Layerlab: node predict.mjs input.csv [output.csv]',
    scripts: { predict: 'node predict.mjs' },
    dependencies: { '@tensorflow/tfjs': input.tfjsVersion },
  };
  const files = {
    'README.md': strToU8(input.card),
    'model.json': strToU8(input.model.modelJson),
    'weights.bin': input.model.weights,
    'model.onnx': input.onnx,
    'preprocessing.json': strToU8(JSON.stringify(input.preprocessing, null, 2)),
    'predict.mjs': strToU8(predictMjs),
    'predict.py': strToU8(predictPy),
    'keras_model.py': strToU8(input.kerasScript),
    'package.json': strToU8(`${JSON.stringify(packageJson, null, 2)}\n`),
    'requirements.txt': strToU8('# predict.py\nnumpy\nonnxruntime\n# keras_model.py (to train further): tensorflow>=2.16\n'),
  };
  return zipSync(files, { level: 6 });
}
