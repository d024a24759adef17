import { useT } from '../../i18n/useT';
import { useStore } from '../../store/store';

/** `training-recovered`: the run was cut short (a crashed worker, a reload) and the model from this epoch is kept. */
export function RecoveryNote() {
  const { t } = useT();
  const recovery = useStore((s) => s.recovery);
  if (!recovery) return null;
  const params = { epoch: recovery.keptEpoch };
  return (
    <p className="notice recovery-note" role="status" data-testid="training-recovered" data-cause={recovery.cause} data-epoch={recovery.keptEpoch}>
      {recovery.cause === 'crash' ? t('fault.keptAfterCrash', params) : t('fault.keptAfterReload', params)}
    </p>
  );
}
