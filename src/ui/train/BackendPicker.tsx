import { useT } from '../../i18n/useT';
import { isBusy, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { BACKENDS, type BackendChoice } from '../../worker/protocol';

/** Which tfjs backend trains: measured by default (remembered per device and model size), or forced. */
export function BackendPicker() {
  const { t } = useT();
  const choice = useStore((s) => s.backendChoice);
  const setChoice = useStore((s) => s.setBackendChoice);
  const busy = isBusy(useTrainingStatus());
  return (
    <label className="field" title={t('train.backend.how')}>
      <span>{t('workshop.setting.backend')}</span>
      <select value={choice} disabled={busy} data-testid="backend-select" onChange={(event) => setChoice(event.target.value as BackendChoice)}>
        {(['auto', ...BACKENDS] as const).map((name) => (
          <option key={name} value={name}>
            {t(`train.backend.${name}`)}
          </option>
        ))}
      </select>
      <small>{t('train.backend.help')}</small>
    </label>
  );
}
