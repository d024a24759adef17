/** Training settings with defaults that work for typical tabular data of a few thousand rows. */
import type { Phrase } from '../text';
import { trainingText, type TrainingTextId } from './texts';

export const OPTIMIZERS = ['adam', 'sgd', 'rmsprop'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

/** A learning rate each optimizer starts well with on standardised inputs (Keras's defaults, SGD's raised). */
export const DEFAULT_LEARNING_RATES: Record<OptimizerName, number> = { adam: 0.001, sgd: 0.01, rmsprop: 0.001 };

/**
 * Flat and primitive on purpose: saved projects copy these keys one by one, and a key an older file
 * lacks takes its default.
 */
export interface TrainingSettings {
  epochs: number;
  batchSize: number;
  optimizer: OptimizerName;
  learningRate: number;
  /** SGD only: the share of the previous step carried into the next (0 is plain SGD). */
  momentum: number;
  /** Epochs without a better validation loss before stopping; 0 turns early stopping off. */
  patience: number;
  /** When training ends, go back to the weights of the epoch with the best validation loss. */
  restoreBestWeights: boolean;
  /** Epochs without a better validation loss before the learning rate is multiplied by `lrFactor`; 0: never. */
  lrPatience: number;
  lrFactor: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingSettings = {
  epochs: 100,
  batchSize: 32,
  optimizer: 'adam',
  learningRate: DEFAULT_LEARNING_RATES.adam,
  momentum: 0.9,
  patience: 10,
  restoreBestWeights: true,
  lrPatience: 5,
  lrFactor: 0.5,
  seed: 42,
};

/** The learning rate is never reduced below this: smaller steps no longer change float32 weights. */
export const MIN_LEARNING_RATE = 1e-7;
/**
 * Rates above 1 are allowed so that a person can see what divergence looks like (training stops with
 * an explanation); beyond this the number is surely a typing slip.
 */
const MAX_LEARNING_RATE = 1000;

/** Problems with the settings, as phrases the page words in the person's language; empty when they can be used. */
export function trainingSettingProblems(settings: TrainingSettings): Phrase<TrainingTextId>[] {
  const problems: Phrase<TrainingTextId>[] = [];
  const whole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
  if (!whole(settings.epochs, 1, 10_000)) problems.push(trainingText('settings.epochs', { max: 10_000 }));
  if (!whole(settings.batchSize, 1, 65_536)) problems.push(trainingText('settings.batchSize', { max: 65_536 }));
  if (!OPTIMIZERS.includes(settings.optimizer)) problems.push(trainingText('settings.optimizer', { names: OPTIMIZERS.join(', ') }));
  if (!(settings.learningRate > 0 && settings.learningRate <= MAX_LEARNING_RATE)) problems.push(trainingText('settings.learningRate', { rate: DEFAULT_LEARNING_RATES.adam, max: MAX_LEARNING_RATE }));
  if (!(settings.momentum >= 0 && settings.momentum < 1)) problems.push(trainingText('settings.momentum'));
  if (!whole(settings.patience, 0, 10_000)) problems.push(trainingText('settings.patience'));
  if (!whole(settings.lrPatience, 0, 10_000)) problems.push(trainingText('settings.lrPatience'));
  if (!(settings.lrFactor > 0 && settings.lrFactor < 1)) problems.push(trainingText('settings.lrFactor'));
  if (!Number.isInteger(settings.seed)) problems.push(trainingText('settings.seed'));
  return problems;
}
