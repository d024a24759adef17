import type * as tf from '@tensorflow/tfjs';
import { predictRows } from '../model/predict';
import type { Phrase } from '../text';
import { ShuffledBatches, type TrainingArrays } from './batches';
import type { TrainingControl } from './control';
import { checkDivergence, divergenceLimit, divergenceMessage, type Divergence } from './divergence';
import { runEpoch, type BatchProgress } from './epoch';
import { modelPenalties, penaltyValue } from './regularization';
import { afterEpoch, initialSchedule, type ScheduleState } from './schedule';
import type { TrainingSettings } from './settings';
import { readWeights, writeWeights, type Checkpoint, type WeightValues } from './snapshot';
import type { TaskLoss } from './taskLoss';
import { createTrainingStep } from './trainingStep';

export interface EpochRecord {
  epoch: number;
  loss: number;
  valLoss: number;
  /** Accuracy for classification, MAE in the target's units for regression. */
  metric: number;
  valMetric: number;
  /** Seconds for the epoch: training and validation. */
  seconds: number;
  /** Training rows per second of training (validation excluded). */
  samplesPerSecond: number;
  /** The rate the epoch trained with (reduce-on-plateau lowers it). */
  learningRate: number;
}

/** `interrupted`: the worker crashed or the page reloaded, and the model of the last checkpoint was kept. */
export type StopReason = 'completed' | 'early-stopping' | 'user' | 'diverged' | 'interrupted';

export interface FitOutcome {
  stoppedBy: StopReason;
  bestEpoch: number;
  history: EpochRecord[];
  /** Why training diverged and what to do, in plain words (a phrase, see texts.ts); null unless it did. */
  divergence: Phrase | null;
}

/** Validation rows in plain memory (row-major), evaluated after each epoch. */
export interface ValidationArrays {
  features: Float32Array;
  targets: Float32Array;
  rows: number;
}

/**
 * What carries over when a backend fails mid-training and the run goes on elsewhere: the history, the
 * schedule, the best weights and the checkpoint of the last finished epoch, all in plain arrays.
 */
export interface FitProgress {
  history: EpochRecord[];
  schedule: ScheduleState;
  best: WeightValues | null;
  checkpoint: Checkpoint | null;
  /** The untrained model's validation loss: where training started, the yardstick for divergence. */
  startLoss: number | null;
}

export function startProgress(settings: TrainingSettings): FitProgress {
  return { history: [], schedule: initialSchedule(settings.learningRate), best: null, checkpoint: null, startLoss: null };
}

export interface FitInput {
  model: tf.LayersModel;
  loss: TaskLoss;
  train: TrainingArrays;
  validation: ValidationArrays;
  settings: TrainingSettings;
  /** Turns the metric into the user's units (the target's spread for regression MAE). */
  metricScale: number;
  control: TrainingControl;
  progress: FitProgress;
  onEpoch: (record: EpochRecord) => void;
  onBatch: (progress: BatchProgress) => void;
  onPause: (paused: boolean) => void;
  /** After each finished epoch, once `progress` holds its checkpoint and best weights. */
  onCheckpoint?: () => void;
  /** Test hook (`?failBackendAtEpoch=N`): throw as a failing backend would when this epoch starts. */
  failAtEpoch?: number | null;
}

/**
 * Trains epoch by epoch with a seeded shuffle, keeps the weights of the best validation loss, stops
 * early, lowers the learning rate on plateaus, and stops on request or on divergence with good weights
 * in place, so the model is always usable. Resumes from `progress.checkpoint` when it has one.
 */
