import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build';
import { denseStack, outputFor, type Task } from '../model/spec';
import { createRandom } from '../random';
import { english } from '../texts';
import { TrainingControl } from './control';
import { fitModel, startProgress, type FitInput } from './fit';
import { DEFAULT_TRAINING, type TrainingSettings } from './settings';
import { TASK_LOSSES } from './taskLoss';

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

const INPUTS = 4;

/** Rows whose target follows x0 + x1 (a class, or a number); `flip` inverts the classes. */
function table(rows: number, seed: number, task: Task, flip = false) {
  const random = createRandom(seed);
  const features = Float32Array.from({ length: rows * INPUTS }, () => random() * 2 - 1);
  const targets = Float32Array.from({ length: rows }, (_, r) => {
    const score = (features[r * INPUTS] as number) + (features[r * INPUTS + 1] as number);
    return task === 'regression' ? score : Number(score > 0 !== flip);
  });
  return { features, targets, rows };
}

function setup(settings: Partial<TrainingSettings>, options: { task?: Task; flipValidation?: boolean } = {}) {
  const task = options.task ?? 'binary';
  const fullSettings = { ...DEFAULT_TRAINING, epochs: 6, batchSize: 16, patience: 0, lrPatience: 0, learningRate: 0.01, ...settings };
  const train = table(240, 1, task);
  const model = buildModel(denseStack([8, 4]), INPUTS, outputFor(task, 2), fullSettings.seed);
  const input: FitInput = {
    model,
    loss: TASK_LOSSES[task],
    train: { ...train, inputs: INPUTS, outputs: 1, classWeights: null },
    validation: table(80, 2, task, options.flipValidation),
    settings: fullSettings,
    metricScale: 1,
    control: new TrainingControl(),
    progress: startProgress(fullSettings),
    onEpoch: () => {},
    onBatch: () => {},
    onPause: () => {},
  };
  return input;
}

const losses = (input: FitInput) => input.progress.history.map((r) => [r.loss, r.valLoss, r.metric, r.valMetric]);

