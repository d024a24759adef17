import * as tf from '@tensorflow/tfjs';

/** Rows per predict call: bounded so that large files never become one huge tensor (WebGL texture limits). */
const PREDICT_CHUNK = 4096;

/** Raw model outputs (probabilities or scaled values), row-major `rows × outputUnits`. */
export async function predictRows(model: tf.LayersModel, features: Float32Array, rowCount: number, featureCount: number): Promise<Float32Array> {
  const outputUnits = (model.outputs[0]?.shape[1] as number | null) ?? 1;
  const result = new Float32Array(rowCount * outputUnits);
  for (let start = 0; start < rowCount; start += PREDICT_CHUNK) {
    const count = Math.min(PREDICT_CHUNK, rowCount - start);
    const input = tf.tensor2d(features.subarray(start * featureCount, (start + count) * featureCount), [count, featureCount]);
    const output = model.predict(input) as tf.Tensor;
    result.set(await output.data(), start * outputUnits);
    input.dispose();
    output.dispose();
  }
  return result;
}
