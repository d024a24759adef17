import * as tf from '@tensorflow/tfjs';
import type { ShuffledBatches } from './batches';
import type { TrainingControl } from './control';
import { checkDivergence, type Divergence } from './divergence';
import type { BatchStats, TaskLoss } from './taskLoss';
import type { TrainingStep } from './trainingStep';

/**
 * The epoch loop hands the worker's message loop a turn this often (pause and stop are honoured within
 * it) and reads the batch losses then: never a device sync per batch.
 */
const TURN_MS = 40;
/** Live batch-loss points go to the page at most this often. */
const PROGRESS_MS = 250;

/** The running state of an epoch, for the live chart and the progress line. */
export interface BatchProgress {
  epoch: number;
  /** Batches done in this epoch, and how many it has. */
  step: number;
  steps: number;
  /** Mean training loss of the batches since the previous report. */
  loss: number;
  samplesPerSecond: number;
}

export interface EpochPass {
  loss: number;
  metric: number;
  /** Seconds spent training (pauses excluded). */
  seconds: number;
  /** How the pass ended early, if it did: a stop request or a diverging loss. */
  interrupted: 'stop' | Divergence | null;
}

export interface EpochArgs {
  epoch: number;
  step: TrainingStep;
  batches: ShuffledBatches;
  loss: TaskLoss;
  /** The running loss beyond which training has diverged (see divergence.ts). */
  divergenceLimit: number;
  /** The untrained model's loss, for the explanation. */
  startLoss: number;
  control: TrainingControl;
  onProgress: (progress: BatchProgress) => void;
  onPause: (paused: boolean) => void;
}

/** Gives the event loop a turn with no timer clamping (setTimeout(0) is clamped to 4 ms when nested). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    // Typed by hand: core is checked against both the DOM and Node typings, whose MessagePorts differ.
    const channel = new MessageChannel() as unknown as { port1: { onmessage: (() => void) | null; close: () => void }; port2: { postMessage: (message: null) => void } };
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The epoch's running sums of the batches' loss and metric, kept on the device: one small add per
 * batch and one read of two numbers per turn, instead of a read (a device sync on GPUs) per batch. The
 * sums only grow, so the epoch's totals do not depend on when they were read.
 */
class RunningSums {
  private readonly loss = tf.tidy(() => tf.variable(tf.scalar(0), false));
  private readonly metric = tf.tidy(() => tf.variable(tf.scalar(0), false));

  add(stats: BatchStats): void {
    tf.tidy(() => {
      this.loss.assign(tf.add(this.loss, stats.loss));
      this.metric.assign(tf.add(this.metric, stats.metric));
    });
    tf.dispose([stats.loss, stats.metric]);
  }

  async read(): Promise<{ loss: number; metric: number }> {
    const [loss, metric] = await Promise.all([this.loss.data(), this.metric.data()]);
    return { loss: loss[0] as number, metric: metric[0] as number };
  }

  dispose(): void {
    tf.dispose([this.loss, this.metric]);
  }
}

/** One pass over the shuffled training rows. */
export async function runEpoch(args: EpochArgs): Promise<EpochPass> {
  const { step, batches, loss, control } = args;
  const steps = batches.steps;
  const running = new RunningSums();
  const sums = { loss: 0, metric: 0, rows: 0 };
  const report = { at: performance.now(), loss: 0, rows: 0 };
  let pausedMs = 0;
  const started = performance.now();
  let lastTurn = started;
  const pass = (interrupted: EpochPass['interrupted']): EpochPass => ({
    loss: (loss.lossSign * sums.loss) / sums.rows,
    metric: sums.metric / sums.rows,
    seconds: (performance.now() - started - pausedMs) / 1000,
    interrupted,
  });
  /** Holds before a batch: the end of a pass is validated and reported first, so a pause never hides a finished epoch. */
  const hold = async () => {
    const pausedAt = performance.now();
    args.onPause(true);
    await control.waitWhilePaused();
    if (!control.stopRequested) args.onPause(false);
    pausedMs += performance.now() - pausedAt;
    lastTurn = performance.now();
  };
  try {
    for (let index = 0; index < steps; index++) {
      if (control.paused) await hold();
      if (control.stopRequested) return pass('stop');
      const batch = batches.batch(index);
      try {
        running.add(step.run(batch));
      } finally {
        tf.dispose([batch.x, batch.y, batch.rowWeights]);
      }
      sums.rows += batch.rows;
      // A one-batch step ends here: its loss is read and reported at once, whatever the clock says.
      const stepped = control.batchDone();
      if (!stepped && performance.now() - lastTurn < TURN_MS && index < steps - 1) continue;

      Object.assign(sums, await running.read());
      const sofar = pass(null);
      const diverged = checkDivergence(sofar.loss, args.divergenceLimit);
      if (diverged) return { ...sofar, interrupted: { epoch: args.epoch, reason: diverged, loss: sofar.loss, startLoss: args.startLoss } };
      const now = performance.now();
      if (stepped || now - report.at >= PROGRESS_MS) {
        const recentLoss = (loss.lossSign * (sums.loss - report.loss)) / (sums.rows - report.rows);
        args.onProgress({ epoch: args.epoch, step: index + 1, steps, loss: recentLoss, samplesPerSecond: sums.rows / sofar.seconds });
        Object.assign(report, { at: now, loss: sums.loss, rows: sums.rows });
      }
      await nextTurn();
      if (control.stopRequested) return pass('stop');
      lastTurn = performance.now();
    }
    return pass(null);
  } finally {
    running.dispose();
  }
}
