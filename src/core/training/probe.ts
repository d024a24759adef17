import * as tf from '@tensorflow/tfjs';
import { buildModel } from '../model/build';
import type { ModelSpec, OutputSpec, Task } from '../model/spec';
import { createRandom } from '../random';
import { ShuffledBatches } from './batches';
import { DEFAULT_TRAINING } from './settings';
import { TASK_LOSSES } from './taskLoss';
import { createTrainingStep } from './trainingStep';

/** Steps run untimed first: shader compilation and wasm warm-up are paid once, not per step. */
const WARM_UP_STEPS = 2;

/**
 * Times real training steps of this model, with the trainer the app uses, on the current backend: the
 * measurement behind the backend choice. Random rows stand in for the data (speed does not depend on
 * values); the clock stops after reading the last loss, so queued GPU work is counted.
 */
export async function probeTrainingSpeed(spec: ModelSpec, inputDim: number, output: OutputSpec, task: Task, batchSize: number, steps = 6): Promise<number> {
  const rows = batchSize * (steps + WARM_UP_STEPS);
  const random = createRandom(7);
  const features = Float32Array.from({ length: rows * inputDim }, () => random() * 2 - 1);
  const targets = new Float32Array(rows * output.units);
  for (let r = 0; r < rows; r++) targets[r * output.units + (output.units === 1 ? 0 : r % output.units)] = output.units === 1 ? r % 2 : 1;
  const model = buildModel(spec, inputDim, output, 1);
  const loss = TASK_LOSSES[task];
  const step = createTrainingStep(model, loss, DEFAULT_TRAINING);
  const batches = new ShuffledBatches({ features, targets, rows, inputs: inputDim, outputs: output.units, classWeights: null }, batchSize, step.rowWeightScale);
  batches.shuffle(1, 1);
  const runSteps = async (from: number, count: number) => {
    const stats = [];
    for (let i = from; i < from + count; i++) {
      const batch = batches.batch(i);
      stats.push(step.run(batch));
      tf.dispose([batch.x, batch.y, batch.rowWeights]);
    }
    await Promise.all(stats.map((s) => s.loss.data()));
    tf.dispose(stats.flatMap((s) => [s.loss, s.metric]));
  };
  try {
    await runSteps(0, WARM_UP_STEPS);
    const started = performance.now();
    await runSteps(WARM_UP_STEPS, steps);
    return (batchSize * steps) / ((performance.now() - started) / 1000);
  } finally {
    step.dispose();
    model.dispose();
  }
}
