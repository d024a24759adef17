import { isBusy, useTargetInfo, useTrainingStatus } from '../../store/hooks';
import { useStore } from '../../store/store';
import { Section } from '../shared/Section';
import { BackendPicker } from './BackendPicker';
import { SettingsForm } from './SettingsForm';
import { TrainingCharts } from './TrainingCharts';
import { TrainingStatusLine } from './TrainingStatusLine';
import './train.css';

export function TrainStep() {
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
    <Section step={3} title="Train" id="train">
      <SettingsForm />
      <BackendPicker />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void train()} disabled={!canTrain} data-testid="train-button">
          Train
        </button>
        {status === 'paused' ? (
          <button type="button" onClick={resume} data-testid="resume-button">
            Resume
          </button>
        ) : (
          <button type="button" onClick={pause} disabled={status !== 'training'} data-testid="pause-button">
            Pause
          </button>
        )}
        <button type="button" onClick={stop} disabled={!busy} data-testid="stop-button">
          Stop
        </button>
      </div>
      <TrainingStatusLine />
      <TrainingCharts />
    </Section>
  );
}
