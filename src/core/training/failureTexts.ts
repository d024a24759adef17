/**
 * The English of why the training worker could not do what the page asked (see core/text.ts): no data
 * or no model yet, a backend that would not start, a sample that would not load, a crash, and the
 * figures of an evaluation that could not be measured. The worker raises them as phrases (UserError),
 * so the page words them in the person's language; `english()` gives this English.
 */
export const FAILURE_TEXTS = {
  'failure.noData': 'Load a CSV file or a sample first.',
  'failure.noDataToTrain': 'Load a CSV file or a sample before training.',
  'failure.noDataToRestore': 'Load a CSV file or a sample before bringing back a model.',
  'failure.busy': 'A model is already training. Stop it first, or wait until it finishes.',
  'failure.noModelToScore': 'Train a model before scoring a file.',
  'failure.noModelForWhatIf': 'Train a model before trying out values.',
  'failure.noModelToExport': 'Train a model before downloading it.',
  'failure.noModelForWeights': 'Train a model before looking at its weights.',
  'failure.noModelToSave': 'There is no trained model to save yet.',
  /** `parameter` is the address's own `?backend=…`, which stays as it is in every language. */
  'failure.backendUnavailable': 'The {backend} backend cannot start in this browser. Choose "Automatic" as the backend (or remove "{parameter}" from the address) to let Layerlab pick one that works.',
  /** `error` is the engine's own words. */
  'failure.backendFailed': 'Training failed on the {backend} backend ({error}) and no other backend could take over. Reload the page and train again.',
  'failure.noBackendToRestore': 'No training backend could start in this browser, so the model could not be brought back. Reload the page and train again.',
  'failure.checkpointMismatch': 'The model saved during training does not fit the data loaded now, so it could not be brought back. Press Train to train again.',
  'failure.sampleUnavailable': 'The sample could not be loaded (HTTP {status}). Reload the page, or load your own CSV.',
  /** A bug, not the person's doing: `detail` is the program's own words. */
  'failure.internal': 'Something went wrong inside Layerlab: {detail}. Your settings are kept; try again.',
  'failure.cancelled': 'Cancelled.',
  'failure.workerCrashed': 'The training worker stopped unexpectedly ({reason}); it may have run out of memory. Your settings are kept: load the data again and retry.',
  /** The crash's reason when the browser gives none. */
  'failure.unknownCause': 'an unknown error',

  /** Notes beside the evaluation when an extra figure failed; `detail` is the error's own words. */
  'evaluate.unavailable.baselines': 'The simple baselines could not be measured ({detail}).',
  'evaluate.unavailable.importance': 'Column importance could not be measured ({detail}).',
} as const;
