import { MIN_LEARNING_RATE, type TrainingSettings } from './settings';

/** What the epoch loop remembers between epochs about the validation loss and the learning rate. */
export interface ScheduleState {
  bestLoss: number;
  bestEpoch: number;
  learningRate: number;
  /** Epochs since the best validation loss or since the last reduction of the rate, whichever is later. */
  sinceLearningRateChange: number;
}

export interface ScheduleDecision {
  state: ScheduleState;
  improved: boolean;
  /** Early stopping: `patience` epochs without a better validation loss. */
  stop: boolean;
  learningRateReduced: boolean;
}

export function initialSchedule(learningRate: number): ScheduleState {
  return { bestLoss: Infinity, bestEpoch: 0, learningRate, sinceLearningRateChange: 0 };
}

/**
 * Early stopping and reduce-on-plateau after one epoch, as Keras's EarlyStopping and
 * ReduceLROnPlateau do it on the validation loss (no cool-down, no minimum delta).
 */
export function afterEpoch(state: ScheduleState, epoch: number, validationLoss: number, settings: Pick<TrainingSettings, 'patience' | 'lrPatience' | 'lrFactor'>): ScheduleDecision {
  if (validationLoss < state.bestLoss) {
    return { state: { ...state, bestLoss: validationLoss, bestEpoch: epoch, sinceLearningRateChange: 0 }, improved: true, stop: false, learningRateReduced: false };
  }
  const stop = settings.patience > 0 && epoch - state.bestEpoch >= settings.patience;
  const waited = state.sinceLearningRateChange + 1;
  const reduce = settings.lrPatience > 0 && waited >= settings.lrPatience && state.learningRate > MIN_LEARNING_RATE;
  const learningRate = reduce ? Math.max(MIN_LEARNING_RATE, state.learningRate * settings.lrFactor) : state.learningRate;
  return { state: { ...state, learningRate, sinceLearningRateChange: reduce ? 0 : waited }, improved: false, stop, learningRateReduced: reduce };
}
