/** Training settings with defaults that work for typical tabular data of a few thousand rows. */
export interface TrainingSettings {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Epochs without a better validation loss before stopping; 0 turns early stopping off. */
  patience: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingSettings = {
  epochs: 100,
  batchSize: 32,
  learningRate: 0.001,
  patience: 10,
  seed: 42,
};

/** Problems with the settings, in plain words; empty when they can be used. */
export function validateTrainingSettings(settings: TrainingSettings): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(settings.epochs) || settings.epochs < 1 || settings.epochs > 10_000) problems.push('Epochs must be a whole number from 1 to 10,000.');
  if (!Number.isInteger(settings.batchSize) || settings.batchSize < 1 || settings.batchSize > 65_536) problems.push('Batch size must be a whole number from 1 to 65,536.');
  if (!(settings.learningRate > 0 && settings.learningRate <= 1)) problems.push('The learning rate must be above 0 and at most 1 (0.001 is a good start).');
  if (!Number.isInteger(settings.patience) || settings.patience < 0) problems.push('Patience must be a whole number of epochs (0 turns early stopping off).');
  if (!Number.isInteger(settings.seed)) problems.push('The seed must be a whole number.');
  return problems;
}
