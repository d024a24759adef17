import type { HideableSetting } from '../../core/project/project';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';
import { Lockable } from '../project/Lockable';
import { BackendPicker } from './BackendPicker';
import { SettingsForm } from './SettingsForm';

const NONE: readonly HideableSetting[] = [];

/** The training settings and the backend, as a workshop link leaves them: locked, and some perhaps hidden. */
export function TrainingSetup() {
  const { t } = useT();
  const locks = useStore((s) => s.locks);
  const hidden = locks?.hidden ?? NONE;
  return (
    <Lockable locked={locks?.training ?? false} testId="training-lock">
      {hidden.length > 0 && (
        <p className="muted" data-testid="hidden-settings" data-hidden={hidden.join(',')}>
          {t('workshop.hidden', { count: hidden.length })}
        </p>
      )}
      <SettingsForm hidden={hidden} />
      {!hidden.includes('backend') && <BackendPicker />}
    </Lockable>
  );
}
