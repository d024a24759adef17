import { DEFAULT_LEARNING_RATES, DEFAULT_TRAINING, OPTIMIZERS, type OptimizerName, type TrainingSettings } from '../../core/training/settings';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { NumberField } from '../model/NumberField';

type NumericKey = { [K in keyof TrainingSettings]: TrainingSettings[K] extends number ? K : never }[keyof TrainingSettings];

interface FieldSpec {
  key: NumericKey;
  label: string;
  help: string;
  step: number | 'any';
  min: number;
  /** Shown only when this holds (momentum belongs to SGD). */
  when?: (settings: TrainingSettings) => boolean;
}

const OPTIMIZER_WORDS: Record<OptimizerName, string> = {
  adam: 'Adam: adapts each weight’s step; the safe default',
  sgd: 'SGD with momentum: plain steps; can generalise a little better, needs a tuned rate',
  rmsprop: 'RMSprop: adapts steps like Adam, without momentum',
};

const FIELDS: FieldSpec[] = [
  { key: 'learningRate', label: 'Learning rate', help: `Step size. Defaults: ${DEFAULT_LEARNING_RATES.adam} for Adam and RMSprop, ${DEFAULT_LEARNING_RATES.sgd} for SGD. Too high and training diverges.`, step: 'any', min: 0 },
  { key: 'momentum', label: 'Momentum', help: 'Share of the previous step carried into the next (0.9 is usual; 0 is plain SGD).', step: 0.05, min: 0, when: (s) => s.optimizer === 'sgd' },
  { key: 'batchSize', label: 'Batch size', help: `Rows per weight update (default ${DEFAULT_TRAINING.batchSize}). Larger trains faster per row, in fewer, smoother steps.`, step: 1, min: 1 },
  { key: 'epochs', label: 'Epochs', help: `Passes over the training rows, at most (default ${DEFAULT_TRAINING.epochs}); early stopping usually ends sooner.`, step: 1, min: 1 },
  { key: 'patience', label: 'Early-stopping patience', help: `Stop after this many epochs without a better validation loss (default ${DEFAULT_TRAINING.patience}; 0: never).`, step: 1, min: 0 },
  { key: 'lrPatience', label: 'Lower the rate after', help: `Epochs without a better validation loss before the learning rate is lowered (default ${DEFAULT_TRAINING.lrPatience}; 0: never).`, step: 1, min: 0 },
  { key: 'lrFactor', label: 'Lower it by ×', help: `Factor applied to the learning rate on a plateau (default ${DEFAULT_TRAINING.lrFactor}: halve it).`, step: 0.05, min: 0 },
  { key: 'seed', label: 'Seed', help: 'Same seed and backend: same split, same starting weights, same shuffles, same curve.', step: 1, min: 0 },
];

/** The training settings, each with what it does and its default. */
export function SettingsForm() {
  const settings = useStore((s) => s.settings);
  const setSettings = useStore((s) => s.setSettings);
  const busy = isBusy(useTrainingStatus());
  const chooseOptimizer = (optimizer: OptimizerName) => {
    // A rate still at the old optimizer's default follows to the new one's; a rate the person set stays.
    const keepRate = settings.learningRate !== DEFAULT_LEARNING_RATES[settings.optimizer];
    setSettings({ optimizer, ...(!keepRate && { learningRate: DEFAULT_LEARNING_RATES[optimizer] }) });
  };
  return (
    <div className="settings">
      <label className="field">
        <span>Optimizer</span>
        <select value={settings.optimizer} disabled={busy} data-testid="setting-optimizer" onChange={(event) => chooseOptimizer(event.target.value as OptimizerName)}>
          {OPTIMIZERS.map((name) => (
            <option key={name} value={name}>
              {OPTIMIZER_WORDS[name]}
            </option>
          ))}
        </select>
        <small>How the weights move after each batch (default Adam).</small>
      </label>
      {FIELDS.filter((field) => field.when?.(settings) ?? true).map((field) => (
        <label key={field.key} className="field" title={field.help}>
          <span>{field.label}</span>
          <NumberField step={field.step} min={field.min} value={settings[field.key]} disabled={busy} data-testid={`setting-${field.key}`} onValue={(value) => setSettings({ [field.key]: value })} />
          <small>{field.help}</small>
        </label>
      ))}
      <label className="field checkbox">
        <span>
          <input type="checkbox" checked={settings.restoreBestWeights} disabled={busy} data-testid="setting-restoreBestWeights" onChange={(event) => setSettings({ restoreBestWeights: event.target.checked })} /> Keep the best epoch
        </span>
        <small>At the end, go back to the weights of the epoch with the best validation loss (default on).</small>
      </label>
    </div>
  );
}
