import { useState } from 'react';
import type { StepUnit } from '../../core/training/control';
import { useT } from '../../i18n/useT';
import { useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import './workshop.css';

/**
 * The Step button: one batch, or on to the end of the epoch, then training holds (paused), so a
 * trainer can walk a class through training. From rest it starts a run that holds after its first step.
 */
export function StepControls({ canStart }: { canStart: boolean }) {
  const { t } = useT();
  const step = useStore((s) => s.step);
  const status = useTrainingStatus();
  const [unit, setUnit] = useState<StepUnit>('epoch');
  const canStep = status === 'paused' || canStart;
  return (
    <div className="step-controls">
      <label className="field">
        <span>{t('workshop.step.unit')}</span>
        <select value={unit} onChange={(event) => setUnit(event.target.value as StepUnit)} data-testid="step-unit">
          <option value="batch">{t('workshop.step.batch')}</option>
          <option value="epoch">{t('workshop.step.epoch')}</option>
        </select>
      </label>
      <button type="button" onClick={() => step(unit)} disabled={!canStep} title={t('workshop.step.help')} data-testid="step-button">
        {t('workshop.step.button')}
      </button>
      <StepPosition />
    </div>
  );
}

/** Where the run stands, to the batch: `data-epoch` finished epochs, `data-batch` batches into the next. */
function StepPosition() {
  const { t } = useT();
  const status = useTrainingStatus();
  const history = useStore((s) => s.history);
  const live = useStore((s) => s.live);
  if (status !== 'training' && status !== 'paused') return null;
  const finished = history[history.length - 1]?.epoch ?? 0;
  // Progress of an epoch already validated is history: the position is then at the next epoch's start.
  const current = live && live.epoch > finished ? live : null;
  return (
    <p className="step-position" data-testid="step-position" data-epoch={finished} data-batch={current?.step ?? 0}>
      {current ? t('workshop.step.position', { epoch: current.epoch, batch: current.step, batches: current.steps }) : t('workshop.step.epochs', { count: finished })}
    </p>
  );
}
