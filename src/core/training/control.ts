/** How far the Step button trains before holding again: one batch (one weight update) or one epoch. */
export type StepUnit = 'batch' | 'epoch';

/**
 * Lets the worker's message handler steer a training run while it runs: the epoch loop gives the
 * message loop a turn every few milliseconds and reads these flags then, and before every batch.
 */
export class TrainingControl {
  stopRequested = false;
  private pauseRequested = false;
  /** A step under way: training runs until it ends, then holds as if paused. */
  private stepping: StepUnit | null = null;
  private wake: (() => void) | null = null;

  get paused(): boolean {
    return this.pauseRequested && this.stepping === null && !this.stopRequested;
  }

  requestStop(): void {
    this.stopRequested = true;
    this.wake?.();
  }

  pause(): void {
    this.pauseRequested = true;
  }

  resume(): void {
    this.pauseRequested = false;
    this.stepping = null;
    this.wake?.();
  }

  /** Trains one batch, or on to the end of the current epoch, then holds (a workshop shows training slowly). */
  step(unit: StepUnit): void {
    this.pauseRequested = true;
    this.stepping = unit;
    this.wake?.();
  }

  /** The epoch loop calls this after every batch; true when that batch ended a one-batch step. */
  batchDone(): boolean {
    return this.finish('batch');
  }

  /** The fit loop calls this after every finished (validated) epoch; true when that ended a one-epoch step. */
  epochDone(): boolean {
    return this.finish('epoch');
  }

  /** Resolves at once unless paused; then when resumed, stepped or stopped. */
  waitWhilePaused(): Promise<void> {
    if (!this.paused) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = null;
        resolve();
      };
    });
  }

  private finish(unit: StepUnit): boolean {
    if (this.stepping !== unit) return false;
    this.stepping = null;
    return true;
  }
}