describe('fitModel', () => {
  it('learns, and the same seed gives the same curve', async () => {
    const first = setup({ seed: 3 });
    const second = setup({ seed: 3 });
    const outcome = await fitModel(first);
    await fitModel(second);
    expect(outcome.stoppedBy).toBe('completed');
    expect(outcome.history).toHaveLength(6);
    expect(losses(first)).toEqual(losses(second));
    const history = first.progress.history;
    expect((history[5]?.valLoss as number) < (history[0]?.valLoss as number)).toBe(true);
    expect(history[5]?.valMetric).toBeGreaterThan(0.85);
    const other = setup({ seed: 4 });
    await fitModel(other);
    expect(losses(other)).not.toEqual(losses(first));
  });

  it('stops early when the validation loss stops improving, and restores the best epoch’s weights', async () => {
    // Validation labels are the opposite of training's: the better the model fits, the worse it validates.
    const input = setup({ epochs: 30, patience: 3, lrPatience: 2, learningRate: 0.05 }, { flipValidation: true });
    const outcome = await fitModel(input);
    expect(outcome.stoppedBy).toBe('early-stopping');
    expect(outcome.history.length).toBe(outcome.bestEpoch + 3);
    // The rate was halved after two flat epochs.
    expect(outcome.history.map((r) => r.learningRate)).toContain(0.025);
    const best = outcome.history[outcome.bestEpoch - 1];
    const validation = input.validation;
    const outputs = (input.model.predict(tf.tensor2d(validation.features, [validation.rows, INPUTS])) as tf.Tensor).dataSync() as Float32Array;
    expect(TASK_LOSSES.binary.evaluate(outputs, validation.targets, 1).loss).toBeCloseTo(best?.valLoss as number, 5);
  });

  it('stops on divergence within the epoch, explains it and keeps finite weights', async () => {
    const input = setup({ optimizer: 'sgd', momentum: 0.9, learningRate: 10, epochs: 20 }, { task: 'regression' });
    const outcome = await fitModel(input);
    expect(outcome.stoppedBy).toBe('diverged');
    expect(outcome.history.length).toBeLessThan(2);
    expect(outcome.divergence && english(outcome.divergence)).toMatch(/diverged in epoch 1.*learning rate \(10\) is too high.*Try 1 or lower/);
    for (const weight of input.model.getWeights()) expect(weight.dataSync().every(Number.isFinite)).toBe(true);
  });

  it('resumes from the last finished epoch after a failure, as if nothing had happened', async () => {
    const straight = setup({ seed: 9 });
    await fitModel(straight);
    const interrupted = setup({ seed: 9 });
    await expect(fitModel({ ...interrupted, failAtEpoch: 4 })).rejects.toThrow(/made to fail at epoch 4/);
    expect(interrupted.progress.history).toHaveLength(3);
    // A new model (as on the next backend) picks up the checkpoint: weights and optimizer state.
    const resumed = { ...interrupted, model: buildModel(denseStack([8, 4]), INPUTS, outputFor('binary', 2), 1) };
    await fitModel(resumed);
    expect(losses(resumed)).toEqual(losses(straight));
  });

  it('pauses between batches until resumed, and stops at once when asked', async () => {
    const input = setup({ epochs: 500 });
    const pauses: boolean[] = [];
    let epochs = 0;
    input.onPause = (paused) => pauses.push(paused);
    input.onEpoch = () => {
      epochs++;
      if (epochs === 2) input.control.pause();
    };
    const running = fitModel(input);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pauses).toEqual([true]);
    const heldAt = epochs;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(epochs).toBe(heldAt);
    input.control.resume();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pauses).toEqual([true, false]);
    expect(epochs).toBeGreaterThan(heldAt);
    input.control.requestStop();
    const outcome = await running;
    expect(outcome.stoppedBy).toBe('user');
    expect(outcome.history.length).toBeLessThan(500);
  });

  it('steps one batch or on to the end of the epoch, holding in between, with the curve of a straight run', async () => {
    const straight = setup({ seed: 5, epochs: 3 });
    await fitModel(straight);
    // 240 rows in batches of 16: 15 batches an epoch.
    const input = setup({ seed: 5, epochs: 3 });
    const batches: string[] = [];
    let holds = 0;
    input.onBatch = (progress) => batches.push(`${progress.epoch}.${progress.step}`);
    input.onPause = (paused) => (holds += paused ? 1 : 0);
    const heldTimes = async (count: number) => {
      for (let waited = 0; holds < count && waited < 10_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(holds).toBe(count);
      // Held: nothing more runs while no step is asked for.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(holds).toBe(count);
    };
    input.control.step('batch');
    const running = fitModel(input);
    await heldTimes(1);
    expect(batches).toEqual(['1.1']);
    input.control.step('batch');
    await heldTimes(2);
    expect(batches).toEqual(['1.1', '1.2']);
    expect(input.progress.history).toHaveLength(0);
    input.control.step('epoch');
    await heldTimes(3);
    expect(input.progress.history).toHaveLength(1);
    input.control.step('epoch');
    await heldTimes(4);
    expect(input.progress.history).toHaveLength(2);
    expect(batches.every((b) => !b.startsWith('3.'))).toBe(true);
    input.control.resume();
    const outcome = await running;
    expect(outcome.stoppedBy).toBe('completed');
    expect(losses(input)).toEqual(losses(straight));
  });

  it('leaves no tensors behind: the count after the 10th training equals that after the 1st', async () => {
    const train = async () => {
      const input = setup({ epochs: 2, patience: 1 });
      await fitModel(input);
      input.model.dispose();
    };
    await train();
    const afterFirst = tf.memory().numTensors;
    for (let i = 2; i <= 10; i++) await train();
    expect(tf.memory().numTensors).toBe(afterFirst);
  });
});