export async function fitModel(input: FitInput): Promise<FitOutcome> {
  const { model, loss, settings, control, progress } = input;
  const step = createTrainingStep(model, loss, { ...settings, learningRate: progress.schedule.learningRate });
  const batches = new ShuffledBatches(input.train, settings.batchSize, step.rowWeightScale);
  const penalties = modelPenalties(model);
  let stoppedBy: StopReason = 'completed';
  let divergence: Divergence | null = null;
  try {
    if (progress.checkpoint) {
      writeWeights(model, progress.checkpoint.weights);
      step.optimizer.syncFromVariables();
      if (progress.checkpoint.optimizer) step.optimizer.importState(progress.checkpoint.optimizer);
    } else {
      progress.checkpoint = { epoch: 0, weights: await readWeights(model), optimizer: null };
      progress.startLoss = (await validate(input)).loss;
    }
    const startLoss = progress.startLoss ?? Infinity;
    const limit = divergenceLimit(startLoss, loss.baselineLoss(input.train.targets, input.train.outputs));
    for (let epoch = progress.checkpoint.epoch + 1; epoch <= settings.epochs && !control.stopRequested; epoch++) {
      if (epoch === input.failAtEpoch) throw new Error(`the backend was made to fail at epoch ${epoch} (test hook)`);
      batches.shuffle(settings.seed, epoch);
      const learningRate = progress.schedule.learningRate;
      const pass = await runEpoch({ epoch, step, batches, loss, divergenceLimit: limit, startLoss, control, onProgress: input.onBatch, onPause: input.onPause });
      if (pass.interrupted === 'stop') break;
      if (pass.interrupted) {
        divergence = pass.interrupted;
        break;
      }
      const validationStarted = performance.now();
      const penalty = await penaltyValue(penalties);
      const validated = await validate(input);
      const record: EpochRecord = {
        epoch,
        loss: pass.loss + penalty,
        valLoss: validated.loss + penalty,
        metric: pass.metric * input.metricScale,
        valMetric: validated.metric * input.metricScale,
        seconds: pass.seconds + (performance.now() - validationStarted) / 1000,
        samplesPerSecond: input.train.rows / pass.seconds,
        learningRate,
      };
      const trouble = Number.isFinite(record.valLoss) ? checkDivergence(record.loss, limit) : 'not-finite';
      if (trouble) {
        divergence = { epoch, reason: trouble, loss: Number.isFinite(record.valLoss) ? record.loss : record.valLoss, startLoss };
        break;
      }
      progress.history.push(record);
      input.onEpoch(record);
      const decision = afterEpoch(progress.schedule, epoch, record.valLoss, settings);
      progress.schedule = decision.state;
      step.optimizer.learningRate = decision.state.learningRate;
      const weights = await readWeights(model);
      if (decision.improved) progress.best = weights;
      progress.checkpoint = { epoch, weights, optimizer: await step.optimizer.exportState() };
      // A one-epoch step ends once the epoch is validated and reported: the next epoch holds before its first batch.
      control.epochDone();
      input.onCheckpoint?.();
      if (decision.stop) {
        stoppedBy = 'early-stopping';
        break;
      }
    }
    if (divergence) stoppedBy = 'diverged';
    else if (control.stopRequested) stoppedBy = 'user';
    // After a stop or divergence mid-epoch the current weights are half-trained or bad: go back to a finished epoch.
    const useBest = settings.restoreBestWeights && progress.best !== null;
    const keep = useBest ? progress.best : stoppedBy === 'user' || stoppedBy === 'diverged' ? progress.checkpoint.weights : null;
    if (keep) writeWeights(model, keep);
    const keptEpoch = useBest ? progress.schedule.bestEpoch : progress.checkpoint.epoch;
    return { stoppedBy, bestEpoch: progress.schedule.bestEpoch, history: progress.history, divergence: divergence && divergenceMessage(divergence, settings, keptEpoch) };
  } finally {
    step.dispose();
  }
}

/** Loss and metric (in the model's units) on the validation rows. */
async function validate({ model, loss, validation, train }: FitInput): Promise<{ loss: number; metric: number }> {
  const outputs = await predictRows(model, validation.features, validation.rows, train.inputs);
  return loss.evaluate(outputs, validation.targets, train.outputs);
}
