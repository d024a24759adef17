import { useStore } from '../../store/store';
import { formatCount } from '../shared/format';

const STATE_WORDS = {
  idle: 'Ready to train.',
  preparing: 'Preparing…',
  training: 'Training…',
  paused: 'Paused.',
  done: 'Finished.',
  stopped: 'Stopped: the best model so far is kept.',
  error: 'Training failed (see the message above).',
} as const;

const STOP_WORDS = {
  completed: 'all epochs ran',
  'early-stopping': 'stopped early: the validation loss stopped improving',
  user: 'stopped by you',
  diverged: 'stopped because the loss became infinite (try a lower learning rate); the last good weights are kept',
} as const;

/** `training-status`: state, backend, epoch and throughput, for people and for tests. */
export function TrainingStatusLine() {
  const status = useStore((s) => s.status);
  const detail = useStore((s) => s.statusDetail);
  const backend = useStore((s) => s.backend);
  const history = useStore((s) => s.history);
  const epochs = useStore((s) => s.settings.epochs);
  const result = useStore((s) => s.result);
  const last = history[history.length - 1];
  const remaining = last && status === 'training' ? (epochs - last.epoch) * last.seconds : null;
  return (
    <div
      className="status"
      role="status"
      data-testid="training-status"
      data-state={status}
      data-backend={backend ?? ''}
      data-epoch={last?.epoch ?? 0}
      data-samples-per-second={last ? Math.round(last.samplesPerSecond) : 0}
    >
      <p>
        <strong>{STATE_WORDS[status]}</strong> {detail}
        {backend && <> · backend: {backend}</>}
        {last && (
          <>
            {' '}· epoch {last.epoch} of at most {epochs} · {formatCount(Math.round(last.samplesPerSecond))} rows/s
            {remaining !== null && <> · at most {Math.ceil(remaining)} s left</>}
          </>
        )}
        {result && <> · {STOP_WORDS[result.stoppedBy]} (best epoch {result.bestEpoch})</>}
      </p>
      {(status === 'training' || status === 'preparing') && (
        <progress max={epochs} value={last?.epoch ?? 0} aria-label="Training progress">
          {last?.epoch ?? 0} of {epochs} epochs
        </progress>
      )}
    </div>
  );
}
