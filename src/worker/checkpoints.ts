/**
 * Training checkpoints for the page (see `TrainingCheckpoint` in the protocol): the model so far after
 * a finished epoch, so that a crashed worker or a reloaded page loses at most a few seconds of training.
 */
import { DEFAULT_PLAN } from '../core/dataset/plan';
import type { FitProgress } from '../core/training/fit';
import type { WeightValues } from '../core/training/snapshot';
import type { BackendName, TrainConfig, TrainingCheckpoint, WorkerEvent } from './protocol';

/** Checkpoints go to the page at most this often: a large model's weights are megabytes, copied each time. */
export const CHECKPOINT_INTERVAL_MS = 2000;

/** Decides which finished epochs are sent: the first, then at most one per interval, and always the run's last. */
export class CheckpointPacer {
  private lastAt = -Infinity;
  private lastEpoch = -1;

  constructor(
    private readonly intervalMs = CHECKPOINT_INTERVAL_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether to send `epoch`'s checkpoint now; `last` marks the run's final one. Counts it as sent when true. */
  take(epoch: number, last = false): boolean {
    const now = this.now();
    if (epoch === this.lastEpoch || (!last && now - this.lastAt < this.intervalMs)) return false;
    this.lastAt = now;
    this.lastEpoch = epoch;
    return true;
  }
}

/** All weights end to end in one new buffer: it can be transferred without detaching what training still uses. */
export function packWeights(values: WeightValues): Float32Array {
  const packed = new Float32Array(values.reduce((sum, value) => sum + value.length, 0));
  let offset = 0;
  for (const value of values) {
    packed.set(value, offset);
    offset += value.length;
  }
  return packed;
}

/** Splits packed weights by the sizes of a model's weights; null when they do not add up (another model). */
export function unpackWeights(packed: Float32Array, sizes: readonly number[]): WeightValues | null {
  if (sizes.reduce((sum, size) => sum + size, 0) !== packed.length) return null;
  let offset = 0;
  return sizes.map((size) => {
    const value = packed.slice(offset, offset + size);
    offset += size;
    return value;
  });
}

/**
 * The run as it stands after its last finished epoch, holding the weights a Stop would keep now (the
 * best epoch's when the settings restore the best weights); null before the first epoch finished.
 */
export function checkpointOf(progress: FitProgress, config: TrainConfig, backend: BackendName): TrainingCheckpoint | null {
  const last = progress.checkpoint;
  if (!last || last.epoch === 0) return null;
  const best = config.settings.restoreBestWeights ? progress.best : null;
  return {
    config: { target: config.target, positiveClass: config.positiveClass, spec: config.spec, settings: config.settings, data: config.data ?? DEFAULT_PLAN },
    epoch: last.epoch,
    history: progress.history.slice(0, last.epoch),
    bestEpoch: progress.schedule.bestEpoch,
    keptEpoch: best ? progress.schedule.bestEpoch : last.epoch,
    weights: packWeights(best ?? last.weights),
    backend,
  };
}

/** Sends a run's checkpoints to the page, paced; the weights' buffer is transferred, not copied again. */
export class CheckpointSender {
  private readonly pacer: CheckpointPacer;

  constructor(
    private readonly post: (event: WorkerEvent, transfer?: ArrayBuffer[]) => void,
    private readonly requestId: number,
    private readonly config: TrainConfig,
    pacer?: CheckpointPacer,
  ) {
    this.pacer = pacer ?? new CheckpointPacer();
  }

  offer(progress: FitProgress, backend: BackendName, last = false): void {
    const epoch = progress.checkpoint?.epoch ?? 0;
    if (epoch === 0 || !this.pacer.take(epoch, last)) return;
    const checkpoint = checkpointOf(progress, this.config, backend);
    if (checkpoint) this.post({ type: 'trainingCheckpoint', requestId: this.requestId, checkpoint }, [checkpoint.weights.buffer as ArrayBuffer]);
  }
}
