/**
 * The bridge to the training worker, used by the store: it owns the worker's life (starts it lazily,
 * restarts it after a crash), numbers requests, routes events to their caller, and honours an
 * AbortSignal on every call.
 */
import { phrase, type Phrase } from '../core/text';
import { english } from '../core/texts';
import type { StepUnit } from '../core/training/control';
import type { WorkerEvent, WorkerRequest } from './protocol';

type Outgoing = WorkerRequest extends infer R ? (R extends { requestId: number } ? Omit<R, 'requestId'> : never) : never;
type FinalEvent = Extract<WorkerEvent, { type: 'datasetLoaded' | 'dataChecked' | 'trainingDone' | 'scored' | 'bundleReady' | 'weights' | 'rowScored' | 'modelSnapshot' | 'modelRestored' | 'memoryStats' }>;
type ProgressEvent = Exclude<WorkerEvent, FinalEvent | { type: 'failed' }>;

/**
 * A failure the worker reported in plain words (user-facing), or a crash of the worker itself: `text`
 * for the page to word in the person's language, `message` its English.
 */
export class WorkerFailure extends Error {
  constructor(
    readonly code: string,
    readonly text: Phrase,
  ) {
    super(english(text));
  }
}

interface Pending {
  resolve: (event: FinalEvent) => void;
  reject: (error: WorkerFailure) => void;
  onProgress?: (event: ProgressEvent) => void;
}

export class WorkerBridge {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly createWorker: () => Worker) {}

  request(message: Outgoing, options: { signal?: AbortSignal; onProgress?: (event: ProgressEvent) => void } = {}): Promise<FinalEvent> {
    const requestId = this.nextId++;
    return new Promise<FinalEvent>((resolve, reject) => {
      if (options.signal?.aborted) return reject(new WorkerFailure('aborted', phrase('failure.cancelled')));
      this.pending.set(requestId, { resolve, reject, onProgress: options.onProgress });
      options.signal?.addEventListener('abort', () => {
        if (message.type === 'train') return this.stopTraining();
        // A file being read stops between two chunks; the page does not wait for that.
        if (message.type === 'loadFile' || message.type === 'loadSample') this.worker?.postMessage({ type: 'cancelLoad' } satisfies WorkerRequest);
        if (this.pending.delete(requestId)) reject(new WorkerFailure('aborted', phrase('failure.cancelled')));
      });
      this.ensureWorker().postMessage({ ...message, requestId } as WorkerRequest);
    });
  }

  stopTraining(): void {
    this.worker?.postMessage({ type: 'stopTraining' } satisfies WorkerRequest);
  }

  /** Holds training between two batches, or lets it go on. */
  pauseTraining(paused: boolean): void {
    this.worker?.postMessage({ type: paused ? 'pauseTraining' : 'resumeTraining' } satisfies WorkerRequest);
  }

  /** Trains one batch, or on to the end of the epoch, then holds again. */
  stepTraining(unit: StepUnit): void {
    this.worker?.postMessage({ type: 'stepTraining', unit } satisfies WorkerRequest);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (message: MessageEvent<WorkerEvent>) => this.route(message.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.crash(event.message || phrase('failure.unknownCause'));
    };
    this.worker = worker;
    return worker;
  }

  private route(event: WorkerEvent): void {
    const pending = this.pending.get(event.requestId);
    if (!pending) return;
    if (event.type === 'failed') {
      this.pending.delete(event.requestId);
      pending.reject(new WorkerFailure(event.code, event.text));
    } else if (event.type === 'trainingPhase' || event.type === 'epochEnd' || event.type === 'batchProgress' || event.type === 'decisionMap' || event.type === 'trainingNotice' || event.type === 'backendChosen' || event.type === 'trainingCheckpoint' || event.type === 'scoringProgress' || event.type === 'loadProgress') {
      pending.onProgress?.(event);
    } else {
      this.pending.delete(event.requestId);
      pending.resolve(event);
    }
  }

  /** A dead worker fails every open request with one clear message; the next request starts a fresh one. */
  private crash(reason: string | Phrase): void {
    this.worker?.terminate();
    this.worker = null;
    const failure = new WorkerFailure('worker-crashed', phrase('failure.workerCrashed', { reason }));
    for (const pending of this.pending.values()) pending.reject(failure);
    this.pending.clear();
  }
}
