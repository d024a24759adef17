/**
 * The English of every text the training worker sends the page (see core/text.ts): what it is doing,
 * why it trains on its backend, a backend that fell back, and why training diverged. The worker sends
 * them as phrases, so the page words them in the person's language; `english()` gives this English.
 */
import { phrase, type Phrase, type PhraseParams } from '../text';

export const TRAINING_TEXTS = {
  'training.detail.preparing': 'Preparing the data',
  'training.detail.measuring': 'Measuring which backend trains this model fastest here',
  'training.detail.paused': 'Paused',
  'training.detail.moved': 'Moved the model to {backend} for evaluation',
  'training.detail.baselines': 'Training simple baselines on the same rows to compare with',
  'training.detail.importance': 'Measuring which columns the model relies on',

  'backend.wasm': 'wasm {simd}, {threads}',
  'backend.simd': 'with SIMD',
  'backend.noSimd': 'without SIMD',
  'backend.oneThread': '1 thread',
  'backend.threads': '{count} threads',
  'backend.faster': '{backend}: {ratio}× faster than {runnerUp} on this device',
  'backend.only': '{backend}: the only backend that started on this device',
  'backend.measuredEarlier': '{reason} (measured earlier)',
  'backend.chosenByYou': '{backend}, chosen by you',
  'backend.takingOver': '{backend}, taking over from {failed}',
  'backend.moved': '{reason}; the trained model then moved to {moved}, where evaluation, scoring and export (many small steps) run faster than on {trained}',

  'training.notice.fellBack': 'The {failed} backend failed ({error}); training continues on {next} {from}.',
  'training.notice.fromEpoch': 'from the end of epoch {epoch}',
  'training.notice.fromStart': 'from the start',

  'divergence.message': 'Training diverged in epoch {epoch}: {what}. The learning rate ({rate}) is too high for this data, so each step overshoots. Try {suggested} or lower and train again; {kept}.',
  'divergence.notANumber': 'the loss became not a number',
  'divergence.infinite': 'the loss became infinite',
  'divergence.exploded': 'the loss rose to {loss}, far above the {start} it started from',
  'divergence.keptEpoch': 'the weights of epoch {epoch}, the last good ones, are kept',
  'divergence.keptStart': 'the starting weights are kept, as no epoch finished well',

  'settings.epochs': 'Epochs must be a whole number from 1 to {max}.',
  'settings.batchSize': 'Batch size must be a whole number from 1 to {max}.',
  'settings.optimizer': 'The optimizer must be one of {names}.',
  'settings.learningRate': 'The learning rate must be above 0 and at most {max} ({rate} is a good start for Adam).',
  'settings.momentum': 'Momentum must be at least 0 and below 1 (0.9 is usual).',
  'settings.patience': 'Patience must be a whole number of epochs (0 turns early stopping off).',
  'settings.lrPatience': 'The learning-rate patience must be a whole number of epochs (0 never lowers the rate).',
  'settings.lrFactor': 'The learning-rate factor must be between 0 and 1 (0.5 halves the rate).',
  'settings.seed': 'The seed must be a whole number.',
  /** Several problems, one after the other. */
  'settings.and': '{first} {next}',
} as const;

export type TrainingTextId = keyof typeof TRAINING_TEXTS;

/** A training text with its values; the id is checked against the table above. */
export const trainingText = (id: TrainingTextId, params: PhraseParams = {}): Phrase<TrainingTextId> => phrase(id, params);
