import type { HideableSetting } from '../../core/project/project';
import { DEFAULT_LEARNING_RATES, DEFAULT_TRAINING, OPTIMIZERS, type OptimizerName, type TrainingSettings } from '../../core/training/settings';
import { useT } from '../../i18n/useT';
import type { Translator } from '../../i18n/translator';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { NumberField } from '../model/NumberField';

type NumericKey = { [K in keyof TrainingSettings]: TrainingSettings[K] extends number ? K : never }[keyof TrainingSettings];

type Say = Translator['t'];

interface FieldSpec {
  key: NumericKey;
  /** What the setting does and its default, in the person's language. */
  help: (t: Say) => string;
  step: number | 'any';
  min: number;
  /** Shown only when this holds (momentum belongs to SGD). */
  when?: (settings: TrainingSettings) => boolean;
}

const FIELDS: FieldSpec[] = [
  { key: 'learningRate', help: (t) => t('train.help.learningRate', { adam: DEFAULT_LEARNING_RATES.adam, sgd: DEFAULT_LEARNING_RATES.sgd }), step: 'any', min: 0 },
  { key: 'momentum', help: (t) => t('train.help.momentum'), step: 0.05, min: 0, when: (s) => s.optimizer === 'sgd' },
  { key: 'batchSize', help: (t) => t('train.help.batchSize', { value: DEFAULT_TRAINING.batchSize }), step: 1, min: 1 },
  { key: 'epochs', help: (t) => t('train.help.epochs', { value: DEFAULT_TRAINING.epochs }), step: 1, min: 1 },
  { key: 'patience', help: (t) => t('train.help.patience', { value: DEFAULT_TRAINING.patience }), step: 1, min: 0 },
  { key: 'lrPatience', help: (t) => t('train.help.lrPatience', { value: DEFAULT_TRAINING.lrPatience }), step: 1, min: 0 },
  { key: 'lrFactor', help: (t) => t('train.help.lrFactor', { value: DEFAULT_TRAINING.lrFactor }), step: 0.05, min: 0 },
  { key: 'seed', help: (t) => t('train.help.seed'), step: 1, min: 0 },
];

/** The training settings, each with what it does and its default; a workshop link may hide some (`hidden`). */
export function SettingsForm({ hidden = [] }: { hidden?: readonly HideableSetting[] }) {
  const { t } = useT();
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
      {!hidden.includes('optimizer') && (
        <label className="field">
          <span>{t('workshop.setting.optimizer')}</span>
          <select value={settings.optimizer} disabled={busy} data-testid="setting-optimizer" onChange={(event) => chooseOptimizer(event.target.value as OptimizerName)}>
            {OPTIMIZERS.map((name) => (
              <option key={name} value={name}>
                {t(`train.optimizer.${name}`)}
              </option>
            ))}
          </select>
          <small>{t('train.help.optimizer')}</small>
        </label>
      )}
      {FIELDS.filter((field) => (field.when?.(settings) ?? true) && !hidden.includes(field.key)).map((field) => (
        <label key={field.key} className="field" title={field.help(t)}>
          <span>{t(`workshop.setting.${field.key}`)}</span>
          <NumberField step={field.step} min={field.min} value={settings[field.key]} disabled={busy} data-testid={`setting-${field.key}`} onValue={(value) => setSettings({ [field.key]: value })} />
          <small>{field.help(t)}</small>
        </label>
      ))}
      {!hidden.includes('restoreBestWeights') && (
        <label className="field checkbox">
          <span>
            <input type="checkbox" checked={settings.restoreBestWeights} disabled={busy} data-testid="setting-restoreBestWeights" onChange={(event) => setSettings({ restoreBestWeights: event.target.checked })} /> {t('workshop.setting.restoreBestWeights')}
          </span>
          <small>{t('train.help.restoreBestWeights')}</small>
        </label>
      )}
    </div>
  );
}
