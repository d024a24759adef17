import type { TrainingSettings } from '../../core/training/settings';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';

interface FieldSpec {
  key: keyof TrainingSettings;
  label: string;
  help: string;
  step: number;
  min: number;
}

const FIELDS: FieldSpec[] = [
  { key: 'epochs', label: 'Epochs', help: 'Passes over the training rows (at most; early stopping may end sooner).', step: 1, min: 1 },
  { key: 'batchSize', label: 'Batch size', help: 'Rows per weight update. Smaller learns in more, noisier steps.', step: 1, min: 1 },
  { key: 'learningRate', label: 'Learning rate', help: 'Step size of the Adam optimiser; 0.001 suits most tables.', step: 0.0001, min: 0 },
  { key: 'patience', label: 'Patience', help: 'Stop after this many epochs without a better validation loss (0: never), keeping the best weights.', step: 1, min: 0 },
  { key: 'seed', label: 'Seed', help: 'Same seed, same split, same starting weights, same result.', step: 1, min: 0 },
];

export function SettingsForm() {
  const settings = useStore((s) => s.settings);
  const setSettings = useStore((s) => s.setSettings);
  const busy = isBusy(useTrainingStatus());
  return (
    <div className="settings">
      {FIELDS.map((field) => (
        <label key={field.key} className="field" title={field.help}>
          <span>{field.label}</span>
          <input
            type="number"
            step={field.step}
            min={field.min}
            value={settings[field.key]}
            disabled={busy}
            data-testid={`setting-${field.key}`}
            onChange={(event) => setSettings({ [field.key]: Number(event.target.value) })}
          />
          <small>{field.help}</small>
        </label>
      ))}
    </div>
  );
}
