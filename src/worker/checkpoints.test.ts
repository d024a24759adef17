import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN } from '../core/dataset/plan';
import { denseStack } from '../core/model/spec';
import { startProgress, type EpochRecord, type FitProgress } from '../core/training/fit';
import { DEFAULT_TRAINING } from '../core/training/settings';
import { CheckpointPacer, CheckpointSender, checkpointOf, packWeights, unpackWeights } from './checkpoints';
import type { TrainConfig, WorkerEvent } from './protocol';

const config = (restoreBestWeights: boolean): TrainConfig => ({
  target: 'churn',
  positiveClass: 'yes',
  spec: denseStack([2]),
  settings: { ...DEFAULT_TRAINING, restoreBestWeights },
  backend: 'cpu',
});

const record = (epoch: number): EpochRecord => ({ epoch, loss: 1 / epoch, valLoss: 1 / epoch, metric: 0.5, valMetric: 0.5, seconds: 1, samplesPerSecond: 100, learningRate: 0.001 });

/** A run after three epochs whose best validation loss was at epoch 2. */
function progressAfterThree(): FitProgress {
  const progress = startProgress(DEFAULT_TRAINING);
  progress.history = [record(1), record(2), record(3)];
  progress.schedule = { ...progress.schedule, bestEpoch: 2, bestLoss: 0.5 };
  progress.best = [Float32Array.of(2, 2), Float32Array.of(2)];
  progress.checkpoint = { epoch: 3, weights: [Float32Array.of(3, 3), Float32Array.of(3)], optimizer: null };
  return progress;
}

describe('CheckpointPacer', () => {
  it('sends the first epoch, then at most one per interval, and always the last one once', () => {
    let clock = 0;
    const pacer = new CheckpointPacer(2000, () => clock);
    expect(pacer.take(1)).toBe(true);
    clock = 500;
    expect(pacer.take(2)).toBe(false);
    clock = 1999;
    expect(pacer.take(3)).toBe(false);
    clock = 2000;
    expect(pacer.take(4)).toBe(true);
    clock = 2100;
    expect(pacer.take(5, true)).toBe(true);
    // The last epoch sent already as a paced one is not sent twice.
    expect(pacer.take(5, true)).toBe(false);
  });
});

describe('packed weights', () => {
  it('round-trip through one buffer', () => {
    const values = [Float32Array.of(1, 2, 3), Float32Array.of(), Float32Array.of(4.5)];
    const packed = packWeights(values);
    expect(Array.from(packed)).toEqual([1, 2, 3, 4.5]);
    expect(unpackWeights(packed, [3, 0, 1])?.map((value) => Array.from(value))).toEqual([[1, 2, 3], [], [4.5]]);
  });

  it('refuse sizes of another model', () => {
    expect(unpackWeights(Float32Array.of(1, 2, 3), [2, 2])).toBeNull();
    expect(unpackWeights(Float32Array.of(1, 2, 3), [2])).toBeNull();
  });
});

describe('checkpointOf', () => {
  it('holds the best weights so far when the settings restore them, as a Stop would keep', () => {
    const checkpoint = checkpointOf(progressAfterThree(), config(true), 'wasm');
    expect(checkpoint).toMatchObject({ epoch: 3, bestEpoch: 2, keptEpoch: 2, backend: 'wasm' });
    expect(Array.from(checkpoint?.weights ?? [])).toEqual([2, 2, 2]);
    expect(checkpoint?.history.map((r) => r.epoch)).toEqual([1, 2, 3]);
    // A config without a plan trained with the default one.
    expect(checkpoint?.config).toEqual({ target: 'churn', positiveClass: 'yes', spec: denseStack([2]), settings: config(true).settings, data: DEFAULT_PLAN });
  });

  it('holds the last epoch otherwise', () => {
    const checkpoint = checkpointOf(progressAfterThree(), config(false), 'cpu');
    expect(checkpoint).toMatchObject({ epoch: 3, keptEpoch: 3 });
    expect(Array.from(checkpoint?.weights ?? [])).toEqual([3, 3, 3]);
  });

  it('is null before an epoch finished', () => {
    const progress = startProgress(DEFAULT_TRAINING);
    expect(checkpointOf(progress, config(true), 'cpu')).toBeNull();
    progress.checkpoint = { epoch: 0, weights: [Float32Array.of(0)], optimizer: null };
    expect(checkpointOf(progress, config(true), 'cpu')).toBeNull();
  });
});

describe('CheckpointSender', () => {
  it('transfers a copy of the weights: training keeps its own arrays intact', () => {
    const progress = progressAfterThree();
    const posted: WorkerEvent[] = [];
    const sender = new CheckpointSender(
      (event, transfer = []) => posted.push(structuredClone(event, { transfer })),
      7,
      config(false),
      new CheckpointPacer(2000, () => 0),
    );
    sender.offer(progress, 'cpu');
    sender.offer(progress, 'cpu', true);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'trainingCheckpoint', requestId: 7, checkpoint: { epoch: 3 } });
    expect(Array.from(progress.checkpoint?.weights[0] ?? [])).toEqual([3, 3]);
  });
});
