import type { EpochRecord } from '../../core/training/fit';
import { useT } from '../../i18n/useT';
import type { Translator } from '../../i18n/translator';
import { useStore } from '../../store/store';
import type { TrainingState } from '../../store/types';

/** Epochs done so far, counting the running epoch's share. */
function epochsDone(history: readonly EpochRecord[], live: TrainingState['live']): number {
  const finished = history[history.length - 1]?.epoch ?? 0;
  return live && live.epoch > finished ? live.epoch - 1 + live.step / live.steps : finished;
}

function duration(t: Translator['t'], seconds: number): string {
  return seconds < 90 ? t('train.status.seconds', { count: Math.max(1, Math.round(seconds)) }) : t('train.status.minutes', { count: Math.round(seconds / 60) });
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
  const { t, say } = useT();
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
  const shown = Math.min(epochs, Math.floor(done) + (running && done % 1 > 0 ? 1 : 0));
  const progress = [
    t('train.status.epoch', { epoch: shown, epochs }),
    speed !== undefined && t('train.status.speed', { rows: Math.round(speed) }),
    left !== null && t('train.status.left', { time: duration(t, left) }),
    // Histories saved in projects before the rate was recorded have none.
    last && Number.isFinite(last.learningRate) && last.learningRate !== history[0]?.learningRate && t('train.status.rateLowered', { rate: Number(last.learningRate.toPrecision(3)) }),
    result && t('train.status.stopped', { why: t(`train.stoppedBy.${result.stoppedBy}`), epoch: result.bestEpoch }),
  ].filter((part) => typeof part === 'string');
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
        <strong>{t(`train.state.${status}`)}</strong> {say(detail)}
      </p>
      {backend && (
        <p data-testid="backend-reason">
          {t('train.status.backend', { reason: reason === '' ? backend : say(reason) })}
        </p>
      )}
      {(last || live) && <p>{progress.join(t('train.status.separator'))}</p>}
      {notices.map((notice, index) => (
        // Notices are only ever appended during a run, so their place identifies them.
        <p key={index} className="notice" data-testid="training-notice">
          {say(notice)}
        </p>
      ))}
      {(running || status === 'preparing') && (
        <progress max={epochs} value={done} aria-label={t('train.progress.label')}>
          {t('train.progress.text', { done: Math.floor(done), epochs })}
        </progress>
      )}
    </div>
  );
}
