/**
 * Lets the worker's message handler steer a training run while it runs: the epoch loop gives the
 * message loop a turn every few milliseconds and reads these flags then.
 */
export class TrainingControl {
  stopRequested = false;
  private pauseRequested = false;
  private wake: (() => void) | null = null;

  get paused(): boolean {
    return this.pauseRequested && !this.stopRequested;
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
    this.wake?.();
  }

  /** Resolves at once unless paused; then when resumed or stopped. */
  waitWhilePaused(): Promise<void> {
    if (!this.paused) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = null;
        resolve();
      };
    });
  }
}
