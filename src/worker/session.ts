import * as tf from '@tensorflow/tfjs';
import { parseCsvBytes } from '../core/csv/parse';
import { blobSource, bytesSource, type ByteSource } from '../core/csv/reader';
import { checkData } from '../core/dataset/checks';
import { DEFAULT_PLAN, type DataPlan } from '../core/dataset/plan';
import { UserError, isUserError } from '../core/errors';
import { phrase } from '../core/text';
import { english } from '../core/texts';
import { readKernels } from '../core/model/readKernels';
import { TrainingControl } from '../core/training/control';
import { scoreRow, scoreTable } from './scoring';
import { exportBundle } from './exporting';
import type { OnnxRuntime } from './verifyBundle';
import { trainModel, type TrainedModel } from './training';
import { restoreFrom, snapshotOf } from './snapshot';
import { restoreCheckpoint } from './restoreCheckpoint';
import { loadDataset, LoadControl, type LoadedData } from './loading';
import type { BackendDecision, BackendName, ModelSnapshot, TrainConfig, TrainingCheckpoint, WorkerEvent, WorkerRequest, WorkerText } from './protocol';

/** What the session needs from its environment; the worker entry passes the real ones, tests may not. */
export interface SessionEnvironment {
  post: (event: WorkerEvent, transfer?: ArrayBuffer[]) => void;
  fetchBytes: (url: string) => Promise<Uint8Array>;
  candidateBackends: () => BackendName[];
  switchBackend: (name: BackendName) => Promise<boolean>;
  /** A phrase ("wasm with SIMD, 1 thread") or the backend's name. */
  describeBackend: (name: BackendName) => Promise<WorkerText>;
  /** onnxruntime-web, loaded on first use, for the bundle's self-check. */
  loadOnnxRuntime: () => Promise<OnnxRuntime>;
}

/**
 * The worker's state and its message handler: one dataset, at most one training run, the last trained
 * model. Every request ends in exactly one answering event, a result or `failed`.
 */
export class Session {
  private data: LoadedData | null = null;
  /** How to prepare the data, as the page last sent it with `checkData`. */
  private plan: DataPlan = DEFAULT_PLAN;
  private loading: LoadControl | null = null;
  private trained: TrainedModel | null = null;
  private training: TrainingControl | null = null;
  private readonly backendDecisions = new Map<string, BackendDecision>();

  constructor(private readonly env: SessionEnvironment) {}

  async handle(request: WorkerRequest): Promise<void> {
    if (request.type === 'stopTraining') {
      this.training?.requestStop();
      return;
    }
    if (request.type === 'pauseTraining' || request.type === 'resumeTraining') {
      if (request.type === 'pauseTraining') this.training?.pause();
      else this.training?.resume();
      return;
    }
    if (request.type === 'stepTraining') {
      this.training?.step(request.unit);
      return;
    }
    if (request.type === 'cancelLoad') {
      if (this.loading) this.loading.cancelled = true;
      return;
    }
    try {
      switch (request.type) {
        case 'loadSample':
          return await this.load(request.requestId, async () => bytesSource(await this.env.fetchBytes(request.url)), request.title, request.preferredTarget, request.preferredPositive);
        case 'loadFile':
          return await this.load(request.requestId, async () => blobSource(request.file), request.name, null, null);
        case 'checkData':
          return this.check(request.requestId, request.target, request.positiveClass, request.plan);
        case 'train':
          return await this.train(request.requestId, request.config);
        case 'scoreFile':
          return await this.score(request.requestId, request.file, request.name);
        case 'scoreRow':
          return await this.scoreRow(request.requestId, request.values);
        case 'exportBundle':
          return await this.export(request.requestId);
        case 'getWeights':
          return this.sendWeights(request.requestId);
        case 'snapshotModel':
          return await this.sendSnapshot(request.requestId);
        case 'restoreModel':
          return await this.restore(request.requestId, request.snapshot);
        case 'restoreCheckpoint':
          return await this.restoreCheckpoint(request.requestId, request.checkpoint);
        case 'memoryStats':
          return this.sendMemoryStats(request.requestId);
      }
    } catch (error) {
      const text = isUserError(error) ? error.text : phrase('failure.internal', { detail: error instanceof Error ? error.message : String(error) });
      this.env.post({ type: 'failed', requestId: request.requestId, code: isUserError(error) ? error.code : 'internal', message: english(text), text });
    }
  }

  /**
   * Reads a file chunk by chunk with progress; a newer load or `cancelLoad` stops it between chunks.
   * The load is registered before its bytes are opened (a sample is fetched first), so that loads
   * supersede each other in the order they were asked for.
   */
  private async load(requestId: number, open: () => Promise<ByteSource>, source: string, preferredTarget: string | null, preferredPositive: string | null): Promise<void> {
    if (this.loading) this.loading.cancelled = true;
    const control = new LoadControl();
    this.loading = control;
    try {
      const bytes = await open();
      const onProgress = (progress: { bytesRead: number; totalBytes: number; rows: number }) => this.env.post({ type: 'loadProgress', requestId, progress });
      const { data, summary } = await loadDataset({ bytes, source, preferredTarget, preferredPositive, control, onProgress });
      // A new dataset replaces the old one only once it has been read successfully: nothing is lost on bad input.
      this.data = data;
      this.plan = DEFAULT_PLAN;
      this.env.post({ type: 'datasetLoaded', requestId, summary });
    } finally {
      if (this.loading === control) this.loading = null;
    }
  }

