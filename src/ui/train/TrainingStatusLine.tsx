import type { EpochRecord } from '../../core/training/fit';
import { useStore } from '../../store/store';
import type { TrainingState } from '../../store/types';
import { formatCount } from '../shared/format';

const STATE_WORDS = {
  idle: 'Ready to train.',
  preparing: 'Preparing…',
  training: 'Training…',
  paused: 'Paused: training waits between two batches. Resume, or Stop to keep the best model so far.',
  done: 'Finished.',
  stopped: 'Stopped: the best model so far is kept.',
  error: 'Training failed (see the message above).',
} as const;

const STOP_WORDS = {
  completed: 'all epochs ran',
  'early-stopping': 'stopped early: the validation loss stopped improving',
  user: 'stopped by you',
  diverged: 'stopped because training diverged (see the message above); good weights are kept',
} as const;

/** Epochs done so far, counting the running epoch's share. */
function epochsDone(history: readonly EpochRecord[], live: TrainingState['live']): number {
  const finished = history[history.length - 1]?.epoch ?? 0;
  return live && live.epoch > finished ? live.epoch - 1 + live.step / live.steps : finished;
}

function duration(seconds: number): string {
  return seconds < 90 ? `${Math.max(1, Math.round(seconds))} s` : `${Math.round(seconds / 60)} min`;
}

/** At most this long: from the recent epochs' pace; early stopping may well end sooner. */
function timeLeft(history: readonly EpochRecord[], done: number, epochs: number): number | null {
  const recent = history.slice(-3);
  if (recent.length === 0) return null;
  const perEpoch = recent.reduce((sum, r) => sum + r.seconds, 0) / recent.length;
  return Math.max(0, epochs - done) * perEpoch;
}

/** `training-status`: state, backend and why, epoch, throughput and time left, for people and for tests. */
export function TrainingStatusLine() {
  const status = useStore((s) => s.status);
  const detail = useStore((s) => s.statusDetail);
  const backend = useStore((s) => s.backend);
  const reason = useStore((s) => s.backendReason);
  const history = useStore((s) => s.history);
  const live = useStore((s) => s.live);
  const notices = useStore((s) => s.notices);
  const epochs = useStore((s) => s.settings.epochs);
  const result = useStore((s) => s.result);
  const last = history[history.length - 1];
  const running = status === 'training' || status === 'paused';
  const done = epochsDone(history, running ? live : null);
  const left = running ? timeLeft(history, done, epochs) : null;
  const speed = running && live ? live.samplesPerSecond : last?.samplesPerSecond;
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
      </p>
      {backend && (
        <p data-testid="backend-reason">
          Backend: {reason || backend}
        </p>
      )}
      {(last || live) && (
        <p>
          Epoch {Math.min(epochs, Math.floor(done) + (running && done % 1 > 0 ? 1 : 0))} of at most {epochs}
          {speed !== undefined && <> · {formatCount(Math.round(speed))} rows/s</>}
          {left !== null && <> · at most {duration(left)} left</>}
          {/* Histories saved in projects before the rate was recorded have none. */}
          {last && Number.isFinite(last.learningRate) && last.learningRate !== history[0]?.learningRate && <> · learning rate lowered to {Number(last.learningRate.toPrecision(3))}</>}
          {result && <> · {STOP_WORDS[result.stoppedBy]} (best epoch {result.bestEpoch})</>}
        </p>
      )}
      {notices.map((notice) => (
        <p key={notice} className="notice" data-testid="training-notice">
          {notice}
        </p>
      ))}
      {(running || status === 'preparing') && (
        <progress max={epochs} value={done} aria-label="Training progress">
          {Math.floor(done)} of {epochs} epochs
        </progress>
      )}
    </div>
  );
}
