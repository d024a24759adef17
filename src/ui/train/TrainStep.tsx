import { useT } from '../../i18n/useT';
import { isBusy, useTargetInfo, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { Section } from '../shared/Section';
import { DecisionMapPanel } from './DecisionMapPanel';
import { RecoveryNote } from './RecoveryNote';
import { KeyFigures } from './KeyFigures';
import { StepControls } from './StepControls';
import { TrainingCharts } from './TrainingCharts';
import { TrainingSetup } from './TrainingSetup';
import { TrainingStatusLine } from './TrainingStatusLine';
import './train.css';

export function TrainStep() {
  const { t } = useT();
  const train = useStore((s) => s.train);
  const pause = useStore((s) => s.pause);
  const resume = useStore((s) => s.resume);
  const stop = useStore((s) => s.stop);
  const dataset = useStore((s) => s.dataset);
  const status = useTrainingStatus();
  const info = useTargetInfo();
  const busy = isBusy(status);
  const canTrain = Boolean(dataset && info && !info.problem) && !busy;
  return (
    <Section step={3} title={t('train.title')} id="train">
      <TrainingSetup />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void train()} disabled={!canTrain} data-testid="train-button">
          {t('train.button')}
        </button>
        {status === 'paused' ? (
          <button type="button" onClick={resume} data-testid="resume-button">
            {t('train.resume')}
          </button>
        ) : (
          <button type="button" onClick={pause} disabled={status !== 'training'} data-testid="pause-button">
            {t('train.pause')}
          </button>
        )}
        <button type="button" onClick={stop} disabled={!busy} data-testid="stop-button">
          {t('train.stop')}
        </button>
      </div>
      <StepControls canStart={canTrain} />
      <TrainingStatusLine />
      <KeyFigures />
      <RecoveryNote />
      <TrainingCharts />
      <DecisionMapPanel />
    </Section>
  );
}