  private check(requestId: number, target: string | null, positiveClass: string | null, plan: DataPlan): void {
    if (!this.data) throw new UserError('no-data', phrase('failure.noData'));
    this.plan = plan;
    this.env.post({ type: 'dataChecked', requestId, report: checkData(this.data.table, this.data.profiles, target, positiveClass, plan) });
  }

  private async train(requestId: number, config: TrainConfig): Promise<void> {
    if (!this.data) throw new UserError('no-data', phrase('failure.noDataToTrain'));
    if (this.training) throw new UserError('busy', phrase('failure.busy'));
    const control = new TrainingControl();
    if (config.firstStep) control.step(config.firstStep);
    this.training = control;
    try {
      const trained = await trainModel({ ...this.data, config: { ...config, data: config.data ?? this.plan }, requestId, env: this.env, backendDecisions: this.backendDecisions, control });
      this.trained?.model.dispose();
      this.trained = trained;
      this.env.post({ type: 'trainingDone', requestId, result: trained.result });
    } finally {
      this.training = null;
    }
  }

  private async score(requestId: number, file: Blob, name: string): Promise<void> {
    if (!this.trained) throw new UserError('no-model', phrase('failure.noModelToScore'));
    const table = parseCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const scored = await scoreTable(this.trained, table, (done, total) => this.env.post({ type: 'scoringProgress', requestId, done, total }));
    const fileName = `${name.replace(/\.[^.]*$/, '') || 'predictions'}-scored.csv`;
    const csv = new Blob([scored.bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv' });
    this.env.post({ type: 'scored', requestId, file: csv, fileName, rowCount: table.rowCount, rowsWithNotes: scored.rowsWithNotes });
  }

  private async scoreRow(requestId: number, values: [string, string][]): Promise<void> {
    if (!this.trained) throw new UserError('no-model', phrase('failure.noModelForWhatIf'));
    this.env.post({ type: 'rowScored', requestId, prediction: await scoreRow(this.trained, values) });
  }

  private async export(requestId: number): Promise<void> {
    if (!this.trained) throw new UserError('no-model', phrase('failure.noModelToExport'));
    const { zip, verification } = await exportBundle(this.trained, this.env.loadOnnxRuntime);
    const fileName = `layerlab-${this.trained.pre.target.name.replace(/[^\w-]+/g, '_')}-model.zip`;
    this.env.post({ type: 'bundleReady', requestId, zip, fileName, verification }, [zip.buffer as ArrayBuffer]);
  }

  private sendWeights(requestId: number): void {
    if (!this.trained) throw new UserError('no-model', phrase('failure.noModelForWeights'));
    this.env.post({ type: 'weights', requestId, spec: this.trained.spec, kernels: readKernels(this.trained.model) });
  }

  private async sendSnapshot(requestId: number): Promise<void> {
    if (!this.trained) throw new UserError('no-model', phrase('failure.noModelToSave'));
    const snapshot = await snapshotOf(this.trained);
    this.env.post({ type: 'modelSnapshot', requestId, snapshot }, [snapshot.weights.buffer as ArrayBuffer]);
  }

  /** Read from the engine's counters (what `tf.memory()` copies), so that asking starts no backend. */
  private sendMemoryStats(requestId: number): void {
    const { numTensors, numDataBuffers, numBytes } = tf.engine().state;
    const backend = tf.getBackend() || null;
    this.env.post({ type: 'memoryStats', requestId, stats: { backend, numTensors, numDataBuffers, numBytes, hasModel: this.trained !== null } });
  }

  private async restore(requestId: number, snapshot: ModelSnapshot): Promise<void> {
    // A fresh worker has no backend yet; any that starts can hold a model for scoring and export.
    for (const backend of this.env.candidateBackends()) if (await this.env.switchBackend(backend)) break;
    const trained = await restoreFrom(snapshot);
    this.trained?.model.dispose();
    this.trained = trained;
    this.env.post({ type: 'modelRestored', requestId, result: trained.result });
  }

  /** The model of an interrupted run, rebuilt on the loaded data and evaluated; a worker that lost the data says `no-data`. */
  private async restoreCheckpoint(requestId: number, checkpoint: TrainingCheckpoint): Promise<void> {
    if (!this.data) throw new UserError('no-data', phrase('failure.noDataToRestore'));
    if (this.training) throw new UserError('busy', phrase('failure.busy'));
    const trained = await restoreCheckpoint({ ...this.data, checkpoint, env: this.env });
    this.trained?.model.dispose();
    this.trained = trained;
    this.env.post({ type: 'modelRestored', requestId, result: trained.result });
  }
}
