import * as tf from '@tensorflow/tfjs';
import { createRandom, shuffleInPlace } from '../random';
import type { TrainingSettings } from './settings';

export interface EpochRecord {
  epoch: number;
  loss: number;
  valLoss: number;
  /** Accuracy for classification, MAE in the target's units for regression. */
  metric: number;
  valMetric: number;
  seconds: number;
  samplesPerSecond: number;
}

export type StopReason = 'completed' | 'early-stopping' | 'user' | 'diverged';

export interface FitOutcome {
  stoppedBy: StopReason;
  bestEpoch: number;
  history: EpochRecord[];
}

/**
 * Lets the worker stop training from a message handler while `fit` runs: tfjs checks `stopTraining`
 * after every batch, and `yieldEvery` gives the message loop a turn.
 */
export class TrainingControl {
  stopRequested = false;
  private model: tf.LayersModel | null = null;

  attach(model: tf.LayersModel): void {
    this.model = model;
  }

  requestStop(): void {
    this.stopRequested = true;
    if (this.model) this.model.stopTraining = true;
  }
}

export interface FitInput {
  model: tf.LayersModel;
  x: tf.Tensor2D;
  y: tf.Tensor;
  xValidation: tf.Tensor2D;
  yValidation: tf.Tensor;
  settings: TrainingSettings;
  /** The compiled metric's name in tfjs logs (`acc` or `mae`) and a factor to report it in user units. */
  metricKey: 'acc' | 'mae';
  metricScale: number;
  control: TrainingControl;
  onEpoch: (record: EpochRecord) => void;
}

/**
 * Trains epoch by epoch with a seeded shuffle, keeps the weights of the best validation loss, and stops
 * early, on request or on divergence with those weights restored, so the model is always usable.
 */
export async function fitModel(input: FitInput): Promise<FitOutcome> {
  const { model, settings, control } = input;
  const random = createRandom(settings.seed ^ 0x5eed);
  const order = Int32Array.from({ length: input.x.shape[0] }, (_, i) => i);
  const history: EpochRecord[] = [];
  let best: { loss: number; epoch: number; weights: tf.Tensor[] } | null = null;
  let stoppedBy: StopReason = 'completed';
  control.attach(model);
  try {
    for (let epoch = 1; epoch <= settings.epochs; epoch++) {
      if (control.stopRequested) {
        stoppedBy = 'user';
        break;
      }
      shuffleInPlace(order, random);
      const started = performance.now();
      const logs = await fitOneEpoch(input, order);
      if (control.stopRequested) {
        // The epoch was cut short: its figures describe part of an epoch, so it is not recorded.
        stoppedBy = 'user';
        break;
      }
      const seconds = (performance.now() - started) / 1000;
      const record: EpochRecord = {
        epoch,
        loss: logs.loss ?? NaN,
        valLoss: logs.val_loss ?? NaN,
        metric: (logs[input.metricKey] ?? NaN) * input.metricScale,
        valMetric: (logs[`val_${input.metricKey}`] ?? NaN) * input.metricScale,
        seconds,
        samplesPerSecond: input.x.shape[0] / seconds,
      };
      if (!Number.isFinite(record.loss) || !Number.isFinite(record.valLoss)) {
        stoppedBy = 'diverged';
        break;
      }
      history.push(record);
      input.onEpoch(record);
      if (!best || record.valLoss < best.loss) {
        best?.weights.forEach((w) => w.dispose());
        best = { loss: record.valLoss, epoch, weights: model.getWeights().map((w) => w.clone()) };
      } else if (settings.patience > 0 && epoch - best.epoch >= settings.patience) {
        stoppedBy = 'early-stopping';
        break;
      }
    }
    if (best) model.setWeights(best.weights);
    return { stoppedBy, bestEpoch: best?.epoch ?? 0, history };
  } finally {
    best?.weights.forEach((w) => w.dispose());
  }
}

async function fitOneEpoch(input: FitInput, order: Int32Array): Promise<Record<string, number>> {
  const indices = tf.tensor1d(order, 'int32');
  const x = tf.gather(input.x, indices);
  const y = tf.gather(input.y, indices);
  indices.dispose();
  try {
    const result = await input.model.fit(x, y, {
      epochs: 1,
      batchSize: input.settings.batchSize,
      shuffle: false,
      validationData: [input.xValidation, input.yValidation],
      // Give the worker's message loop a turn every 50 ms so Stop is honoured mid-epoch, without
      // forcing a device sync per batch.
      yieldEvery: 50,
      verbose: 0,
    });
    const logs: Record<string, number> = {};
    for (const [key, values] of Object.entries(result.history)) logs[key] = Number(values[0]);
    return logs;
  } finally {
    x.dispose();
    y.dispose();
  }
}
