import { strFromU8, unzipSync } from 'fflate';
import type * as Ort from 'onnxruntime-web';
import { columnOf } from '../core/csv/table';
import { encodeFeatures } from '../core/dataset/encode';
import type { Preprocessing } from '../core/dataset/preprocessing';
import { loadLayersModelFiles } from '../core/export/artifacts';
import { DEFAULT_INPUT_NAME, DEFAULT_OUTPUT_NAME } from '../core/export/onnx/network';
import { judgeDifferences, largestDifference, type BundleVerification } from '../core/export/verification';
import { predictRows } from '../core/model/predict';
import type { TrainedModel } from './training';

export type OnnxRuntime = typeof Ort;

/**
 * The bundle checks itself: the raw test rows kept with the model go through the zip's own
 * preprocessing.json into the zip's model.json + weights.bin (tfjs) and model.onnx (onnxruntime-web),
 * and their outputs are compared with the trained model's on the app's own encoding. A failure of any
 * step is reported, never thrown: the zip is still offered, with the reason it could not be confirmed.
 */
export async function verifyBundle(zip: Uint8Array, trained: TrainedModel, loadOnnxRuntime: () => Promise<OnnxRuntime>): Promise<BundleVerification> {
  const sample = trained.testSample;
  const rowCount = sample.rowCount;
  if (rowCount === 0) return { ok: false, rowsCompared: 0, problem: 'There were no test rows to check the bundle with.' };
  try {
    const files = unzipSync(zip);
    const file = (name: string): Uint8Array => {
      const bytes = files[name];
      if (!bytes) throw new Error(`the zip has no ${name}`);
      return bytes;
    };
    const rows = Int32Array.from({ length: rowCount }, (_, i) => i);
    const lookup = (name: string) => columnOf(sample, name);
    const reference = encodeFeatures(trained.pre, lookup, rows);
    const expected = await predictRows(trained.model, reference.values, rowCount, reference.featureCount);

    const features = encodeFeatures(JSON.parse(strFromU8(file('preprocessing.json'))) as Preprocessing, lookup, rows);
    const reloaded = await loadLayersModelFiles({ modelJson: strFromU8(file('model.json')), weights: file('weights.bin') });
    let tfjsOutputs: Float32Array;
    try {
      tfjsOutputs = await predictRows(reloaded, features.values, rowCount, features.featureCount);
    } finally {
      reloaded.dispose();
    }
    const onnxOutputs = await runOnnx(await loadOnnxRuntime(), file('model.onnx'), features.values, rowCount, features.featureCount);
    return judgeDifferences(rowCount, largestDifference(expected, tfjsOutputs), largestDifference(expected, onnxOutputs));
  } catch (error) {
    return { ok: false, rowsCompared: 0, problem: `The bundle could not be checked: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

async function runOnnx(ort: OnnxRuntime, model: Uint8Array, features: Float32Array, rowCount: number, featureCount: number): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(model);
  try {
    const result = await session.run({ [DEFAULT_INPUT_NAME]: new ort.Tensor('float32', features, [rowCount, featureCount]) });
    const output = result[DEFAULT_OUTPUT_NAME];
    if (!output) throw new Error('model.onnx has no output named "output"');
    return output.data as Float32Array;
  } finally {
    await session.release();
  }
}
