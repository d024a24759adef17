/**
 * Writes the latest of a stream of values, one write at a time and at most one start per interval:
 * values offered meanwhile replace each other, so a fast stream costs a write every few seconds.
 */
export class ThrottledWriter<T> {
  private pending: T | null = null;
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastStart = -Infinity;

  constructor(
    private readonly write: (value: T) => Promise<void>,
    private readonly onError: (error: unknown) => void,
    private readonly intervalMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  offer(value: T): void {
    this.pending = value;
    this.schedule();
  }

  /** Drops what is not written yet and resolves once no write is under way: after it, nothing more lands. */
  async settle(): Promise<void> {
    this.pending = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(): void {
    if (this.running || this.timer || this.pending === null) return;
    const wait = Math.max(0, this.lastStart + this.intervalMs - this.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start();
    }, wait);
  }

  private start(): void {
    const value = this.pending;
    if (value === null) return;
    this.pending = null;
    this.lastStart = this.now();
    this.running = this.write(value)
      .catch(this.onError)
      .finally(() => {
        this.running = null;
        this.schedule();
      });
  }
}
