import * as tf from '@tensorflow/tfjs';
import { buildModel } from '../model/build';
import type { ModelSpec, OutputSpec } from '../model/spec';

/**
 * Times a few real training steps of this model on the current backend: the measurement behind the
 * backend choice. The first step (shader compilation, wasm warm-up) is run but not timed.
 */
export async function probeTrainingSpeed(spec: ModelSpec, inputDim: number, output: OutputSpec, batchSize: number, steps = 4): Promise<number> {
  const model = buildModel(spec, inputDim, output, 1);
  model.compile({ optimizer: tf.train.adam(1e-3), loss: output.loss });
  const rows = batchSize * steps;
  const x = tf.randomNormal([rows, inputDim], 0, 1, 'float32', 7);
  const y = output.units === 1 ? tf.randomUniform([rows, 1], 0, 1, 'float32', 8).round() : tf.oneHot(tf.randomUniform([rows], 0, output.units, 'int32', 9), output.units).toFloat();
  try {
    const firstX = x.slice([0, 0], [batchSize, inputDim]);
    const firstY = y.slice([0, 0], [batchSize, output.units]);
    await model.fit(firstX, firstY, { epochs: 1, batchSize, verbose: 0 });
    firstX.dispose();
    firstY.dispose();
    const started = performance.now();
    await model.fit(x, y, { epochs: 1, batchSize, shuffle: false, verbose: 0 });
    // fit resolves after reading the loss, so the device work is finished when the clock stops.
    return rows / ((performance.now() - started) / 1000);
  } finally {
    x.dispose();
    y.dispose();
    // An optimizer passed as an instance is not owned by the model, so model.dispose() leaves it.
    model.optimizer.dispose();
    model.dispose();
  }
}
